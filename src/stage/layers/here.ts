/** The ring round the place where the story is now, with a few slow pulses when it arrives. */
import Phaser from 'phaser';
import type { Pt } from '../geography.ts';
import { SPRITE_RES } from '../sprites.ts';

/** One pulse: with its delay it ends inside the three seconds every change on the map settles in. */
const PULSES = 1;

export class Here {
  private readonly ring: Phaser.GameObjects.Image;
  private readonly pulse: Phaser.GameObjects.Image;
  private at: Pt | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    layer: Phaser.GameObjects.Layer,
  ) {
    this.pulse = scene.add.image(0, 0, 'pulse').setVisible(false);
    this.ring = scene.add
      .image(0, 0, 'ring')
      .setVisible(false)
      .setScale(1 / SPRITE_RES);
    layer.add([this.pulse, this.ring]);
  }

  show(point: Pt | null, motion: boolean): void {
    const moved = !this.at || !point || this.at.x !== point.x || this.at.y !== point.y;
    this.at = point;
    this.scene.tweens.killTweensOf([this.ring, this.pulse]);
    this.pulse.setVisible(false);
    if (!point) {
      this.ring.setVisible(false);
      return;
    }
    this.ring
      .setPosition(point.x, point.y)
      .setVisible(true)
      .setAlpha(1)
      .setScale(1 / SPRITE_RES);
    if (!motion || !moved) return;
    this.ring.setScale(2.2 / SPRITE_RES).setAlpha(0);
    this.scene.tweens.add({
      targets: this.ring,
      scale: 1 / SPRITE_RES,
      alpha: 1,
      duration: 700,
      delay: 500,
      ease: 'Cubic.easeOut',
    });
    this.pulse
      .setPosition(point.x, point.y)
      .setVisible(true)
      .setScale(1 / SPRITE_RES)
      .setAlpha(0);
    // A finite pulse, so the page can sleep once it has been seen.
    this.scene.tweens.add({
      targets: this.pulse,
      scale: { from: 1 / SPRITE_RES, to: 3.2 / SPRITE_RES },
      alpha: { from: 0.9, to: 0 },
      duration: 1500,
      delay: 1200,
      repeat: PULSES - 1,
      ease: 'Sine.easeOut',
      onComplete: () => this.pulse.setVisible(false),
    });
  }
}

/** When the story leaves the sheet (Kronstadt, Gatchina, the front), an inked arrow at the edge points the way. */
import Phaser from 'phaser';
import type { PlaceId } from '../../core/places.ts';
import { isOffMap } from '../geography.ts';
import { bearing } from '../locate.ts';
import { FONT, INK, hex } from '../palette.ts';

export class OffMap {
  private readonly arrow: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private shown: PlaceId | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    layer: Phaser.GameObjects.Layer,
  ) {
    this.arrow = scene.add.graphics().setVisible(false);
    this.label = scene.add
      .text(0, 0, '', {
        fontFamily: FONT,
        fontSize: '44px',
        color: INK.ink,
        stroke: INK.paper,
        strokeThickness: 10,
        align: 'center',
      })
      .setScale(0.25)
      .setVisible(false);
    layer.add([this.arrow, this.label]);
  }

  show(place: PlaceId | null, animate: boolean): void {
    const id = place && isOffMap(place) ? place : null;
    if (id === this.shown) {
      if (!animate) this.scene.tweens.killTweensOf([this.arrow, this.label]);
      if (!animate && id) [this.arrow, this.label].forEach((o) => o.setAlpha(1));
      return;
    }
    this.shown = id;
    this.scene.tweens.killTweensOf([this.arrow, this.label]);
    if (!id) {
      this.arrow.setVisible(false);
      this.label.setVisible(false);
      return;
    }
    const b = bearing(id);
    const g = this.arrow;
    g.clear().setPosition(b.anchor.x, b.anchor.y).setRotation(b.angle).setVisible(true);
    // Drawn pointing along +x, then turned to face the place.
    g.fillStyle(hex(INK.red), 1);
    g.lineStyle(1.2, hex(INK.ink), 1);
    const body = [
      { x: -46, y: -3.5 },
      { x: 4, y: -3.5 },
      { x: 4, y: -10 },
      { x: 24, y: 0 },
      { x: 4, y: 10 },
      { x: 4, y: 3.5 },
      { x: -46, y: 3.5 },
    ];
    g.fillPoints(
      body.map((p) => new Phaser.Math.Vector2(p.x, p.y)),
      true,
    );
    g.strokePoints(
      body.map((p) => new Phaser.Math.Vector2(p.x, p.y)),
      true,
      true,
    );
    for (let i = 0; i < 3; i += 1) g.lineBetween(-40 + i * 6, -3.5, -44 + i * 6, 3.5);
    const back = { x: b.anchor.x - Math.cos(b.angle) * 62, y: b.anchor.y - Math.sin(b.angle) * 62 };
    this.label
      .setText(`${b.label}\n${Math.round(b.km)} km`)
      .setPosition(back.x, back.y)
      .setOrigin(0.5 + Math.cos(b.angle) * 0.5, 0.5 + Math.sin(b.angle) * 0.5)
      .setVisible(true);
    if (animate) {
      g.setAlpha(0);
      this.label.setAlpha(0);
      this.scene.tweens.add({ targets: [g, this.label], alpha: 1, duration: 900, ease: 'Sine.easeOut' });
    } else {
      g.setAlpha(1);
      this.label.setAlpha(1);
    }
  }
}

/**
 * The cruiser Aurora. It lies at one of the anchorages up the Bolshaya Neva and, when the story
 * moves it, steams along the river from one to the next rather than across the land.
 */
import Phaser from 'phaser';
import type { PlaceId, ShipId } from '../../core/places.ts';
import { ANCHORAGE_OF, ANCHORAGES, project, type Pt } from '../geography.ts';
import { locate } from '../locate.ts';
import { FONT, INK } from '../palette.ts';
import { SPRITE_RES } from '../sprites.ts';

const STOPS: readonly Pt[] = ANCHORAGES.map(project);

function anchorageFor(place: PlaceId): number {
  const fixed = ANCHORAGE_OF[place];
  if (fixed !== undefined) return fixed;
  const p = locate(place);
  let best = 0;
  STOPS.forEach((s, i) => {
    const b = STOPS[best] as Pt;
    if (Math.hypot(s.x - p.x, s.y - p.y) < Math.hypot(b.x - p.x, b.y - p.y)) best = i;
  });
  return best;
}

export class Ship {
  private readonly hull: Phaser.GameObjects.Image;
  private readonly name: Phaser.GameObjects.Text;
  private stop: number | null = null;
  private readonly travel = { at: 0 };

  constructor(
    private readonly scene: Phaser.Scene,
    layer: Phaser.GameObjects.Layer,
    readonly id: ShipId,
  ) {
    this.hull = scene.add
      .image(0, 0, 'aurora')
      .setScale(1.05 / SPRITE_RES)
      .setVisible(false);
    this.name = scene.add
      .text(0, 0, 'Aurora', {
        fontFamily: FONT,
        fontSize: '36px',
        fontStyle: 'italic',
        color: INK.ink,
        stroke: INK.paper,
        strokeThickness: 8,
      })
      .setOrigin(0.5, 0)
      .setScale(0.25)
      .setVisible(false);
    layer.add([this.hull, this.name]);
  }

  show(place: PlaceId | undefined, animate: boolean): void {
    if (!place) {
      this.stop = null;
      this.hull.setVisible(false);
      this.name.setVisible(false);
      return;
    }
    const goal = anchorageFor(place);
    const from = this.stop;
    this.stop = goal;
    this.hull.setVisible(true);
    this.name.setVisible(true);
    this.scene.tweens.killTweensOf(this.travel);
    if (!animate || from === null || from === goal) {
      this.travel.at = goal;
      this.place();
      return;
    }
    this.travel.at = from;
    this.scene.tweens.add({
      targets: this.travel,
      at: goal,
      // Capped so that the move, however long, settles inside three seconds like every change on the map.
      duration: Math.min(2800, 1500 + Math.abs(goal - from) * 900),
      ease: 'Sine.easeInOut',
      onUpdate: () => this.place(),
    });
  }

  /** Positions the ship `at` stops along the chain, heading the way the river runs there. */
  private place(): void {
    const i = Math.max(0, Math.min(STOPS.length - 2, Math.floor(this.travel.at)));
    const t = this.travel.at - i;
    const a = STOPS[i] as Pt;
    const b = STOPS[i + 1] as Pt;
    const x = a.x + (b.x - a.x) * t;
    const y = a.y + (b.y - a.y) * t;
    this.hull.setPosition(x, y).setRotation(Math.atan2(b.y - a.y, b.x - a.x));
    this.name.setPosition(x, y + 5);
  }
}

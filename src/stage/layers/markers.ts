/**
 * What the story has done to the map: the dotted route through the places visited, the flags of
 * whoever holds each key point, and the ring round the place where the story now is.
 */
import Phaser from 'phaser';
import type { Control, PlaceId } from '../../core/places.ts';
import type { Pt } from '../geography.ts';
import { locate } from '../locate.ts';
import { INK, hex } from '../palette.ts';
import { SPRITE_RES } from '../sprites.ts';

const FLAG_SCALE = 1.15 / SPRITE_RES;

export class Markers {
  private readonly route: Phaser.GameObjects.Graphics;
  private readonly flags = new Map<PlaceId, { image: Phaser.GameObjects.Image; control: Control }>();
  private readonly visited = new Map<PlaceId, Phaser.GameObjects.Image>();
  /** Flags fading away after their point fell neutral. */
  private readonly leaving = new Set<Phaser.GameObjects.Image>();
  private points: Pt[] = [];
  private grow = { t: 1 };

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Layer,
  ) {
    this.route = scene.add.graphics();
    layer.add(this.route);
  }

  showRoute(route: readonly PlaceId[], current: PlaceId | null, animate: boolean): void {
    const points = route.map(locate);
    const extended =
      points.length === this.points.length + 1 && this.points.every((p, i) => p === points[i] || samePt(p, points[i]));
    this.points = points;
    this.scene.tweens.killTweensOf(this.grow);
    this.grow.t = 1;
    if (animate && extended && points.length > 1) {
      this.grow.t = 0;
      this.scene.tweens.add({
        targets: this.grow,
        t: 1,
        duration: 1400,
        ease: 'Sine.easeInOut',
        onUpdate: () => this.drawRoute(),
      });
    }
    this.drawRoute();
    const seen = new Set(route.filter((id) => id !== current));
    for (const [id, image] of this.visited) {
      if (!seen.has(id)) {
        image.destroy();
        this.visited.delete(id);
      }
    }
    for (const id of seen) {
      if (this.visited.has(id)) continue;
      const p = locate(id);
      const image = this.scene.add.image(p.x, p.y, 'visited').setScale(1 / SPRITE_RES);
      this.layer.add(image);
      this.visited.set(id, image);
    }
  }

  /** Dots every few units along each leg; the newest leg is drawn out as the story arrives. */
  private drawRoute(): void {
    const g = this.route;
    g.clear();
    g.fillStyle(hex(INK.route), 0.9);
    this.points.forEach((b, i) => {
      const a = this.points[i - 1];
      if (!a) return;
      const last = i === this.points.length - 1;
      const len = Math.hypot(b.x - a.x, b.y - a.y) * (last ? this.grow.t : 1);
      const full = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      for (let d = 3; d < len - 2; d += 4.5) {
        g.fillCircle(a.x + ((b.x - a.x) * d) / full, a.y + ((b.y - a.y) * d) / full, 0.85);
      }
    });
  }

  showControl(control: Readonly<Partial<Record<PlaceId, Control>>>, animate: boolean): void {
    if (!animate) {
      for (const image of this.leaving) image.destroy();
      this.leaving.clear();
      for (const flag of this.flags.values()) flag.image.setScale(FLAG_SCALE).setAlpha(1);
    }
    for (const [id, flag] of this.flags) {
      const now = control[id];
      if (now && now !== 'neutral') continue;
      this.flags.delete(id);
      if (!animate) {
        flag.image.destroy();
        continue;
      }
      this.leaving.add(flag.image);
      this.scene.tweens.add({
        targets: flag.image,
        scaleY: 0,
        alpha: 0,
        duration: 500,
        onComplete: () => {
          this.leaving.delete(flag.image);
          flag.image.destroy();
        },
      });
    }
    for (const [key, value] of Object.entries(control)) {
      const id = key as PlaceId;
      if (!value || value === 'neutral') continue;
      const existing = this.flags.get(id);
      if (existing?.control === value) continue;
      const texture = `flag-${value}`;
      const p = locate(id);
      const image = existing?.image ?? this.scene.add.image(p.x, p.y, texture).setOrigin(2 / 16, 17.5 / 18);
      if (!existing) this.layer.add(image);
      image.setTexture(texture).setScale(FLAG_SCALE);
      this.flags.set(id, { image, control: value });
      if (animate) {
        image.setScale(FLAG_SCALE, 0);
        this.scene.tweens.add({ targets: image, scaleY: FLAG_SCALE, duration: 700, ease: 'Back.easeOut' });
      }
    }
  }
}

function samePt(a: Pt, b: Pt | undefined): boolean {
  return b !== undefined && a.x === b.x && a.y === b.y;
}

/**
 * The plates that stand in for the map: a room as a photograph, or a chapter's front page. Each
 * sits on the role's desk colour, covering the map, and cross-fades into the next (a cut under
 * reduced motion). Their textures are painted on demand and dropped once faded out.
 */
import Phaser from 'phaser';
import type { StoryTime } from '../../core/clock.ts';
import type { Role } from '../../core/roles.ts';
import type { SceneState } from '../../core/scene.ts';
import { paintFrontPage } from '../plates/front-page.ts';
import { lookOf } from '../plates/look.ts';
import { pageShape, placePlate, plateFor, type Area, type Plate } from '../plates/placement.ts';
import { paintPrint } from '../plates/print.ts';
import { hex } from '../palette.ts';

const FADE_MS = 900;
const PAGE_LONG_SIDE = 1400;

interface Shown {
  readonly plate: Plate;
  readonly role: Role | null;
  readonly time: StoryTime | null;
  readonly group: Phaser.GameObjects.Container;
  readonly backdrop: Phaser.GameObjects.Rectangle;
  readonly image: Phaser.GameObjects.Image;
  texture: string;
}

export class Plates {
  private shown: Shown | null = null;
  private leaving: Shown[] = [];
  private area: Area = { x: 0, y: 0, w: 1, h: 1 };
  private size = { width: 1, height: 1, dpr: 1 };
  private serial = 0;
  /** Holds the plates at this layer's depth: plates made later must not rise over the clock and frame. */
  private readonly holder: Phaser.GameObjects.Container;

  constructor(
    private readonly scene: Phaser.Scene,
    layer: Phaser.GameObjects.Layer,
  ) {
    this.holder = scene.add.container(0, 0);
    layer.add(this.holder);
  }

  /** True while a plate is up or coming up. */
  get up(): boolean {
    return this.shown !== null;
  }

  /** True once a plate fully hides the map (the map need not be drawn). */
  get covering(): boolean {
    return this.shown !== null && this.shown.group.alpha >= 1 && this.leaving.length === 0;
  }

  show(scene: SceneState, role: Role | null, motion: boolean): void {
    const plate = plateFor(scene, role);
    if (plate?.key === this.shown?.plate.key) return;
    const old = this.shown;
    this.shown = plate ? this.build(plate, role, scene.time) : null;
    if (old) this.retire(old, motion);
    const next = this.shown;
    if (!next) return;
    if (!motion) {
      next.group.setAlpha(1);
      return;
    }
    next.group.setAlpha(0);
    this.scene.tweens.add({ targets: next.group, alpha: 1, duration: FADE_MS, ease: 'Sine.easeInOut' });
  }

  /** Ends the fades at once (reduced motion switched on). */
  settle(): void {
    for (const old of this.leaving) this.drop(old);
    this.leaving = [];
    this.shown?.group.setAlpha(1);
  }

  layout(width: number, height: number, dpr: number, free: Area): void {
    this.size = { width, height, dpr };
    this.area = free;
    for (const shown of [...this.leaving, ...(this.shown ? [this.shown] : [])]) {
      if (shown.plate.kind === 'front') this.repaint(shown);
      this.place(shown);
    }
  }

  private build(plate: Plate, role: Role | null, time: StoryTime | null): Shown {
    const look = lookOf(role);
    const backdrop = this.scene.add.rectangle(0, 0, 1, 1, hex(look.desk)).setOrigin(0, 0);
    const image = this.scene.add.image(0, 0, '__DEFAULT');
    const group = this.scene.add.container(0, 0, [backdrop, image]);
    this.holder.add(group);
    const shown: Shown = { plate, role, time, group, backdrop, image, texture: '' };
    this.repaint(shown);
    this.place(shown);
    return shown;
  }

  private repaint(shown: Shown): void {
    const look = lookOf(shown.role);
    const canvas =
      shown.plate.kind === 'room'
        ? paintPrint(shown.plate.id, look)
        : (() => {
            const { front } = shown.plate;
            const { width, height } = pageShape(this.area, PAGE_LONG_SIDE, front.paper === 'telegram');
            return paintFrontPage(front, shown.time, look, width, height);
          })();
    const key = `plate-${(this.serial += 1)}`;
    this.scene.textures.addCanvas(key, canvas);
    shown.image.setTexture(key);
    if (shown.texture) this.scene.textures.remove(shown.texture);
    shown.texture = key;
  }

  private place(shown: Shown): void {
    shown.backdrop.setSize(this.size.width, this.size.height);
    const at = placePlate(this.area, shown.image.width, shown.image.height, 28 * this.size.dpr);
    shown.image.setPosition(at.x, at.y).setScale(at.scale);
  }

  private retire(old: Shown, motion: boolean): void {
    if (!motion) {
      this.drop(old);
      return;
    }
    this.leaving.push(old);
    // Fade the old plate out only when nothing replaces it; otherwise the new one, added above it, fades in over it.
    const replaced = this.shown !== null;
    this.scene.tweens.add({
      targets: old.group,
      alpha: replaced ? old.group.alpha : 0,
      duration: FADE_MS,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        this.leaving = this.leaving.filter((s) => s !== old);
        this.drop(old);
      },
    });
  }

  private drop(shown: Shown): void {
    this.scene.tweens.killTweensOf(shown.group);
    shown.group.destroy();
    if (shown.texture) this.scene.textures.remove(shown.texture);
  }
}

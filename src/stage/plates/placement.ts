/**
 * Which plate stands in for the map, and where it goes. Pure, so the rules are tested in Node:
 * a front page is shown over any room until the story turns the page; the plate fills the part of
 * the screen the text leaves free, with a margin, and never grows past its drawn size.
 */
import type { Role } from '../../core/roles.ts';
import type { FrontPage, SceneState } from '../../core/scene.ts';
import type { VignetteId } from '../../core/vignettes.ts';

export type Plate =
  | { readonly kind: 'room'; readonly id: VignetteId; readonly key: string }
  | { readonly kind: 'front'; readonly front: FrontPage; readonly key: string };

export function plateFor(scene: SceneState, role: Role | null): Plate | null {
  const who = role ?? 'none';
  if (scene.front) {
    const { paper, headline, invented } = scene.front;
    const issue = invented ? 'invented' : 'real';
    return { kind: 'front', front: scene.front, key: `front|${who}|${paper}|${issue}|${headline}` };
  }
  if (scene.vignette) return { kind: 'room', id: scene.vignette, key: `room|${who}|${scene.vignette}` };
  return null;
}

export interface Area {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Placement {
  /** The plate's centre and its scale, in game pixels. */
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

/** Fits a `width` x `height` plate inside `free`, leaving a margin of `margin` game pixels (less on a small area). */
export function placePlate(free: Area, width: number, height: number, margin: number): Placement {
  const m = Math.min(margin, free.w * 0.05, free.h * 0.05);
  const scale = Math.max(0.01, Math.min((free.w - 2 * m) / width, (free.h - 2 * m) / height, 1));
  return { x: free.x + free.w / 2, y: free.y + free.h / 2, scale };
}

/** The shape a front page is drawn in: the free area's, kept between a tall page and a wide clipping. */
export function pageShape(free: Area, longSide: number, telegram = false): { width: number; height: number } {
  // a telegraph form is a landscape slip whatever the room
  const aspect = telegram ? 1.45 : Math.max(0.62, Math.min(1.9, free.w / Math.max(1, free.h)));
  return aspect >= 1
    ? { width: longSide, height: Math.round(longSide / aspect) }
    : { width: Math.round(longSide * aspect), height: longSide };
}

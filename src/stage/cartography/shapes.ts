/** Small geometry helpers for drawing the sheet: smoothing, projection of lists, a seeded random. */
import type { Ctx2D } from './surface.ts';
import { metres, project, type LatLon, type Pt, type RiverPoint } from '../geography.ts';

export interface WidePt extends Pt {
  /** Width in map units. */
  readonly w: number;
}

export function projectAll(ring: readonly LatLon[]): Pt[] {
  return ring.map(project);
}

/** A uniform Catmull-Rom spline through the points, `steps` samples per segment, ends kept. */
export function smooth<T extends Pt>(points: readonly T[], steps: number, mix: (a: T, b: T, t: number) => T): T[] {
  if (points.length < 3) return [...points];
  const out: T[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const p0 = points[Math.max(0, i - 1)] as T;
    const p1 = points[i] as T;
    const p2 = points[i + 1] as T;
    const p3 = points[Math.min(points.length - 1, i + 2)] as T;
    for (let s = 0; s < steps; s += 1) {
      const t = s / steps;
      const t2 = t * t;
      const t3 = t2 * t;
      const f = (a: number, b: number, c: number, d: number): number =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      const base = mix(p1, p2, t);
      out.push({ ...base, x: f(p0.x, p1.x, p2.x, p3.x), y: f(p0.y, p1.y, p2.y, p3.y) });
    }
  }
  out.push(points[points.length - 1] as T);
  return out;
}

export function smoothRiver(points: readonly RiverPoint[]): WidePt[] {
  const wide = points.map(([lat, lon, w]) => ({ ...project([lat, lon]), w: metres(w) }));
  return smooth(wide, 8, (a, b, t) => ({ x: a.x, y: a.y, w: a.w + (b.w - a.w) * t }));
}

export function smoothLine(points: readonly LatLon[], steps = 6): Pt[] {
  return smooth(projectAll(points), steps, (a) => a);
}

export function tracePath(ctx: Ctx2D, pts: readonly Pt[], close: boolean): void {
  pts.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
  if (close) ctx.closePath();
}

export function bounds(pts: readonly Pt[]): { x: number; y: number; w: number; h: number } {
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

export function lerpPt(a: Pt, b: Pt, t: number): Pt {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** Total length and the point at a given distance along a polyline. */
export function pointAlong(pts: readonly Pt[], distance: number): { p: Pt; angle: number } {
  let left = distance;
  for (let i = 0; i < pts.length - 1; i += 1) {
    const a = pts[i] as Pt;
    const b = pts[i + 1] as Pt;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (left <= len || i === pts.length - 2) {
      const t = len === 0 ? 0 : Math.min(1, left / len);
      return { p: lerpPt(a, b, t), angle: Math.atan2(b.y - a.y, b.x - a.x) };
    }
    left -= len;
  }
  const only = pts[0] ?? { x: 0, y: 0 };
  return { p: only, angle: 0 };
}

export function pathLength(pts: readonly Pt[]): number {
  let total = 0;
  for (let i = 0; i < pts.length - 1; i += 1) {
    const a = pts[i] as Pt;
    const b = pts[i + 1] as Pt;
    total += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return total;
}

const graphemes =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** The letters of a label, one by one, for letter-spaced and curved lettering. */
export function letters(text: string): string[] {
  return graphemes ? Array.from(graphemes.segment(text), (part) => part.segment) : Array.from(text);
}

/** The same sheet every time it is drawn. */
export { seeded } from '../../core/random.ts';

export function makeCanvas(
  width: number,
  height: number,
): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  const ctx = canvas.getContext('2d', { willReadFrequently: false });
  if (!ctx) throw new Error('2D canvas unavailable');
  return { canvas, ctx };
}

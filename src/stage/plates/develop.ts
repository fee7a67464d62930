/**
 * Turns a painted scene into a photograph of 1917: gradient-mapped between the look's shadow and
 * highlight tones (a little of the painted colour kept, as on a hand-tinted print), with film grain
 * and the darkening towards the corners that the lenses of the time gave.
 */
import { seeded } from '../../core/random.ts';
import type { Look, Rgb } from './look.ts';

/** Rec. 601 luma, the weighting orthochromatic film came closest to among the simple ones. */
export function luma(r: number, g: number, b: number): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** A print's tone curve: slightly lifted blacks and soft highlights, as paper never reaches pure black or white. */
export function printCurve(value: number): number {
  const v = Math.max(0, Math.min(1, value));
  return 0.04 + 0.92 * (v * v * (3 - 2 * v) * 0.55 + v * 0.45);
}

export function toneOf(look: Look, value: number): Rgb {
  const t = printCurve(value);
  const [sr, sg, sb] = look.shadow;
  const [hr, hg, hb] = look.highlight;
  return [sr + (hr - sr) * t, sg + (hg - sg) * t, sb + (hb - sb) * t];
}

export function develop(ctx: CanvasRenderingContext2D, width: number, height: number, look: Look, seed: number): void {
  const image = ctx.getImageData(0, 0, width, height);
  const data = image.data;
  const random = seeded(seed);
  const lut: Rgb[] = [];
  for (let i = 0; i < 256; i += 1) lut.push(toneOf(look, i / 255));
  const keep = look.tint;
  const cx = width / 2;
  const cy = height / 2;
  const reach = Math.hypot(cx, cy);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      const d = Math.hypot(x - cx, y - cy) / reach;
      const fall = 1 - 0.42 * d * d * d;
      const grain = (random() + random() - 1) * 18;
      const l = Math.max(0, Math.min(255, luma(r, g, b) * fall + grain));
      const [tr, tg, tb] = lut[Math.round(l)] ?? [0, 0, 0];
      const scale = l / Math.max(1, luma(r, g, b));
      data[i] = tr * (1 - keep) + Math.min(255, r * scale) * keep;
      data[i + 1] = tg * (1 - keep) + Math.min(255, g * scale) * keep;
      data[i + 2] = tb * (1 - keep) + Math.min(255, b * scale) * keep;
    }
  }
  ctx.putImageData(image, 0, 0);
}

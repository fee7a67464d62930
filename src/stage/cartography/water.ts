/**
 * The rivers, canals and the bay, engraved the way survey sheets did it: a pale wash with ruled
 * lines following every shore. The shore lines come from a distance field (how far each drop of
 * water is from land), so where two channels meet no seam shows.
 */
import { GULF, ISLANDS, MAP_H, MAP_W, RIVERS } from '../geography.ts';
import { INK } from '../palette.ts';
import { projectAll, smoothRiver, tracePath, type WidePt } from './shapes.ts';
import { makeSurface, type Ctx2D } from './surface.ts';

const RIVER_LINES: readonly WidePt[][] = RIVERS.map((r) => smoothRiver(r.points));
const GULF_RING = projectAll(GULF);
const ISLAND_RINGS = ISLANDS.map(projectAll);

/** Paints the water in the current fill/stroke colour, grown by `grow` map units on every side. */
export function paintWater(ctx: Ctx2D, grow: number): void {
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  tracePath(ctx, GULF_RING, true);
  ctx.fill();
  if (grow > 0) {
    ctx.lineWidth = grow * 2;
    ctx.stroke();
  }
  for (const line of RIVER_LINES) {
    for (let i = 0; i < line.length - 1; i += 1) {
      const a = line[i] as WidePt;
      const b = line[i + 1] as WidePt;
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.lineWidth = (a.w + b.w) / 2 + grow * 2;
      ctx.stroke();
    }
  }
  const mode = ctx.globalCompositeOperation;
  ctx.globalCompositeOperation = 'destination-out';
  for (const ring of ISLAND_RINGS) {
    ctx.beginPath();
    tracePath(ctx, ring, true);
    ctx.fill();
  }
  ctx.globalCompositeOperation = mode;
  if (grow > 0) {
    ctx.lineWidth = grow * 2;
    for (const ring of ISLAND_RINGS) {
      ctx.beginPath();
      tracePath(ctx, ring, true);
      ctx.stroke();
    }
  }
}

/** Felzenszwalb–Huttenlocher squared distance transform of one row or column (typed arrays, hot loop). */
function edt1d(f: Float64Array, n: number, v: Int32Array, z: Float64Array, out: Float64Array): void {
  let k = 0;
  v[0] = 0;
  z[0] = -Infinity;
  z[1] = Infinity;
  for (let q = 1; q < n; q += 1) {
    const fq = (f[q] as number) + q * q;
    let p = v[k] as number;
    let s = (fq - ((f[p] as number) + p * p)) / (2 * q - 2 * p);
    while (s <= (z[k] as number)) {
      k -= 1;
      p = v[k] as number;
      s = (fq - ((f[p] as number) + p * p)) / (2 * q - 2 * p);
    }
    k += 1;
    v[k] = q;
    z[k] = s;
    z[k + 1] = Infinity;
  }
  k = 0;
  for (let q = 0; q < n; q += 1) {
    while ((z[k + 1] as number) < q) k += 1;
    const p = v[k] as number;
    out[q] = (q - p) * (q - p) + (f[p] as number);
  }
}

/** Distance (in map units) from each water cell of a MAP_W x MAP_H grid to the nearest land. */
function distanceField(): Float32Array {
  const { ctx } = makeSurface(MAP_W, MAP_H);
  ctx.fillStyle = ctx.strokeStyle = '#fff';
  paintWater(ctx, 0);
  const alpha = ctx.getImageData(0, 0, MAP_W, MAP_H).data;
  const big = 1e10;
  const grid = new Float64Array(MAP_W * MAP_H);
  for (let i = 0; i < grid.length; i += 1) grid[i] = (alpha[i * 4 + 3] ?? 0) > 127 ? big : 0;
  const n = Math.max(MAP_W, MAP_H);
  const f = new Float64Array(n);
  const out = new Float64Array(n);
  const v = new Int32Array(n);
  const z = new Float64Array(n + 1);
  for (let x = 0; x < MAP_W; x += 1) {
    for (let y = 0; y < MAP_H; y += 1) f[y] = grid[y * MAP_W + x] ?? 0;
    edt1d(f, MAP_H, v, z, out);
    for (let y = 0; y < MAP_H; y += 1) grid[y * MAP_W + x] = out[y] ?? 0;
  }
  const dist = new Float32Array(MAP_W * MAP_H);
  for (let y = 0; y < MAP_H; y += 1) {
    for (let x = 0; x < MAP_W; x += 1) f[x] = grid[y * MAP_W + x] ?? 0;
    edt1d(f, MAP_W, v, z, out);
    for (let x = 0; x < MAP_W; x += 1) dist[y * MAP_W + x] = Math.sqrt(out[x] ?? 0);
  }
  return dist;
}

let cachedField: Float32Array | null = null;

const RINGS = [1.5, 3.3, 5.4, 7.9, 10.8];
const RING_INK = [0.85, 0.62, 0.45, 0.31, 0.19];

function rgb(css: string): readonly [number, number, number] {
  const n = Number.parseInt(css.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Draws the water onto a sheet canvas rendered at `scale` pixels per map unit. */
export async function drawWater(target: Ctx2D, scale: number, pause: () => Promise<void>): Promise<void> {
  const field = (cachedField ??= distanceField());
  await pause();
  const width = target.canvas.width;
  const height = target.canvas.height;
  const mask = makeSurface(width, height);
  mask.ctx.setTransform(scale, 0, 0, scale, 0, 0);
  mask.ctx.fillStyle = mask.ctx.strokeStyle = '#fff';
  paintWater(mask.ctx, 0);
  const image = mask.ctx.getImageData(0, 0, width, height);
  // In bands of rows, giving the page a moment between them: this is the heaviest loop of the sheet.
  const band = Math.max(64, Math.round(600_000 / width));
  for (let row = 0; row < height; row += band) {
    shade(image, field, scale, row, Math.min(height, row + band));
    await pause();
  }
  const work = makeSurface(width, height);
  work.ctx.putImageData(image, 0, 0);
  target.save();
  target.setTransform(1, 0, 0, 1, 0, 0);
  target.drawImage(work.canvas, 0, 0);
  // The shore itself: the water grown by a hair, less the water, leaves a clean ink line on the land side.
  work.ctx.clearRect(0, 0, width, height);
  work.ctx.setTransform(scale, 0, 0, scale, 0, 0);
  work.ctx.fillStyle = work.ctx.strokeStyle = INK.ink;
  paintWater(work.ctx, Math.max(0.5, 1.1 / scale));
  work.ctx.setTransform(1, 0, 0, 1, 0, 0);
  work.ctx.globalCompositeOperation = 'destination-out';
  work.ctx.drawImage(mask.canvas, 0, 0);
  target.globalAlpha = 0.85;
  target.drawImage(work.canvas, 0, 0);
  target.restore();
}

/** Colours each water pixel by its distance from the shore: ruled shore lines, engraved open water. */
function shade(image: ImageData, field: Float32Array, scale: number, fromRow: number, toRow: number): void {
  const { width, data: px } = image;
  const [br, bg, bb] = rgb(INK.water);
  const [dr, dg, db] = rgb(INK.waterDeep);
  const [lr, lg, lb] = rgb(INK.waterLine);
  const half = Math.max(0.3, 0.8 / scale);
  const inv = 1 / scale;
  const last = RINGS.length - 1;
  const outer = (RINGS[last] as number) + half;
  for (let j = fromRow; j < toRow; j += 1) {
    const v = (j + 0.5) * inv - 0.5;
    const y0 = Math.max(0, Math.min(MAP_H - 2, Math.floor(v)));
    const fy = Math.max(0, Math.min(1, v - y0));
    const engrave = Math.max(0, 1 - Math.abs((((j + 0.5) * inv) % 3.1) - 1.55) / half);
    const row = y0 * MAP_W;
    for (let i = 0; i < width; i += 1) {
      const o = (j * width + i) * 4;
      const a = px[o + 3] as number;
      if (a === 0) continue;
      const u = (i + 0.5) * inv - 0.5;
      const x0 = u < 0 ? 0 : u > MAP_W - 2 ? MAP_W - 2 : Math.floor(u);
      const fx = u - x0 < 0 ? 0 : u - x0 > 1 ? 1 : u - x0;
      const k0 = row + x0;
      const top = (field[k0] as number) * (1 - fx) + (field[k0 + 1] as number) * fx;
      const bottom = (field[k0 + MAP_W] as number) * (1 - fx) + (field[k0 + MAP_W + 1] as number) * fx;
      const d = top * (1 - fy) + bottom * fy;
      let ink = 0;
      if (d < outer) {
        for (let r = 0; r <= last; r += 1) {
          const near = 1 - Math.abs(d - (RINGS[r] as number)) / half;
          if (near > 0) ink = Math.max(ink, near * (RING_INK[r] as number));
        }
      } else if (d > 14 && engrave > 0) {
        ink = 0.2 * engrave * (d > 22 ? 1 : (d - 14) / 8);
      }
      const depth = d <= 10 ? 0 : d >= 60 ? 0.6 : ((d - 10) / 50) * 0.6;
      const keep = 1 - ink;
      px[o] = (br * (1 - depth) + dr * depth) * keep + lr * ink;
      px[o + 1] = (bg * (1 - depth) + dg * depth) * keep + lg * ink;
      px[o + 2] = (bb * (1 - depth) + db * depth) * keep + lb * ink;
      px[o + 3] = a * 0.93;
    }
  }
}

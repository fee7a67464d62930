/** The sheet itself: an ochre paper with grain and mottling, and later the stains, folds and browned edges of use. */
import { MAP_H, MAP_W } from '../geography.ts';
import { INK } from '../palette.ts';
import { seeded } from './shapes.ts';
import { makeSurface, type Ctx2D, type Surface } from './surface.ts';

/** Random grey cells, scaled up smoothly across the sheet: the cloudiness of cheap paper. */
function mottle(random: () => number, cells: number, contrast: number): Surface {
  const w = cells;
  const h = Math.round((cells * MAP_H) / MAP_W);
  const { canvas, ctx } = makeSurface(w, h);
  const image = ctx.createImageData(w, h);
  for (let i = 0; i < w * h; i += 1) {
    const v = 255 - random() * contrast;
    image.data[i * 4] = v;
    image.data[i * 4 + 1] = v * 0.97;
    image.data[i * 4 + 2] = v * 0.9;
    image.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}

function grain(random: () => number): Surface {
  const size = 256;
  const { canvas, ctx } = makeSurface(size, size);
  const image = ctx.createImageData(size, size);
  for (let i = 0; i < size * size; i += 1) {
    const v = 255 - random() * random() * 70;
    image.data[i * 4] = v;
    image.data[i * 4 + 1] = v;
    image.data[i * 4 + 2] = v * 0.96;
    image.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}

/** The paper before any ink: call with an identity transform. */
export function drawPaper(ctx: Ctx2D): void {
  const { width, height } = ctx.canvas;
  const random = seeded(1917);
  ctx.fillStyle = INK.paper;
  ctx.fillRect(0, 0, width, height);
  ctx.save();
  ctx.globalCompositeOperation = 'multiply';
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.globalAlpha = 0.55;
  ctx.drawImage(mottle(random, 40, 40), 0, 0, width, height);
  ctx.globalAlpha = 0.35;
  ctx.drawImage(mottle(random, 260, 38), 0, 0, width, height);
  const pattern = ctx.createPattern(grain(random), 'repeat');
  if (pattern) {
    ctx.globalAlpha = 0.45;
    ctx.fillStyle = pattern;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.restore();
}

/** Foxing, folds and the darkened edges of a map carried in a map case: drawn last, over the ink. */
export function ageSheet(ctx: Ctx2D, scale: number): void {
  const random = seeded(25);
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.globalCompositeOperation = 'multiply';
  for (let i = 0; i < 16; i += 1) {
    const x = random() * MAP_W;
    const y = random() * MAP_H;
    const r = 20 + random() * 90;
    const g = ctx.createRadialGradient(x, y, r * 0.1, x, y, r);
    const a = 0.05 + random() * 0.08;
    g.addColorStop(0, `rgba(170, 120, 60, ${a})`);
    g.addColorStop(0.8, `rgba(180, 130, 70, ${a * 0.6})`);
    g.addColorStop(1, 'rgba(180, 130, 70, 0)');
    ctx.fillStyle = g;
    ctx.fillRect(x - r, y - r, r * 2, r * 2);
  }
  // Folded in four for the map case: a crease down the middle and one across.
  for (const [x0, y0, x1, y1] of [
    [MAP_W / 2, 0, MAP_W / 2, MAP_H],
    [0, MAP_H / 2, MAP_W, MAP_H / 2],
  ] as const) {
    const dx = y1 - y0 === 0 ? 0 : 1;
    const dy = dx === 0 ? 1 : 0;
    const crease = ctx.createLinearGradient(x0 - dx * 6, y0 - dy * 6, x0 + dx * 6, y0 + dy * 6);
    crease.addColorStop(0, 'rgba(150, 110, 60, 0)');
    crease.addColorStop(0.45, 'rgba(150, 110, 60, 0.16)');
    crease.addColorStop(0.5, 'rgba(120, 85, 45, 0.28)');
    crease.addColorStop(0.56, 'rgba(150, 110, 60, 0.08)');
    crease.addColorStop(1, 'rgba(150, 110, 60, 0)');
    ctx.fillStyle = crease;
    ctx.fillRect(Math.min(x0, x1) - dx * 6, Math.min(y0, y1) - dy * 6, dx * 12 + (x1 - x0), dy * 12 + (y1 - y0));
  }
  const edge = ctx.createRadialGradient(MAP_W / 2, MAP_H / 2, MAP_H * 0.45, MAP_W / 2, MAP_H / 2, MAP_W * 0.62);
  edge.addColorStop(0, 'rgba(255, 255, 255, 0)');
  edge.addColorStop(1, 'rgba(150, 100, 50, 0.45)');
  ctx.fillStyle = edge;
  ctx.fillRect(0, 0, MAP_W, MAP_H);
  ctx.restore();
}

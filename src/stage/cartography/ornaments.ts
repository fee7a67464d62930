/** The furniture of a staff map: a graduated border, a compass rose, the title cartouche with its scales. */
import { MAP_H, MAP_W, UNITS_PER_KM, project } from '../geography.ts';
import { FONT, INK } from '../palette.ts';
import { letters } from './shapes.ts';
import type { Ctx2D } from './surface.ts';

/** The neat line: map content is clipped to this rectangle. */
export const NEAT = { x: 30, y: 30, w: MAP_W - 60, h: MAP_H - 60 } as const;

function spacedText(ctx: Ctx2D, text: string, x: number, y: number, tracking: number): void {
  const chars = letters(text);
  const widths = chars.map((c) => ctx.measureText(c).width);
  let at = x - (widths.reduce((s, w) => s + w, 0) + tracking * (chars.length - 1)) / 2;
  ctx.textAlign = 'left';
  chars.forEach((c, i) => {
    ctx.fillText(c, at, y);
    at += (widths[i] ?? 0) + tracking;
  });
}

export function drawFrame(ctx: Ctx2D): void {
  ctx.strokeStyle = INK.ink;
  ctx.lineWidth = 0.6;
  ctx.strokeRect(12, 12, MAP_W - 24, MAP_H - 24);
  ctx.lineWidth = 1.8;
  ctx.strokeRect(16, 16, MAP_W - 32, MAP_H - 32);
  ctx.lineWidth = 0.8;
  ctx.strokeRect(NEAT.x, NEAT.y, NEAT.w, NEAT.h);
  ctx.strokeRect(24, 24, MAP_W - 48, MAP_H - 48);
  // Graduation: alternate half-minute bands of longitude along the top and bottom, latitude at the sides.
  ctx.fillStyle = INK.ink;
  ctx.font = `6px ${FONT}`;
  ctx.textBaseline = 'bottom';
  for (let lon = 30.1833; lon < 30.46; lon += 1 / 120) {
    const x0 = Math.max(NEAT.x, project([60, lon]).x);
    const x1 = Math.min(NEAT.x + NEAT.w, project([60, lon + 1 / 120]).x);
    const band = Math.round((lon - 30) * 120) % 2 === 0;
    if (band && x1 > x0) {
      ctx.fillRect(x0, 24, x1 - x0, 6);
      ctx.fillRect(x0, MAP_H - 30, x1 - x0, 6);
    }
    const minutes = Math.round((lon - 30) * 60 * 2) / 2;
    if (Number.isInteger(minutes) && minutes % 2 === 0 && x0 > 40 && x0 < MAP_W - 60) {
      ctx.textAlign = 'center';
      ctx.fillText(`30°${minutes}′`, x0, 11);
    }
  }
  for (let lat = 59.8833; lat < 60.01; lat += 1 / 120) {
    const y0 = Math.max(NEAT.y, project([lat + 1 / 120, 30.3]).y);
    const y1 = Math.min(NEAT.y + NEAT.h, project([lat, 30.3]).y);
    const band = Math.round((lat - 59) * 120) % 2 === 0;
    if (band && y1 > y0) {
      ctx.fillRect(24, y0, 6, y1 - y0);
      ctx.fillRect(MAP_W - 30, y0, 6, y1 - y0);
    }
    const minutes = Math.round((lat - 59) * 60 * 2) / 2;
    if (Number.isInteger(minutes) && y1 > 50 && y1 < MAP_H - 40) {
      ctx.save();
      ctx.translate(9, y1);
      ctx.rotate(-Math.PI / 2);
      ctx.textAlign = 'center';
      ctx.fillText(`59°${minutes}′`, 0, 0);
      ctx.restore();
    }
  }
}

export function drawCompass(ctx: Ctx2D, cx: number, cy: number, r: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  ctx.strokeStyle = INK.ink;
  ctx.lineWidth = 0.5;
  for (const radius of [r * 0.78, r * 0.84]) {
    ctx.beginPath();
    ctx.arc(0, 0, radius, 0, Math.PI * 2);
    ctx.stroke();
  }
  for (let d = 0; d < 360; d += 10) {
    const a = (d * Math.PI) / 180;
    const inner = d % 30 === 0 ? r * 0.72 : r * 0.78;
    ctx.beginPath();
    ctx.moveTo(Math.sin(a) * inner, -Math.cos(a) * inner);
    ctx.lineTo(Math.sin(a) * r * 0.84, -Math.cos(a) * r * 0.84);
    ctx.stroke();
  }
  const point = (angle: number, length: number, width: number): void => {
    const a = (angle * Math.PI) / 180;
    const tip = { x: Math.sin(a) * length, y: -Math.cos(a) * length };
    const side = { x: Math.cos(a) * width, y: Math.sin(a) * width };
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(tip.x, tip.y);
    ctx.lineTo(side.x, side.y);
    ctx.closePath();
    ctx.fillStyle = INK.ink;
    ctx.fill();
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(tip.x, tip.y);
    ctx.lineTo(-side.x, -side.y);
    ctx.closePath();
    ctx.fillStyle = INK.paper;
    ctx.fill();
    ctx.stroke();
  };
  for (const a of [45, 135, 225, 315]) point(a, r * 0.55, r * 0.1);
  for (const a of [0, 90, 180, 270]) point(a, r, r * 0.14);
  ctx.fillStyle = INK.red;
  ctx.beginPath();
  ctx.arc(0, 0, r * 0.05, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = INK.ink;
  ctx.font = `bold ${r * 0.3}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText('N', 0, -r * 1.02);
  ctx.restore();
}

function scaleBar(ctx: Ctx2D, x: number, y: number, unitLength: number, units: number, name: string): void {
  ctx.lineWidth = 0.5;
  ctx.strokeStyle = INK.ink;
  for (let i = 0; i < units * 2; i += 1) {
    ctx.fillStyle = i % 2 === 0 ? INK.ink : INK.paper;
    ctx.fillRect(x + (i * unitLength) / 2, y, unitLength / 2, 3.2);
    ctx.strokeRect(x + (i * unitLength) / 2, y, unitLength / 2, 3.2);
  }
  ctx.fillStyle = INK.ink;
  ctx.font = `6px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  for (let i = 0; i <= units; i += 1) ctx.fillText(String(i), x + i * unitLength, y - 1);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.font = `italic 6.5px ${FONT}`;
  ctx.fillText(name, x + units * unitLength + 5, y - 1.5);
}

export function drawCartouche(ctx: Ctx2D, x: number, y: number, w: number, h: number): void {
  ctx.save();
  ctx.shadowColor = 'rgba(60, 40, 20, 0.25)';
  ctx.shadowBlur = 6;
  ctx.fillStyle = '#efe4c8';
  ctx.fillRect(x, y, w, h);
  ctx.restore();
  ctx.strokeStyle = INK.ink;
  ctx.lineWidth = 1.6;
  ctx.strokeRect(x + 3, y + 3, w - 6, h - 6);
  ctx.lineWidth = 0.5;
  ctx.strokeRect(x + 6.5, y + 6.5, w - 13, h - 13);
  for (const [cx, cy] of [
    [x + 6.5, y + 6.5],
    [x + w - 6.5, y + 6.5],
    [x + 6.5, y + h - 6.5],
    [x + w - 6.5, y + h - 6.5],
  ] as const) {
    ctx.beginPath();
    ctx.arc(cx, cy, 5, 0, Math.PI * 2);
    ctx.fillStyle = '#efe4c8';
    ctx.fill();
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(cx, cy, 1.6, 0, Math.PI * 2);
    ctx.fillStyle = INK.ink;
    ctx.fill();
  }
  const mid = x + w / 2;
  ctx.fillStyle = INK.ink;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `italic 7px ${FONT}`;
  spacedText(ctx, 'Штабъ Петроградскаго военнаго округа', mid, y + 22, 0.6);
  ctx.font = `bold 31px ${FONT}`;
  spacedText(ctx, 'ПЕТРОГРАДЪ', mid, y + 54, 7);
  ctx.beginPath();
  ctx.moveTo(mid - 110, y + 63);
  ctx.lineTo(mid - 8, y + 63);
  ctx.moveTo(mid + 8, y + 63);
  ctx.lineTo(mid + 110, y + 63);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(mid, y + 59);
  ctx.lineTo(mid + 5, y + 63);
  ctx.lineTo(mid, y + 67);
  ctx.lineTo(mid - 5, y + 63);
  ctx.closePath();
  ctx.fill();
  ctx.font = `13px ${FONT}`;
  spacedText(ctx, 'PETROGRAD · 1917', mid, y + 83, 3.2);
  ctx.font = `italic 7.5px ${FONT}`;
  spacedText(ctx, 'Situation map of the capital, October 1917 (Old Style)', mid, y + 97, 0.3);
  const verst = 1.0668 * UNITS_PER_KM;
  scaleBar(ctx, x + 30, y + h - 40, verst, 2, 'versts');
  scaleBar(ctx, x + 30, y + h - 22, UNITS_PER_KM, 2, 'kilometres');
}

/** Lettering in the period face: districts spaced in capitals, water in italics, places in roman. */
import { LABELS, MAP_PLACES, STREETS, project, type Anchor, type Label, type MapPlace } from '../geography.ts';
import { FONT, INK } from '../palette.ts';
import { letters, pathLength, pointAlong, smoothLine } from './shapes.ts';
import type { Ctx2D } from './surface.ts';

const HALO = 'rgba(236, 224, 196, 0.88)';

/** Letter-spaced text centred on (0, 0) of the current transform. */
function spaced(ctx: Ctx2D, text: string, tracking: number, halo: boolean): void {
  const widths = letters(text).map((ch) => ctx.measureText(ch).width);
  const total = widths.reduce((s, w) => s + w, 0) + tracking * (widths.length - 1);
  let x = -total / 2;
  letters(text).forEach((ch, i) => {
    if (halo) ctx.strokeText(ch, x, 0);
    ctx.fillText(ch, x, 0);
    x += (widths[i] ?? 0) + tracking;
  });
}

function setHalo(ctx: Ctx2D, size: number): void {
  ctx.strokeStyle = HALO;
  ctx.lineWidth = size * 0.32;
  ctx.lineJoin = 'round';
}

function drawLabel(ctx: Ctx2D, label: Label): void {
  const p = project(label.at);
  ctx.save();
  ctx.translate(p.x, p.y);
  ctx.rotate(((label.angle ?? 0) * Math.PI) / 180);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  if (label.style === 'district') {
    ctx.font = `${label.size}px ${FONT}`;
    ctx.fillStyle = 'rgba(58, 42, 28, 0.82)';
    setHalo(ctx, label.size * 0.8);
    spaced(ctx, label.text, label.size * 0.42, true);
    if (label.sub) {
      ctx.translate(0, label.size * 0.95);
      ctx.font = `italic ${label.size * 0.55}px ${FONT}`;
      spaced(ctx, label.sub, label.size * 0.08, true);
    }
  } else if (label.style === 'water') {
    ctx.font = `italic ${label.size}px ${FONT}`;
    ctx.fillStyle = INK.waterLine;
    spaced(ctx, label.text, label.size * 0.22, false);
    if (label.sub) {
      ctx.translate(0, label.size * 1.1);
      ctx.font = `italic ${label.size * 0.6}px ${FONT}`;
      spaced(ctx, label.sub, label.size * 0.1, false);
    }
  } else {
    ctx.font = `italic ${label.size}px ${FONT}`;
    ctx.fillStyle = INK.inkSoft;
    setHalo(ctx, label.size);
    spaced(ctx, label.text, 0.2, true);
  }
  ctx.restore();
}

const MAJOR = new Set([
  'smolny',
  'winter_palace',
  'peter_paul',
  'finland_station',
  'nikolaevsky_station',
  'baltic_station',
]);
const GAP: Partial<Record<string, number>> = {
  winter_palace: 19,
  peter_paul: 14,
  smolny: 8,
  admiralty: 24,
  mariinsky: 7,
};

const OFFSET: Record<Anchor, [number, number, CanvasTextAlign, CanvasTextBaseline]> = {
  n: [0, -1, 'center', 'bottom'],
  s: [0, 1, 'center', 'top'],
  e: [1, 0, 'left', 'middle'],
  w: [-1, 0, 'right', 'middle'],
  ne: [0.75, -0.75, 'left', 'bottom'],
  nw: [-0.75, -0.75, 'right', 'bottom'],
  se: [0.75, 0.75, 'left', 'top'],
  sw: [-0.75, 0.75, 'right', 'top'],
};

function drawPlace(ctx: Ctx2D, id: string, place: MapPlace): void {
  const p = project(place.at);
  if (place.symbol === 'flat' || place.symbol === 'square') {
    ctx.beginPath();
    ctx.arc(p.x, p.y, 2.3, 0, Math.PI * 2);
    ctx.fillStyle = INK.paper;
    ctx.fill();
    ctx.strokeStyle = INK.ink;
    ctx.lineWidth = 0.6;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(p.x, p.y, 0.9, 0, Math.PI * 2);
    ctx.fillStyle = INK.ink;
    ctx.fill();
  }
  if (place.symbol === 'avenue') return;
  const size = MAJOR.has(id) ? 8.6 : 7.2;
  const gap = GAP[id] ?? 6;
  const [dx, dy, align, baseline] = OFFSET[place.anchor];
  ctx.font = `${MAJOR.has(id) ? 'bold ' : ''}${size}px ${FONT}`;
  ctx.textAlign = align;
  ctx.textBaseline = baseline;
  setHalo(ctx, size);
  ctx.fillStyle = INK.ink;
  ctx.strokeText(place.label, p.x + dx * gap, p.y + dy * gap);
  ctx.fillText(place.label, p.x + dx * gap, p.y + dy * gap);
}

/** Names set along a street, letter by letter, following its curve. */
function alongStreet(ctx: Ctx2D, name: string, size: number, startFraction: number): void {
  const street = STREETS.find((s) => s.name === name);
  if (!street) return;
  const line = smoothLine(street.points);
  const text = name.toUpperCase();
  ctx.font = `italic ${size}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = INK.ink;
  setHalo(ctx, size * 0.7);
  const widths = letters(text).map((ch) => ctx.measureText(ch).width + size * 0.18);
  let at = pathLength(line) * startFraction;
  letters(text).forEach((ch, i) => {
    const w = widths[i] ?? 0;
    const { p, angle } = pointAlong(line, at + w / 2);
    const upright = Math.abs(angle) > Math.PI / 2 ? angle + Math.PI : angle;
    ctx.save();
    ctx.translate(p.x, p.y);
    ctx.rotate(upright);
    ctx.strokeText(ch, 0, 0);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
    at += w;
  });
}

export function drawLettering(ctx: Ctx2D): void {
  for (const label of LABELS) drawLabel(ctx, label);
  alongStreet(ctx, 'Nevsky Prospekt', 5.2, 0.36);
  alongStreet(ctx, 'Kamennoostrovsky Prospekt', 4.2, 0.42);
  alongStreet(ctx, 'Bolshoy Sampsonievsky', 4.2, 0.3);
  for (const [id, place] of Object.entries(MAP_PLACES)) drawPlace(ctx, id, place);
}

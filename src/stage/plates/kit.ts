/**
 * A small drawing kit for the rooms: one-point perspective, light, columns, windows and people
 * as the photographs of the time show them, figures dark against the light. Every scene is painted
 * on a 1200 x 800 board in plain colours; `develop` turns it into a print afterwards.
 */
export const BOARD_W = 1200;
export const BOARD_H = 800;

export type Ctx = CanvasRenderingContext2D;

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export function poly(ctx: Ctx, points: readonly number[], fill: string | CanvasGradient): void {
  ctx.beginPath();
  for (let i = 0; i < points.length; i += 2) {
    const x = points[i] ?? 0;
    const y = points[i + 1] ?? 0;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
}

export function vertical(ctx: Ctx, y0: number, y1: number, stops: readonly string[]): CanvasGradient {
  const g = ctx.createLinearGradient(0, y0, 0, y1);
  stops.forEach((colour, i) => g.addColorStop(i / Math.max(1, stops.length - 1), colour));
  return g;
}

export function horizontal(ctx: Ctx, x0: number, x1: number, stops: readonly string[]): CanvasGradient {
  const g = ctx.createLinearGradient(x0, 0, x1, 0);
  stops.forEach((colour, i) => g.addColorStop(i / Math.max(1, stops.length - 1), colour));
  return g;
}

export interface RoomTones {
  readonly ceiling: string;
  readonly floor: string;
  readonly left: string;
  readonly right: string;
  readonly back: string;
}

/** A room seen down its length: the back wall `back`, the other four planes running to the picture's edges. */
export function room(ctx: Ctx, back: Box, tones: RoomTones): void {
  const { x0, y0, x1, y1 } = back;
  const W = BOARD_W;
  const H = BOARD_H;
  poly(ctx, [0, 0, W, 0, x1, y0, x0, y0], vertical(ctx, 0, y0, [shade(tones.ceiling, -0.25), tones.ceiling]));
  poly(ctx, [0, H, W, H, x1, y1, x0, y1], vertical(ctx, y1, H, [tones.floor, shade(tones.floor, -0.35)]));
  poly(ctx, [0, 0, x0, y0, x0, y1, 0, H], horizontal(ctx, 0, x0, [shade(tones.left, -0.3), tones.left]));
  poly(ctx, [W, 0, x1, y0, x1, y1, W, H], horizontal(ctx, x1, W, [tones.right, shade(tones.right, -0.3)]));
  poly(ctx, [x0, y0, x1, y0, x1, y1, x0, y1], tones.back);
}

/** Where a wall's vertical line stands at depth t (0 at the picture's edge, 1 at the back wall). */
export function wallAt(back: Box, side: 'left' | 'right', t: number): { x: number; top: number; bottom: number } {
  const edge = side === 'left' ? 0 : BOARD_W;
  const far = side === 'left' ? back.x0 : back.x1;
  return { x: edge + (far - edge) * t, top: back.y0 * t, bottom: BOARD_H + (back.y1 - BOARD_H) * t };
}

/** Depth t for an even spacing of n things down a wall, foreshortened as they recede. */
export function depths(n: number, near = 0.1, far = 0.9): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const u = n === 1 ? 0 : i / (n - 1);
    // equal steps in real depth are unequal on the picture: 1/z spacing
    const z0 = 1 / (1 - near);
    const z1 = 1 / (1 - far);
    out.push(1 - 1 / (z0 + (z1 - z0) * u));
  }
  return out;
}

/** A panel on a wall between depths t0 and t1, from `top` to `bottom` as fractions of the wall's height. */
export function wallPanel(
  ctx: Ctx,
  back: Box,
  side: 'left' | 'right',
  t0: number,
  t1: number,
  top: number,
  bottom: number,
  fill: string | CanvasGradient,
): void {
  const a = wallAt(back, side, t0);
  const b = wallAt(back, side, t1);
  const y = (s: { top: number; bottom: number }, f: number): number => s.top + (s.bottom - s.top) * f;
  poly(ctx, [a.x, y(a, top), b.x, y(b, top), b.x, y(b, bottom), a.x, y(a, bottom)], fill);
}

/** Boards or parquet running to the vanishing point. */
export function floorLines(ctx: Ctx, back: Box, count: number, colour: string): void {
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1.2;
  for (let i = 0; i <= count; i += 1) {
    const u = i / count;
    ctx.beginPath();
    ctx.moveTo(-BOARD_W * 0.5 + u * BOARD_W * 2, BOARD_H);
    ctx.lineTo(back.x0 + (back.x1 - back.x0) * u, back.y1);
    ctx.stroke();
  }
}

export function glow(ctx: Ctx, x: number, y: number, r: number, colour: string, alpha: number): void {
  const g = ctx.createRadialGradient(x, y, 0, x, y, r);
  g.addColorStop(0, colour);
  g.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.globalCompositeOperation = 'lighter';
  ctx.fillStyle = g;
  ctx.fillRect(x - r, y - r, r * 2, r * 2);
  ctx.restore();
}

/** A veil over everything: smoke in a hall, mist on the river. */
export function haze(ctx: Ctx, colour: string, alpha: number, from = 0, to = BOARD_H): void {
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.fillStyle = vertical(ctx, from, to, ['rgba(0,0,0,0)', colour, colour]);
  ctx.fillRect(0, from, BOARD_W, to - from);
  ctx.restore();
}

/** Lightens (amount > 0) or darkens a #rrggbb colour. */
export function shade(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  const ch = (v: number): number => Math.round(amount >= 0 ? v + (255 - v) * amount : v * (1 + amount));
  const r = ch((n >> 16) & 255);
  const g = ch((n >> 8) & 255);
  const b = ch(n & 255);
  return `rgb(${r}, ${g}, ${b})`;
}

export function column(ctx: Ctx, x: number, top: number, bottom: number, w: number, tone: string): void {
  ctx.fillStyle = horizontal(ctx, x - w / 2, x + w / 2, [
    shade(tone, -0.45),
    shade(tone, 0.25),
    tone,
    shade(tone, -0.5),
  ]);
  ctx.fillRect(x - w / 2, top + w * 0.5, w, bottom - top - w * 0.8);
  // capital and base
  ctx.fillStyle = shade(tone, -0.15);
  ctx.fillRect(x - w * 0.75, top, w * 1.5, w * 0.55);
  ctx.fillRect(x - w * 0.7, bottom - w * 0.35, w * 1.4, w * 0.35);
  ctx.strokeStyle = shade(tone, -0.4);
  ctx.lineWidth = Math.max(0.6, w * 0.03);
  for (let i = 1; i < 5; i += 1) {
    const fx = x - w / 2 + (w * i) / 5;
    ctx.beginPath();
    ctx.moveTo(fx, top + w * 0.6);
    ctx.lineTo(fx, bottom - w * 0.4);
    ctx.stroke();
  }
}

/** A tall window: `sky` behind the glass, mullions and a transom. */
export function windowPane(ctx: Ctx, x: number, y: number, w: number, h: number, sky: string, frame: string): void {
  ctx.fillStyle = sky;
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = frame;
  ctx.lineWidth = Math.max(1.5, w * 0.05);
  ctx.strokeRect(x, y, w, h);
  ctx.beginPath();
  ctx.moveTo(x + w / 2, y);
  ctx.lineTo(x + w / 2, y + h);
  for (const f of [0.28, 0.55, 0.8]) {
    ctx.moveTo(x, y + h * f);
    ctx.lineTo(x + w, y + h * f);
  }
  ctx.stroke();
}

export function chandelier(ctx: Ctx, x: number, y: number, s: number, lit: boolean): void {
  ctx.strokeStyle = '#3a3126';
  ctx.lineWidth = Math.max(1, s * 0.03);
  ctx.beginPath();
  ctx.moveTo(x, y - s * 1.4);
  ctx.lineTo(x, y);
  ctx.stroke();
  for (let tier = 0; tier < 2; tier += 1) {
    const r = s * (1 - tier * 0.45);
    const ty = y + tier * s * 0.28;
    ctx.beginPath();
    ctx.ellipse(x, ty, r, r * 0.18, 0, 0, Math.PI);
    ctx.stroke();
    for (let i = 0; i <= 6; i += 1) {
      const bx = x - r + (2 * r * i) / 6;
      if (lit) glow(ctx, bx, ty - s * 0.1, s * 0.35, '#fff1c8', 0.35);
      ctx.fillStyle = lit ? '#fff6dc' : '#6b6154';
      ctx.fillRect(bx - s * 0.025, ty - s * 0.16, s * 0.05, s * 0.12);
    }
  }
  ctx.fillStyle = '#3a3126';
  ctx.beginPath();
  ctx.arc(x, y + s * 0.5, s * 0.09, 0, Math.PI * 2);
  ctx.fill();
}

export type Headgear = 'peaked' | 'sailor' | 'cloth' | 'bare' | 'papakha' | 'kerchief' | 'bowler';

export interface FigureOptions {
  readonly hat?: Headgear;
  readonly rifle?: boolean;
  readonly coat?: boolean;
  readonly seated?: boolean;
  readonly tone?: string;
  /** Turned a little: shifts the rifle and shoulders. */
  readonly facing?: -1 | 1;
}

/** A person as a dark shape, feet at (x, y), `h` tall when standing. */
export function figure(ctx: Ctx, x: number, y: number, h: number, o: FigureOptions = {}): void {
  const tone = o.tone ?? '#1d1915';
  const f = o.facing ?? 1;
  const headR = h * 0.06;
  const seatedDrop = o.seated ? h * 0.3 : 0;
  const shoulderY = y - h * 0.8 + seatedDrop;
  const headY = shoulderY - h * 0.04 - headR * 1.25;
  ctx.fillStyle = tone;
  ctx.strokeStyle = tone;
  if (!o.seated) {
    ctx.fillRect(x - h * 0.07, y - h * 0.32, h * 0.055, h * 0.32);
    ctx.fillRect(x + h * 0.015, y - h * 0.32, h * 0.055, h * 0.32);
  }
  const hem = o.seated ? y - h * 0.28 : o.coat ? y - h * 0.1 : y - h * 0.36;
  const halfHem = o.coat ? h * 0.14 : h * 0.1;
  poly(ctx, [x - h * 0.12, shoulderY, x + h * 0.12, shoulderY, x + halfHem, hem, x - halfHem, hem], tone);
  ctx.beginPath();
  ctx.ellipse(x, shoulderY, h * 0.12, h * 0.045, 0, Math.PI, 0);
  ctx.fill();
  // the neck, then the head clear above the shoulders so the silhouette reads as a person
  ctx.fillRect(x - headR * 0.45, headY, headR * 0.9, shoulderY - headY);
  ctx.beginPath();
  ctx.ellipse(x, headY, headR * 0.9, headR * 1.1, 0, 0, Math.PI * 2);
  ctx.fill();
  hat(ctx, x, headY, headR, o.hat ?? 'bare', f);
  if (o.rifle) {
    ctx.lineWidth = Math.max(1, h * 0.018);
    const rx = x + f * h * 0.13;
    ctx.beginPath();
    ctx.moveTo(rx, shoulderY + h * 0.45);
    ctx.lineTo(rx + f * h * 0.02, shoulderY - h * 0.28);
    ctx.stroke();
    ctx.lineWidth = Math.max(0.6, h * 0.007);
    ctx.beginPath();
    ctx.moveTo(rx + f * h * 0.02, shoulderY - h * 0.28);
    ctx.lineTo(rx + f * h * 0.025, shoulderY - h * 0.45);
    ctx.stroke();
  }
}

function hat(ctx: Ctx, x: number, y: number, r: number, kind: Headgear, f: number): void {
  switch (kind) {
    case 'peaked':
      ctx.fillRect(x - r * 1.15, y - r * 1.05, r * 2.3, r * 0.7);
      ctx.fillRect(x - r * 0.3 + f * r * 0.5, y - r * 0.45, r * 1.3 * f, r * 0.25);
      break;
    case 'sailor':
      ctx.beginPath();
      ctx.ellipse(x, y - r * 0.8, r * 1.25, r * 0.45, 0, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillRect(x - f * r * 1.2, y - r * 0.6, r * 0.25, r * 1.8);
      break;
    case 'cloth':
      ctx.beginPath();
      ctx.ellipse(x + f * r * 0.2, y - r * 0.75, r * 1.3, r * 0.55, 0, Math.PI, 0);
      ctx.fill();
      ctx.fillRect(x + f * r * 0.2, y - r * 0.6, f * r * 1.1, r * 0.25);
      break;
    case 'papakha':
      ctx.fillRect(x - r * 1.1, y - r * 1.9, r * 2.2, r * 1.3);
      break;
    case 'kerchief':
      ctx.beginPath();
      ctx.moveTo(x - r * 1.3, y + r * 0.6);
      ctx.quadraticCurveTo(x, y - r * 2.4, x + r * 1.3, y + r * 0.6);
      ctx.lineTo(x, y + r * 1.4);
      ctx.closePath();
      ctx.fill();
      break;
    case 'bowler':
      ctx.beginPath();
      ctx.arc(x, y - r * 0.7, r * 0.95, Math.PI, 0);
      ctx.fill();
      ctx.fillRect(x - r * 1.4, y - r * 0.75, r * 2.8, r * 0.25);
      break;
    case 'bare':
      break;
  }
}

/** A crowd of heads and shoulders filling a band, smaller towards `yFar`. */
export function crowd(
  ctx: Ctx,
  random: () => number,
  yNear: number,
  yFar: number,
  x0: number,
  x1: number,
  count: number,
  hats: readonly Headgear[],
): void {
  const people: { x: number; y: number; h: number; hat: Headgear }[] = [];
  for (let i = 0; i < count; i += 1) {
    const u = random();
    const y = yFar + (yNear - yFar) * u * u;
    const scale = 0.25 + 0.75 * ((y - yFar) / Math.max(1, yNear - yFar));
    const spread = (x1 - x0) * (0.55 + 0.45 * scale);
    const cx = (x0 + x1) / 2;
    people.push({
      x: cx + (random() - 0.5) * spread,
      y,
      h: 260 * scale,
      hat: hats[Math.floor(random() * hats.length)] ?? 'bare',
    });
  }
  people.sort((a, b) => a.y - b.y);
  for (const p of people) {
    const grey = Math.round(22 + (1 - p.h / 260) * 60);
    figure(ctx, p.x, p.y + p.h * 0.55, p.h, { hat: p.hat, coat: true, tone: `rgb(${grey}, ${grey - 4}, ${grey - 8})` });
  }
}

/** Slanting streaks of rain or sleet. */
export function rain(ctx: Ctx, random: () => number, count: number, alpha: number): void {
  ctx.save();
  ctx.strokeStyle = `rgba(230, 230, 230, ${alpha})`;
  ctx.lineWidth = 1;
  for (let i = 0; i < count; i += 1) {
    const x = random() * (BOARD_W + 200) - 100;
    const y = random() * BOARD_H;
    const l = 14 + random() * 22;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x - l * 0.25, y + l);
    ctx.stroke();
  }
  ctx.restore();
}

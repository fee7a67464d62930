/**
 * Buildings drawn in plan. In 1917 the Winter Palace, the General Staff and the Admiralty were all
 * painted a dark bull's-blood red (history bible §4.1), so they carry the one warm red of the sheet.
 */
import { metres, project, type LatLon, type Pt } from '../geography.ts';
import { INK } from '../palette.ts';
import type { Ctx2D } from './surface.ts';

type Style = 'palace' | 'building' | 'station' | 'works';

const FILL: Record<Style, string> = {
  palace: INK.palace,
  building: INK.building,
  station: '#5c4a3a',
  works: '#7a6650',
};

/** A rectangle `w` x `h` metres centred at `at`, turned `deg` degrees clockwise. */
function block(at: LatLon, w: number, h: number, deg = 0): Pt[] {
  const c = project(at);
  const hw = metres(w) / 2;
  const hh = metres(h) / 2;
  const r = (deg * Math.PI) / 180;
  return [
    [-hw, -hh],
    [hw, -hh],
    [hw, hh],
    [-hw, hh],
  ].map(([x = 0, y = 0]) => ({
    x: c.x + x * Math.cos(r) - y * Math.sin(r),
    y: c.y + x * Math.sin(r) + y * Math.cos(r),
  }));
}

function shape(ctx: Ctx2D, rings: Pt[][], style: Style): void {
  ctx.beginPath();
  for (const ring of rings) {
    ring.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
    ctx.closePath();
  }
  ctx.fillStyle = FILL[style];
  ctx.fill('evenodd');
  ctx.strokeStyle = INK.ink;
  ctx.lineWidth = 0.45;
  ctx.stroke();
  if (style === 'works' || style === 'station') {
    ctx.save();
    ctx.clip('evenodd');
    ctx.strokeStyle = 'rgba(233, 220, 188, 0.45)';
    ctx.lineWidth = 0.3;
    ctx.beginPath();
    const xs = rings.flat().map((p) => p.x);
    const ys = rings.flat().map((p) => p.y);
    for (let x = Math.min(...xs) - 30; x < Math.max(...xs); x += 1.4) {
      ctx.moveTo(x, Math.max(...ys));
      ctx.lineTo(x + 30, Math.min(...ys));
    }
    ctx.stroke();
    ctx.restore();
  }
}

function arcBand(ctx: Ctx2D, at: LatLon, radiusM: number, bandM: number, from: number, to: number, style: Style): void {
  const c = project(at);
  const r = metres(radiusM);
  const b = metres(bandM);
  const a0 = (from * Math.PI) / 180;
  const a1 = (to * Math.PI) / 180;
  ctx.beginPath();
  ctx.arc(c.x, c.y, r + b / 2, a0, a1);
  ctx.arc(c.x, c.y, r - b / 2, a1, a0, true);
  ctx.closePath();
  ctx.fillStyle = FILL[style];
  ctx.fill();
  ctx.strokeStyle = INK.ink;
  ctx.lineWidth = 0.45;
  ctx.stroke();
}

function cross(ctx: Ctx2D, at: LatLon, size: number): void {
  const c = project(at);
  ctx.strokeStyle = INK.ink;
  ctx.lineWidth = 0.55;
  ctx.beginPath();
  ctx.moveTo(c.x, c.y - size);
  ctx.lineTo(c.x, c.y + size);
  ctx.moveTo(c.x - size * 0.6, c.y - size * 0.35);
  ctx.lineTo(c.x + size * 0.6, c.y - size * 0.35);
  ctx.stroke();
}

function dot(ctx: Ctx2D, at: LatLon, r: number): void {
  const c = project(at);
  ctx.beginPath();
  ctx.arc(c.x, c.y, r, 0, Math.PI * 2);
  ctx.fillStyle = INK.ink;
  ctx.fill();
}

/** The fortress trace: a curtain of six sides with an arrow-headed bastion at each corner. */
function fortress(ctx: Ctx2D): void {
  const corners = (
    [
      [59.9497, 30.3116],
      [59.9509, 30.3136],
      [59.951, 30.3196],
      [59.9498, 30.3226],
      [59.9487, 30.3204],
      [59.9486, 30.3134],
    ] as const
  ).map((p) => project(p));
  const cx = corners.reduce((s, p) => s + p.x, 0) / corners.length;
  const cy = corners.reduce((s, p) => s + p.y, 0) / corners.length;
  const ring: Pt[] = [];
  corners.forEach((v, i) => {
    const prev = corners[(i + corners.length - 1) % corners.length] as Pt;
    const next = corners[(i + 1) % corners.length] as Pt;
    const len = Math.hypot(v.x - cx, v.y - cy);
    const out = metres(38) / len;
    ring.push({ x: v.x + (prev.x - v.x) * 0.2, y: v.y + (prev.y - v.y) * 0.2 });
    ring.push({ x: v.x + (v.x - cx) * out, y: v.y + (v.y - cy) * out });
    ring.push({ x: v.x + (next.x - v.x) * 0.2, y: v.y + (next.y - v.y) * 0.2 });
  });
  shape(ctx, [ring], 'building');
  ctx.fillStyle = INK.ground;
  ctx.beginPath();
  corners.forEach((v, i) => {
    const p = { x: cx + (v.x - cx) * 0.72, y: cy + (v.y - cy) * 0.72 };
    if (i === 0) ctx.moveTo(p.x, p.y);
    else ctx.lineTo(p.x, p.y);
  });
  ctx.closePath();
  ctx.fill();
  cross(ctx, [59.9502, 30.3165], 2.4);
}

export function drawLandmarks(ctx: Ctx2D): void {
  ctx.lineJoin = 'miter';
  fortress(ctx);
  arcBand(ctx, [59.9521, 30.316], 125, 32, 200, 340, 'building'); // the Kronverk
  // Winter Palace round its great courtyard; the Admiralty open to the river; the General Staff's arc.
  shape(ctx, [block([59.9404, 30.3141], 215, 165), block([59.9404, 30.3141], 105, 70)], 'palace');
  shape(ctx, [block([59.9372, 30.3086], 410, 30)], 'palace');
  shape(ctx, [block([59.9383, 30.3052], 30, 150), block([59.9383, 30.312], 30, 150)], 'palace');
  arcBand(ctx, [59.9393, 30.3158], 175, 42, 22, 84, 'palace');
  arcBand(ctx, [59.9393, 30.3158], 175, 42, 96, 158, 'palace');
  dot(ctx, [59.9391, 30.3157], 1);
  dot(ctx, [59.9372, 30.3086], 1.2);
  shape(ctx, [block([59.9341, 30.3062], 110, 100)], 'building'); // St Isaac's
  const isaac = project([59.9341, 30.3062]);
  ctx.beginPath();
  ctx.arc(isaac.x, isaac.y, metres(26), 0, Math.PI * 2);
  ctx.fillStyle = INK.ground;
  ctx.fill();
  ctx.stroke();
  shape(ctx, [block([59.9296, 30.3087], 110, 55)], 'palace'); // Mariinsky Palace
  arcBand(ctx, [59.9339, 30.3242], 70, 14, 195, 345, 'building'); // Kazan colonnade
  shape(ctx, [block([59.9336, 30.3335], 230, 110, -12)], 'building'); // Gostiny Dvor
  shape(ctx, [block([59.9401, 30.3377], 105, 105), block([59.9401, 30.3377], 50, 50, 45)], 'palace');
  shape(
    ctx,
    [block([59.9466, 30.3745], 230, 45), block([59.946, 30.372], 40, 90), block([59.946, 30.377], 40, 90)],
    'building',
  );
  shape(
    ctx,
    [block([59.9463, 30.3958], 45, 230), block([59.945, 30.3972], 60, 30), block([59.9476, 30.3972], 60, 30)],
    'building',
  );
  shape(ctx, [block([59.949, 30.3953], 70, 70, 45)], 'building'); // Smolny Cathedral
  cross(ctx, [59.949, 30.3953], 2.6);
  shape(ctx, [block([59.9212, 30.388], 190, 160)], 'building'); // Alexander Nevsky Lavra
  cross(ctx, [59.9212, 30.388], 2.6);
  shape(ctx, [block([59.9437, 30.3047], 80, 60)], 'building'); // Exchange
  dot(ctx, [59.9444, 30.3064], 0.9);
  dot(ctx, [59.9431, 30.3066], 0.9);
  shape(ctx, [block([59.9546, 30.3745], 150, 40), block([59.9552, 30.3745], 40, 120)], 'building'); // Kresty
  for (const [at, w, h, deg] of [
    [[59.9302, 30.3622], 110, 130, 0],
    [[59.956, 30.3562], 140, 55, 0],
    [[59.9076, 30.2995], 120, 60, 0],
    [[59.907, 30.3042], 110, 55, 0],
    [[59.92, 30.329], 110, 60, 0],
  ] as const) {
    shape(ctx, [block(at, w, h, deg)], 'station');
  }
  shape(ctx, [block([59.924, 30.2652], 240, 120, -28)], 'works'); // Franco-Russian Works
  shape(ctx, [block([59.944, 30.3858], 60, 40)], 'works'); // Trud
  const circus = project([59.9556, 30.3195]);
  ctx.beginPath();
  ctx.arc(circus.x, circus.y, metres(28), 0, Math.PI * 2);
  ctx.fillStyle = FILL.building;
  ctx.fill();
  ctx.stroke();
  for (const [at, w, h, deg] of [
    [[59.9545, 30.31], 90, 60, 0],
    [[59.9535, 30.33], 45, 40, 0],
    [[59.9346, 30.3128], 50, 35, 0],
    [[59.9322, 30.3005], 70, 45, 0],
    [[59.9303, 30.3222], 80, 60, -30],
    [[59.9341, 30.3298], 45, 30, 0],
  ] as const) {
    shape(ctx, [block(at, w, h, deg)], 'building');
  }
}

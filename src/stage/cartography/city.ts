/** The built city under the water: hatched quarters, gardens, streets cased in ink, railways. */
import {
  BUILT_UP,
  GRIDS,
  PARKS,
  STREETS,
  VASILIEVSKY_GRID,
  metres,
  project,
  type LatLon,
  type Pt,
} from '../geography.ts';
import { INK } from '../palette.ts';
import { bounds, projectAll, seeded, smoothLine, tracePath } from './shapes.ts';
import type { Ctx2D } from './surface.ts';

function hatch(ctx: Ctx2D, ring: readonly Pt[], spacing: number, style: string, width: number): void {
  const box = bounds(ring);
  ctx.save();
  ctx.beginPath();
  tracePath(ctx, ring, true);
  ctx.clip();
  ctx.strokeStyle = style;
  ctx.lineWidth = width;
  ctx.beginPath();
  for (let c = box.x - box.h; c < box.x + box.w; c += spacing) {
    ctx.moveTo(c, box.y + box.h);
    ctx.lineTo(c + box.h, box.y);
  }
  ctx.stroke();
  ctx.restore();
}

/** Breaks a polygon's straight edges into a ragged line, as built-up land ends street by street. */
function ragged(ring: readonly Pt[], random: () => number): Pt[] {
  const out: Pt[] = [];
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length] as Pt;
    const steps = Math.max(1, Math.round(Math.hypot(b.x - a.x, b.y - a.y) / 9));
    for (let k = 0; k < steps; k += 1) {
      const t = k / steps;
      out.push({ x: a.x + (b.x - a.x) * t + (random() - 0.5) * 7, y: a.y + (b.y - a.y) * t + (random() - 0.5) * 7 });
    }
  });
  return out;
}

export function drawBuiltUp(ctx: Ctx2D): void {
  const random = seeded(3);
  for (const quarter of BUILT_UP) {
    const ring = ragged(projectAll(quarter), random);
    ctx.fillStyle = 'rgba(200, 170, 120, 0.1)';
    ctx.beginPath();
    tracePath(ctx, ring, true);
    ctx.fill();
    hatch(ctx, ring, 2.3, INK.hatch, 0.42);
  }
}

export function drawParks(ctx: Ctx2D): void {
  const random = seeded(7);
  for (const park of PARKS) {
    const ring = projectAll(park.ring);
    const box = bounds(ring);
    ctx.save();
    ctx.beginPath();
    tracePath(ctx, ring, true);
    ctx.fillStyle = park.kind === 'garden' ? INK.park : INK.ground;
    ctx.fill();
    ctx.clip();
    ctx.strokeStyle = INK.parkInk;
    ctx.fillStyle = INK.parkInk;
    const step = park.kind === 'garden' ? 4.2 : 5.5;
    const r = park.kind === 'garden' ? 0.95 : 0.28;
    ctx.lineWidth = 0.32;
    ctx.beginPath();
    for (let y = box.y; y < box.y + box.h; y += step) {
      for (let x = box.x + ((y / step) % 2) * step * 0.5; x < box.x + box.w; x += step) {
        const jx = x + (random() - 0.5) * 1.6;
        const jy = y + (random() - 0.5) * 1.6;
        ctx.moveTo(jx + r, jy);
        ctx.arc(jx, jy, r, 0, Math.PI * 2);
      }
    }
    if (park.kind === 'garden') ctx.stroke();
    else ctx.fill();
    ctx.restore();
    ctx.strokeStyle = INK.inkSoft;
    ctx.lineWidth = 0.4;
    ctx.beginPath();
    tracePath(ctx, ring, true);
    ctx.stroke();
  }
}

function gridLines(): { avenues: Pt[][]; streets: Pt[][] } {
  const g = VASILIEVSKY_GRID;
  const at = (alongKm: number, acrossKm: number): Pt =>
    project([
      g.origin[0] + g.along[0] * alongKm + g.across[0] * acrossKm,
      g.origin[1] + g.along[1] * alongKm + g.across[1] * acrossKm,
    ] as LatLon);
  const streets: Pt[][] = [];
  for (let i = 0; i < g.lines; i += 1) streets.push([at(i * g.lineSpacingKm, -0.2), at(i * g.lineSpacingKm, 1.9)]);
  const avenues = g.prospekts.map((across, i) => [at(i === 0 ? -0.3 : -0.1, across), at(3.4, across)]);
  return { avenues, streets };
}

/** Each grid's lines in both directions, clipped to its quarter by the caller. */
function gridStreets(): { ring: Pt[]; lines: Pt[][] }[] {
  return GRIDS.map((grid) => {
    const ring = projectAll(grid.ring);
    const box = bounds(ring);
    const c = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
    const reach = Math.hypot(box.w, box.h) / 2;
    const lines: Pt[][] = [];
    for (const [turn, spacing] of [
      [0, grid.spacing[0]],
      [90, grid.spacing[1]],
    ] as const) {
      const a = ((grid.angle + turn) * Math.PI) / 180;
      const dir = { x: Math.cos(a), y: Math.sin(a) };
      const step = metres(spacing);
      for (let o = -reach; o <= reach; o += step) {
        const m = { x: c.x - dir.y * o, y: c.y + dir.x * o };
        lines.push([
          { x: m.x - dir.x * reach, y: m.y - dir.y * reach },
          { x: m.x + dir.x * reach, y: m.y + dir.y * reach },
        ]);
      }
    }
    return { ring, lines };
  });
}

function drawLanes(ctx: Ctx2D): void {
  for (const { ring, lines } of gridStreets()) {
    ctx.save();
    ctx.beginPath();
    tracePath(ctx, ring, true);
    ctx.clip();
    for (const [width, style] of [
      [1.9, 'rgba(58, 42, 28, 0.4)'],
      [1.05, INK.street],
    ] as const) {
      ctx.strokeStyle = style;
      ctx.lineWidth = width;
      ctx.beginPath();
      for (const line of lines) tracePath(ctx, line, false);
      ctx.stroke();
    }
    ctx.restore();
  }
}

/** Streets in two passes, casings then fills, so crossings join cleanly. */
export function drawStreets(ctx: Ctx2D): void {
  const grid = gridLines();
  const avenues = [...STREETS.filter((s) => s.kind === 'avenue').map((s) => smoothLine(s.points)), ...grid.avenues];
  const streets = [...STREETS.filter((s) => s.kind === 'street').map((s) => smoothLine(s.points)), ...grid.streets];
  const rails = STREETS.filter((s) => s.kind === 'railway').map((s) => smoothLine(s.points));
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  drawLanes(ctx);
  const pass = (lines: Pt[][], width: number, style: string): void => {
    ctx.strokeStyle = style;
    ctx.lineWidth = width;
    for (const line of lines) {
      ctx.beginPath();
      tracePath(ctx, line, false);
      ctx.stroke();
    }
  };
  pass(streets, 2.6, INK.inkSoft);
  pass(avenues, 4.4, INK.ink);
  pass(streets, 1.6, INK.street);
  pass(avenues, 3.0, INK.street);
  ctx.lineCap = 'butt';
  pass(rails, 1.9, INK.ink);
  ctx.setLineDash([4, 4]);
  pass(rails, 0.9, INK.street);
  ctx.setLineDash([]);
}

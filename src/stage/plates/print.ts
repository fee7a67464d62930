/**
 * A room as a photograph of the time: the painting developed in the role's toning, pasted on a
 * card mount with album corners, captioned underneath in Russian of 1917 and in English.
 */
import { seeded } from '../../core/random.ts';
import type { VignetteId } from '../../core/vignettes.ts';
import { VIGNETTES } from '../../core/vignettes.ts';
import { makeCanvas } from '../cartography/shapes.ts';
import { FONT } from '../palette.ts';
import { develop } from './develop.ts';
import { BOARD_H, BOARD_W } from './kit.ts';
import type { Look } from './look.ts';
import { ROOMS } from './rooms.ts';

const MARGIN = 56;
const CAPTION = 118;
export const PRINT_W = BOARD_W + MARGIN * 2;
export const PRINT_H = BOARD_H + MARGIN + CAPTION;

/** The same id always gives the same grain, so a screenshot of a room is the same every time. */
function seedOf(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

export function paintPrint(id: VignetteId, look: Look): HTMLCanvasElement {
  const board = makeCanvas(BOARD_W, BOARD_H);
  const room = ROOMS[id];
  const seed = seedOf(id);
  const random = seeded(seed ^ 0x9e3779b9);
  room.paint(board.ctx, random);
  develop(board.ctx, BOARD_W, BOARD_H, look, seed);

  const { canvas, ctx } = makeCanvas(PRINT_W, PRINT_H);
  ctx.fillStyle = look.mount;
  ctx.fillRect(0, 0, PRINT_W, PRINT_H);
  // the card's own grain and a darker edge, as old board browns from the outside in
  const edge = ctx.createRadialGradient(
    PRINT_W / 2,
    PRINT_H / 2,
    PRINT_H * 0.4,
    PRINT_W / 2,
    PRINT_H / 2,
    PRINT_W * 0.75,
  );
  edge.addColorStop(0, 'rgba(0,0,0,0)');
  edge.addColorStop(1, 'rgba(60, 40, 20, 0.35)');
  ctx.fillStyle = edge;
  ctx.fillRect(0, 0, PRINT_W, PRINT_H);
  ctx.strokeStyle = look.mountRule;
  ctx.lineWidth = 2;
  ctx.strokeRect(18, 18, PRINT_W - 36, PRINT_H - 36);
  ctx.lineWidth = 0.8;
  ctx.strokeRect(26, 26, PRINT_W - 52, PRINT_H - 52);
  ctx.fillStyle = 'rgba(0,0,0,0.35)';
  ctx.fillRect(MARGIN + 4, MARGIN + 5, BOARD_W, BOARD_H);
  ctx.drawImage(board.canvas, MARGIN, MARGIN);
  corners(ctx, MARGIN, MARGIN, BOARD_W, BOARD_H);
  ctx.fillStyle = look.mountRule;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `bold 40px ${FONT}`;
  ctx.fillText(room.russian, PRINT_W / 2, MARGIN + BOARD_H + 56);
  ctx.font = `italic 28px ${FONT}`;
  ctx.fillText(VIGNETTES[id].name, PRINT_W / 2, MARGIN + BOARD_H + 96);
  return canvas;
}

/** Black paper corners holding the print, as in an album. */
function corners(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  const s = 44;
  ctx.fillStyle = '#1b1612';
  for (const [cx, cy, dx, dy] of [
    [x, y, 1, 1],
    [x + w, y, -1, 1],
    [x, y + h, 1, -1],
    [x + w, y + h, -1, -1],
  ] as const) {
    ctx.beginPath();
    ctx.moveTo(cx - dx * 8, cy - dy * 8);
    ctx.lineTo(cx + dx * s, cy - dy * 8);
    ctx.lineTo(cx - dx * 8, cy + dy * s);
    ctx.closePath();
    ctx.fill();
  }
}

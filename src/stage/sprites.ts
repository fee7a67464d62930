/**
 * Small textures drawn in code with Canvas 2D (nothing is downloaded): the control flags, the ring
 * that marks where the story is, the lamp glow, the cruiser, and the weather. World textures are
 * drawn at SPRITE_RES pixels per map unit and shown at 1 / SPRITE_RES scale.
 */
import type Phaser from 'phaser';
import { makeCanvas } from './cartography/shapes.ts';
import { INK } from './palette.ts';

export const SPRITE_RES = 4;

type Paint = (ctx: CanvasRenderingContext2D) => void;

function add(
  textures: Phaser.Textures.TextureManager,
  key: string,
  w: number,
  h: number,
  paint: Paint,
  res = SPRITE_RES,
): void {
  if (textures.exists(key)) textures.remove(key);
  const { canvas, ctx } = makeCanvas(w * res, h * res);
  ctx.scale(res, res);
  paint(ctx);
  textures.addCanvas(key, canvas);
}

/** A flag on a pole, its foot at (2, 17) of a 16 x 18 box. */
function flag(fill: (ctx: CanvasRenderingContext2D) => void): Paint {
  return (ctx) => {
    ctx.strokeStyle = INK.ink;
    ctx.lineWidth = 0.9;
    ctx.beginPath();
    ctx.moveTo(2, 17.5);
    ctx.lineTo(2, 1);
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(2.4, 1.2);
    ctx.bezierCurveTo(6, 0, 9, 3, 14, 1.6);
    ctx.lineTo(14, 8.6);
    ctx.bezierCurveTo(9, 10, 6, 7, 2.4, 8.2);
    ctx.closePath();
    ctx.save();
    ctx.clip();
    fill(ctx);
    ctx.restore();
    ctx.lineWidth = 0.6;
    ctx.stroke();
    ctx.fillStyle = INK.ink;
    ctx.beginPath();
    ctx.arc(2, 17, 1.4, 0, Math.PI * 2);
    ctx.fill();
  };
}

/**
 * The sprites, a function each: the boot scene makes a few per frame (made and uploaded all at once, they
 * held the page too long on software WebGL).
 */
export function spriteJobs(textures: Phaser.Textures.TextureManager): (() => void)[] {
  return [
    () =>
      add(
        textures,
        'flag-government',
        16,
        18,
        flag((ctx) => {
          ctx.fillStyle = INK.government;
          ctx.fillRect(0, 0, 16, 12);
          ctx.fillStyle = 'rgba(240, 232, 210, 0.85)';
          ctx.fillRect(2, 3.6, 12, 1.4);
        }),
      ),
    () =>
      add(
        textures,
        'flag-mrc',
        16,
        18,
        flag((ctx) => {
          ctx.fillStyle = INK.red;
          ctx.fillRect(0, 0, 16, 12);
        }),
      ),
    () =>
      add(
        textures,
        'flag-contested',
        16,
        18,
        flag((ctx) => {
          for (let i = -12; i < 20; i += 3) {
            ctx.fillStyle = (i / 3) % 2 === 0 ? INK.red : INK.government;
            ctx.beginPath();
            ctx.moveTo(i, 12);
            ctx.lineTo(i + 3, 12);
            ctx.lineTo(i + 15, 0);
            ctx.lineTo(i + 12, 0);
            ctx.closePath();
            ctx.fill();
          }
        }),
      ),
    () =>
      add(textures, 'ring', 24, 24, (ctx) => {
        ctx.strokeStyle = INK.red;
        ctx.lineWidth = 1.3;
        ctx.beginPath();
        ctx.arc(12, 12, 9, 0, Math.PI * 2);
        ctx.stroke();
        ctx.lineWidth = 0.5;
        ctx.beginPath();
        ctx.arc(12, 12, 11, 0, Math.PI * 2);
        ctx.stroke();
        for (let a = 0; a < 4; a += 1) {
          const t = (a * Math.PI) / 2;
          ctx.beginPath();
          ctx.moveTo(12 + Math.cos(t) * 7, 12 + Math.sin(t) * 7);
          ctx.lineTo(12 + Math.cos(t) * 11.8, 12 + Math.sin(t) * 11.8);
          ctx.lineWidth = 1;
          ctx.stroke();
        }
      }),
    () =>
      add(textures, 'pulse', 24, 24, (ctx) => {
        ctx.strokeStyle = INK.red;
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.arc(12, 12, 10, 0, Math.PI * 2);
        ctx.stroke();
      }),
    () =>
      add(textures, 'visited', 8, 8, (ctx) => {
        ctx.fillStyle = INK.route;
        ctx.beginPath();
        ctx.arc(4, 4, 2.4, 0, Math.PI * 2);
        ctx.fill();
        ctx.strokeStyle = INK.paper;
        ctx.lineWidth = 0.6;
        ctx.stroke();
      }),
    () =>
      add(
        textures,
        'glow',
        64,
        64,
        (ctx) => {
          const g = ctx.createRadialGradient(32, 32, 0, 32, 32, 32);
          g.addColorStop(0, 'rgba(255, 190, 110, 0.95)');
          g.addColorStop(0.35, 'rgba(255, 160, 80, 0.45)');
          g.addColorStop(1, 'rgba(255, 140, 60, 0)');
          ctx.fillStyle = g;
          ctx.fillRect(0, 0, 64, 64);
        },
        2,
      ),
    () => add(textures, 'aurora', 44, 10, paintCruiser),
  ];
}

/** The Aurora from above, bow to the right: a long hull, three funnels, two masts. */
function paintCruiser(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = '#2b2a2a';
  ctx.strokeStyle = INK.paper;
  ctx.lineWidth = 0.5;
  ctx.beginPath();
  ctx.moveTo(1.5, 3.2);
  ctx.quadraticCurveTo(1, 5, 1.5, 6.8);
  ctx.lineTo(30, 7.4);
  ctx.quadraticCurveTo(40, 6.6, 43, 5);
  ctx.quadraticCurveTo(40, 3.4, 30, 2.6);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = '#5a5650';
  ctx.fillRect(8, 3.6, 22, 2.8);
  ctx.fillStyle = '#c9bfa8';
  for (const x of [14, 19, 24]) {
    ctx.beginPath();
    ctx.ellipse(x, 5, 1.5, 1.1, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = '#1a1a1a';
  for (const x of [9, 31]) {
    ctx.beginPath();
    ctx.arc(x, 5, 0.7, 0, Math.PI * 2);
    ctx.fill();
  }
}

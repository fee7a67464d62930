/**
 * Draws the whole static sheet into one 2D canvas at `scale` pixels per map unit. Canvas 2D gives
 * antialiased hairlines, hatching and real type; Phaser only uploads the result once as textures.
 */
import { MAP_H, MAP_W } from '../geography.ts';
import { drawBuiltUp, drawParks, drawStreets } from './city.ts';
import { drawLandmarks } from './landmarks.ts';
import { drawLettering } from './lettering.ts';
import { NEAT, drawCartouche, drawCompass, drawFrame } from './ornaments.ts';
import { ageSheet, drawPaper } from './paper.ts';
import { makeSurface, type Surface } from './surface.ts';
import { drawWater } from './water.ts';

/** Lets the browser breathe between the heavier steps, so the story text stays responsive meanwhile. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function renderSheet(scale: number): Promise<Surface> {
  const { canvas, ctx } = makeSurface(MAP_W * scale, MAP_H * scale);
  drawPaper(ctx);
  await pause();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.save();
  ctx.beginPath();
  ctx.rect(NEAT.x, NEAT.y, NEAT.w, NEAT.h);
  ctx.clip();
  drawBuiltUp(ctx);
  drawParks(ctx);
  drawStreets(ctx);
  await pause();
  await drawWater(ctx, scale, pause);
  drawLandmarks(ctx);
  drawLettering(ctx);
  drawCompass(ctx, 120, 300, 58);
  drawCartouche(ctx, 44, MAP_H - 196, 330, 160);
  ctx.restore();
  drawFrame(ctx);
  ageSheet(ctx, scale);
  return canvas;
}

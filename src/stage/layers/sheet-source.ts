/**
 * Gets the static sheet drawn as tiles: in a worker where the browser allows a 2D canvas there
 * (drawing it takes a weak laptop seconds, which would otherwise block the story's next words), in
 * the page otherwise, yielding between steps as before.
 */
import { renderSheet } from '../cartography/render-map.ts';
import { makeCanvas } from '../cartography/shapes.ts';
import { tileRects, type FontSource, type SheetReply, type SheetRequest } from '../cartography/sheet-protocol.ts';
import type { Surface } from '../cartography/surface.ts';

/** One tile, painted into a canvas Phaser can upload only when asked (so each upload is its own short task). */
export interface Tile {
  readonly x: number;
  readonly y: number;
  paint(): HTMLCanvasElement;
  /** Frees the tile's pixels when it will not be painted. */
  drop(): void;
}

export interface DrawnSheet {
  readonly width: number;
  readonly height: number;
  readonly tiles: readonly Tile[];
}

const FAMILY = 'Old Standard TT';

/** The period face's @font-face rules in the page's stylesheets, with absolute URLs for the worker. */
export function fontSources(): FontSource[] {
  const sources: FontSource[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a stylesheet from another origin cannot be read, and holds no face of ours
    }
    const base = sheet.href ?? document.baseURI;
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const style = rule.style;
      const family = style.getPropertyValue('font-family').replace(/["']/g, '').trim();
      if (family !== FAMILY) continue;
      const src = style
        .getPropertyValue('src')
        .replace(
          /url\(\s*(["']?)([^"')]+)\1\s*\)/g,
          (_, _quote: string, url: string) => `url("${new URL(url, base).href}")`,
        );
      sources.push({
        family,
        src,
        style: style.getPropertyValue('font-style') || 'normal',
        weight: style.getPropertyValue('font-weight') || '400',
        unicodeRange: style.getPropertyValue('unicode-range') || 'U+0-10FFFF',
      });
    }
  }
  return sources;
}

function bitmapTile(x: number, y: number, bitmap: ImageBitmap): Tile {
  return {
    x,
    y,
    paint() {
      const { canvas, ctx } = makeCanvas(bitmap.width, bitmap.height);
      ctx.drawImage(bitmap, 0, 0);
      bitmap.close();
      return canvas;
    },
    drop: () => bitmap.close(),
  };
}

let serial = 0;

function inWorker(scale: number, tile: number): Promise<DrawnSheet> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../cartography/sheet-worker.ts', import.meta.url), { type: 'module' });
    const request: SheetRequest = { id: (serial += 1), scale, tile, fonts: fontSources() };
    worker.onmessage = (event: MessageEvent<SheetReply>) => {
      worker.terminate();
      const reply = event.data;
      if ('error' in reply) {
        reject(new Error(reply.error));
        return;
      }
      const tiles = reply.tiles.map((t) => bitmapTile(t.x, t.y, t.bitmap));
      resolve({ width: reply.width, height: reply.height, tiles });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the sheet worker failed'));
    };
    worker.postMessage(request);
  });
}

function surfaceTile(sheet: Surface, x: number, y: number, w: number, h: number): Tile {
  return {
    x,
    y,
    paint() {
      const { canvas, ctx } = makeCanvas(w, h);
      ctx.drawImage(sheet, x, y, w, h, 0, 0, w, h);
      return canvas;
    },
    drop: () => undefined,
  };
}

async function inPage(scale: number, tile: number): Promise<DrawnSheet> {
  const sheet = await renderSheet(scale);
  const tiles = tileRects(sheet.width, sheet.height, tile).map(({ x, y, w, h }) => surfaceTile(sheet, x, y, w, h));
  return { width: sheet.width, height: sheet.height, tiles };
}

const workerCanDraw = (): boolean =>
  typeof Worker === 'function' && typeof OffscreenCanvas === 'function' && typeof createImageBitmap === 'function';

/** The sheet at `scale` pixels per map unit, cut into tiles of about `tile` pixels. */
export async function drawSheet(scale: number, tile: number): Promise<DrawnSheet> {
  if (workerCanDraw()) {
    try {
      return await inWorker(scale, tile);
    } catch (error) {
      console.warn('[stage] drawing the map in the page instead of a worker:', error);
    }
  }
  return inPage(scale, tile);
}

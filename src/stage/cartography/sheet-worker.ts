/**
 * Draws the sheet off the page's main thread: the paper, the water's distance field and every line
 * and letter take a weak laptop seconds of CPU, which on the main thread would hold up the story's
 * next words. The page sends the period typeface's @font-face sources (a worker has its own font
 * set) and gets the sheet back as tiles of ImageBitmaps, transferred without a copy.
 */
import { FONT, FONT_SAMPLE } from '../palette.ts';
import { renderSheet } from './render-map.ts';
import { tileRects, type FontSource, type SheetReply, type SheetRequest } from './sheet-protocol.ts';

/** The parts of a worker's global scope used here (the project's types are the page's, not a worker's). */
interface WorkerScope {
  readonly fonts?: FontFaceSet;
  onmessage: ((event: MessageEvent<SheetRequest>) => void) | null;
  postMessage(message: SheetReply, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
let fontsReady: Promise<void> | null = null;

function loadFonts(sources: readonly FontSource[]): Promise<void> {
  const fonts = scope.fonts;
  if (!fonts) return Promise.reject(new Error('no font set in this worker'));
  for (const source of sources) {
    const { family, src, style, weight, unicodeRange } = source;
    fonts.add(new FontFace(family, src, { style, weight, unicodeRange }));
  }
  // As the page does before drawing: the faces the map uses, with every subset its letters need, but not forever.
  const faces = [`16px ${FONT}`, `italic 16px ${FONT}`, `bold 16px ${FONT}`].map((font) =>
    fonts.load(font, FONT_SAMPLE),
  );
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 4000));
  return Promise.race([Promise.allSettled(faces).then(() => undefined), timeout]);
}

async function draw(request: SheetRequest): Promise<void> {
  try {
    await (fontsReady ??= loadFonts(request.fonts));
    const sheet = await renderSheet(request.scale);
    const tiles = await Promise.all(
      tileRects(sheet.width, sheet.height, request.tile).map(async ({ x, y, w, h }) => ({
        x,
        y,
        bitmap: await createImageBitmap(sheet, x, y, w, h),
      })),
    );
    const reply: SheetReply = { id: request.id, width: sheet.width, height: sheet.height, tiles };
    scope.postMessage(
      reply,
      tiles.map((tile) => tile.bitmap),
    );
  } catch (error) {
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }, []);
  }
}

scope.onmessage = (event) => {
  void draw(event.data);
};

/**
 * A 2D drawing surface that exists both in the page and in a worker. The sheet is drawn in a worker
 * where the browser allows it (so the story stays responsive while a weak laptop paints it), and in
 * the page otherwise: its drawing code takes this type, which both kinds of context satisfy.
 */

/** The drawing calls shared by CanvasRenderingContext2D and OffscreenCanvasRenderingContext2D. */
export type Ctx2D = CanvasCompositing &
  CanvasDrawImage &
  CanvasDrawPath &
  CanvasFillStrokeStyles &
  CanvasFilters &
  CanvasImageData &
  CanvasImageSmoothing &
  CanvasPath &
  CanvasPathDrawingStyles &
  CanvasRect &
  CanvasShadowStyles &
  CanvasState &
  CanvasText &
  CanvasTextDrawingStyles &
  CanvasTransform & { readonly canvas: HTMLCanvasElement | OffscreenCanvas };

export type Surface = HTMLCanvasElement | OffscreenCanvas;

/** A page canvas where there is a document, an OffscreenCanvas in a worker. */
export function makeSurface(width: number, height: number): { canvas: Surface; ctx: Ctx2D } {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  if (typeof document === 'undefined') {
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    return { canvas, ctx };
  }
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  return { canvas, ctx };
}

/** The messages between the page and the worker that draws the sheet. */

/** One @font-face of the period typeface, as the page's stylesheet declares it. */
export interface FontSource {
  readonly family: string;
  readonly style: string;
  readonly weight: string;
  readonly unicodeRange: string;
  /** The `src` descriptor with every url() made absolute. */
  readonly src: string;
}

export interface SheetRequest {
  readonly id: number;
  readonly scale: number;
  /** Tile edge in pixels (tiles overlap by two more), small enough to upload in one short task each. */
  readonly tile: number;
  readonly fonts: readonly FontSource[];
}

export interface SheetTile {
  /** Top-left corner on the sheet, in pixels. */
  readonly x: number;
  readonly y: number;
  readonly bitmap: ImageBitmap;
}

export type SheetReply =
  | { readonly id: number; readonly width: number; readonly height: number; readonly tiles: readonly SheetTile[] }
  | { readonly id: number; readonly error: string };

/** The tiles' rectangles for a sheet of `width` x `height`: `tile` apart, two pixels wider so no seam opens when filtered. */
export function tileRects(
  width: number,
  height: number,
  tile: number,
): { x: number; y: number; w: number; h: number }[] {
  const rects: { x: number; y: number; w: number; h: number }[] = [];
  for (let y = 0; y < height; y += tile) {
    for (let x = 0; x < width; x += tile) {
      rects.push({ x, y, w: Math.min(tile + 2, width - x), h: Math.min(tile + 2, height - y) });
    }
  }
  return rects;
}

/**
 * The game's own typefaces — Old Standard TT for headings, Atkinson Hyperlegible for reading — are not
 * waited for by the title's first paint (issue 19: the title is in the page's HTML and should paint
 * about as soon as a bare page would). The title is first drawn in the fallback faces (styles.css);
 * the web faces are fetched once it is painted, and take over only at a moment when no text on
 * screen can change under the reader: a change of screen, or the first frame if they are already
 * loaded by then (a later visit, served from the offline cache). So no text is ever redrawn in
 * another face while it is being read, and nothing on screen moves.
 */

/** One sample of each face the screens use; the latin files answer for a space. */
const FACES = [
  '16px "Atkinson Hyperlegible"',
  'bold 16px "Atkinson Hyperlegible"',
  '16px "Old Standard TT"',
  'italic 16px "Old Standard TT"',
] as const;

/** What is used of the page's `document.fonts`. */
export interface FaceSet {
  load(font: string): Promise<readonly Pick<FontFace, 'status'>[]>;
  check(font: string): boolean;
}

/**
 * Fetches the faces. Resolves true when every one of them loaded; false when one could not be had
 * (offline on a first visit): the fallback faces then simply stay, with nothing to tell the player.
 */
export function loadWebFaces(fonts: FaceSet = document.fonts): Promise<boolean> {
  return Promise.all(FACES.map((face) => fonts.load(face))).then(
    (found) => found.every((faces) => faces.length > 0 && faces.every((face) => face.status === 'loaded')),
    () => false,
  );
}

/**
 * Switches the page to the web faces if all of them have loaded. Call it only when the words on
 * screen are about to be replaced (or before the first paint). True if the page now uses them.
 */
export function useWebFacesIfLoaded(
  root: Pick<HTMLElement, 'dataset'> = document.documentElement,
  fonts: FaceSet = document.fonts,
): boolean {
  if (root.dataset['faces'] === 'web') return true;
  if (!FACES.every((face) => fonts.check(face))) return false;
  root.dataset['faces'] = 'web';
  return true;
}

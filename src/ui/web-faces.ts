/**
 * The game's own typefaces — Old Standard TT for headings, Atkinson Hyperlegible for reading — are not
 * waited for by the title's first paint (issue 19: the title is in the page's HTML and should paint
 * about as soon as a bare page would). The title is first drawn in the fallback faces (styles.css);
 * the web faces are fetched once it is painted, and take over only at a moment when no text on
 * screen can change under the reader: a change of screen. So no text is ever redrawn in another face
 * while it is being read, and nothing on screen moves. The game's first screen waits a moment for
 * them (boot.ts), as its layout, the club's projector view and the printed handouts were made for
 * their measure; print always uses them (styles.css).
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
}

export interface WebFaces {
  /**
   * Fetches the faces (once). Resolves true when every one of them loaded; false when one could not
   * be had (offline on a first visit): the fallback faces then simply stay, with nothing to tell.
   */
  load(): Promise<boolean>;
  /** Call when the words on screen are about to be replaced: switches the page to the faces if they have loaded. */
  useIfLoaded(): boolean;
}

export function createWebFaces(
  root: Pick<HTMLElement, 'dataset'> = document.documentElement,
  fonts: FaceSet = document.fonts,
): WebFaces {
  let loading: Promise<boolean> | null = null;
  // known from the loads themselves: the map's stylesheet declares Old Standard TT again (with its
  // Cyrillic) once it arrives, so asking `document.fonts` would find copies not yet used (they load
  // from the cache the first time text needs them)
  let loaded = false;
  return {
    load() {
      loading ??= Promise.all(FACES.map((face) => fonts.load(face))).then(
        (found) => {
          loaded = found.every((faces) => faces.length > 0 && faces.every((face) => face.status === 'loaded'));
          return loaded;
        },
        () => false,
      );
      return loading;
    },
    useIfLoaded() {
      if (loaded) root.dataset['faces'] = 'web';
      return loaded;
    },
  };
}

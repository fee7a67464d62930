import { describe, expect, it } from 'vitest';
import { fontsToPreload } from '../../tools/vite/vite-plugin-preload-fonts.ts';

const BUILT = [
  'assets/old-standard-tt-latin-400-normal-CksAFory.woff2',
  'assets/atkinson-hyperlegible-latin-700-normal-GZI4o3u0.woff2',
  'assets/atkinson-hyperlegible-latin-400-normal-BrHNak5F.woff2',
  'assets/atkinson-hyperlegible-latin-400-normal-BbWidj28.woff',
];
const READING_FACE = /^assets\/atkinson-hyperlegible-latin-(400|700)-normal-[\w-]+\.woff2$/;

describe('preloading the reading face', () => {
  it('names the woff2 files of the chosen faces only, in a stable order', () => {
    expect(fontsToPreload(BUILT, { matches: READING_FACE, expected: 2 })).toEqual([
      'assets/atkinson-hyperlegible-latin-400-normal-BrHNak5F.woff2',
      'assets/atkinson-hyperlegible-latin-700-normal-GZI4o3u0.woff2',
    ]);
  });

  it('fails the build when a face it expects is missing (a renamed file must not silently stop preloading)', () => {
    expect(() => fontsToPreload(BUILT.slice(2), { matches: READING_FACE, expected: 2 })).toThrow(
      /expected 2 font files/,
    );
  });
});

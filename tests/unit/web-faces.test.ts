import { describe, expect, it } from 'vitest';
import { loadWebFaces, useWebFacesIfLoaded, type FaceSet } from '../../src/ui/web-faces.ts';

/** A stand-in for `document.fonts`: the faces named in `loaded` are there, the rest still loading. */
function faceSet(loaded: Set<string>, answer: (font: string) => Promise<{ status: FontFaceLoadStatus }[]>) {
  const asked: string[] = [];
  const fonts: FaceSet = {
    load: (font) => {
      asked.push(font);
      return answer(font);
    },
    check: (font) => loaded.has(font),
  };
  return { fonts, asked };
}

const ALL = new Set([
  '16px "Atkinson Hyperlegible"',
  'bold 16px "Atkinson Hyperlegible"',
  '16px "Old Standard TT"',
  'italic 16px "Old Standard TT"',
]);

describe('the game’s typefaces', () => {
  it('asks for the reading face in both weights and the period face upright and italic', async () => {
    const { fonts, asked } = faceSet(new Set(), () => Promise.resolve([{ status: 'loaded' }]));
    await expect(loadWebFaces(fonts)).resolves.toBe(true);
    expect(new Set(asked)).toEqual(ALL);
  });

  it('says so when a face could not be had (offline on a first visit), without throwing', async () => {
    const missing = faceSet(new Set(), (font) =>
      Promise.resolve(font.includes('italic') ? [] : [{ status: 'loaded' }]),
    );
    await expect(loadWebFaces(missing.fonts)).resolves.toBe(false);
    const failed = faceSet(new Set(), (font) =>
      Promise.resolve([{ status: font.includes('bold') ? 'error' : 'loaded' }]),
    );
    await expect(loadWebFaces(failed.fonts)).resolves.toBe(false);
    const refused = faceSet(new Set(), () => Promise.reject(new Error('SyntaxError')));
    await expect(loadWebFaces(refused.fonts)).resolves.toBe(false);
  });

  it('leaves the page in its fallback faces while any face is still loading', () => {
    const root = { dataset: {} as DOMStringMap };
    const oneShort = new Set([...ALL].slice(1));
    expect(useWebFacesIfLoaded(root, faceSet(oneShort, () => Promise.resolve([])).fonts)).toBe(false);
    expect(root.dataset['faces']).toBeUndefined();
  });

  it('switches the page to them once all have loaded, and keeps them', () => {
    const root = { dataset: {} as DOMStringMap };
    expect(useWebFacesIfLoaded(root, faceSet(ALL, () => Promise.resolve([])).fonts)).toBe(true);
    expect(root.dataset['faces']).toBe('web');
    expect(useWebFacesIfLoaded(root, faceSet(new Set(), () => Promise.resolve([])).fonts)).toBe(true);
    expect(root.dataset['faces']).toBe('web');
  });
});

import { describe, expect, it } from 'vitest';
import { createWebFaces, type FaceSet } from '../../src/ui/web-faces.ts';

/** A stand-in for `document.fonts`, answering each request with `answer`. */
function faceSet(answer: (font: string) => Promise<{ status: FontFaceLoadStatus }[]>) {
  const asked: string[] = [];
  const fonts: FaceSet = {
    load: (font) => {
      asked.push(font);
      return answer(font);
    },
  };
  return { fonts, asked };
}

const loadedFace = (): Promise<{ status: FontFaceLoadStatus }[]> => Promise.resolve([{ status: 'loaded' }]);

describe('the game’s typefaces', () => {
  it('asks once for the reading face in both weights and the period face upright and italic', async () => {
    const { fonts, asked } = faceSet(loadedFace);
    const faces = createWebFaces({ dataset: {} }, fonts);
    await expect(faces.load()).resolves.toBe(true);
    await expect(faces.load()).resolves.toBe(true);
    expect(asked).toEqual([
      '16px "Atkinson Hyperlegible"',
      'bold 16px "Atkinson Hyperlegible"',
      '16px "Old Standard TT"',
      'italic 16px "Old Standard TT"',
    ]);
  });

  it('says so when a face could not be had (offline on a first visit), without throwing', async () => {
    const missing = faceSet((font) => (font.includes('italic') ? Promise.resolve([]) : loadedFace()));
    await expect(createWebFaces({ dataset: {} }, missing.fonts).load()).resolves.toBe(false);
    const failed = faceSet((font) => Promise.resolve([{ status: font.includes('bold') ? 'error' : 'loaded' }]));
    await expect(createWebFaces({ dataset: {} }, failed.fonts).load()).resolves.toBe(false);
    const refused = faceSet(() => Promise.reject(new Error('SyntaxError')));
    await expect(createWebFaces({ dataset: {} }, refused.fonts).load()).resolves.toBe(false);
  });

  it('leaves the page in its fallback faces until they have loaded, then switches at the next call', async () => {
    const root = { dataset: {} as DOMStringMap };
    const waiting: (() => void)[] = [];
    const arrive = (): void => {
      for (const resolve of waiting) resolve();
    };
    const { fonts } = faceSet(
      () =>
        new Promise((resolve) => {
          waiting.push(() => {
            resolve([{ status: 'loaded' }]);
          });
        }),
    );
    const faces = createWebFaces(root, fonts);
    expect(faces.useIfLoaded()).toBe(false);
    const loading = faces.load();
    expect(faces.useIfLoaded()).toBe(false);
    expect(root.dataset['faces']).toBeUndefined();
    arrive();
    await loading;
    // arriving changes nothing on screen by itself
    expect(root.dataset['faces']).toBeUndefined();
    expect(faces.useIfLoaded()).toBe(true);
    expect(root.dataset['faces']).toBe('web');
  });

  it('never switches when a face failed', async () => {
    const root = { dataset: {} as DOMStringMap };
    const faces = createWebFaces(root, faceSet(() => Promise.resolve([{ status: 'error' }])).fonts);
    await faces.load();
    expect(faces.useIfLoaded()).toBe(false);
    expect(root.dataset['faces']).toBeUndefined();
  });
});

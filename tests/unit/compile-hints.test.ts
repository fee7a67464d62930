import { describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  hintChunks,
  shiftedSourceMap,
  type HintedOutput,
} from '../../tools/vite/vite-plugin-compile-hints.ts';

function built(): Record<string, HintedOutput> {
  return {
    'assets/ink-a1.js': { type: 'chunk', name: 'ink', fileName: 'assets/ink-a1.js', code: 'var t=1;', map: null },
    'assets/ink-a1.js.map': { type: 'asset', source: '{"version":3,"sources":["ink.mjs"],"mappings":"AAAA"}' },
    'assets/play-b2.js': {
      type: 'chunk',
      name: 'play',
      fileName: 'assets/play-b2.js',
      code: 'const x=2;\nexport{x};',
      map: { mappings: 'AAAA;AACA' },
    },
    'assets/index-c3.js': { type: 'chunk', name: 'index', fileName: 'assets/index-c3.js', code: 'boot();', map: null },
  };
}

const code = (bundle: Record<string, HintedOutput>, key: string): string => {
  const output = bundle[key];
  if (output?.type !== 'chunk') throw new Error(`${key} is not a chunk`);
  return output.code;
};

describe('compile hints on the chunks that start a role', () => {
  it('puts the hint on the first line of each named chunk and leaves the others alone', () => {
    const bundle = built();
    hintChunks(bundle, ['ink', 'play']);
    expect(code(bundle, 'assets/ink-a1.js')).toBe(`${COMPILE_HINT}\nvar t=1;`);
    expect(code(bundle, 'assets/play-b2.js').split('\n')).toEqual([COMPILE_HINT, 'const x=2;', 'export{x};']);
    expect(code(bundle, 'assets/index-c3.js')).toBe('boot();');
  });

  it('moves each source map down one line, so the original positions stay right', () => {
    const bundle = built();
    hintChunks(bundle, ['ink', 'play']);
    const file = bundle['assets/ink-a1.js.map'];
    expect(file?.type === 'asset' && JSON.parse(String(file.source))).toEqual({
      version: 3,
      sources: ['ink.mjs'],
      mappings: ';AAAA',
    });
    const play = bundle['assets/play-b2.js'];
    expect(play?.type === 'chunk' && play.map?.mappings).toBe(';AAAA;AACA');
  });

  it('hints a chunk once however often it runs', () => {
    const bundle = built();
    hintChunks(bundle, ['ink']);
    hintChunks(bundle, ['ink']);
    expect(code(bundle, 'assets/ink-a1.js')).toBe(`${COMPILE_HINT}\nvar t=1;`);
  });

  it('fails the build when a named chunk is not there (a renamed chunk must not silently lose its hint)', () => {
    expect(() => hintChunks(built(), ['ink', 'game'])).toThrow(/no chunk called game/);
  });

  it('refuses a source map without mappings', () => {
    expect(() => shiftedSourceMap('{"version":3}')).toThrow(/without mappings/);
  });
});

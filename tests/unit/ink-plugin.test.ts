import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import story, { storyHash } from '../../story/main.ink';
import { inkPlugin } from '../../tools/ink/vite-plugin-ink.ts';

interface LoadContext {
  addWatchFile(file: string): void;
  warn(message: string): void;
  error(error: { message: string; id: string; loc: { file: string; line: number } }): never;
}

function load(path: string): { code: string; watched: string[] } {
  const plugin = inkPlugin({ soundManifest: resolve(import.meta.dirname, '../../assets/audio/manifest.json') });
  const watched: string[] = [];
  const context: LoadContext = {
    addWatchFile: (file) => watched.push(file),
    warn: () => undefined,
    error: (error) => {
      throw Object.assign(new Error(error.message), { loc: error.loc, id: error.id });
    },
  };
  const hook = plugin.load as unknown as (this: LoadContext, id: string) => { code: string } | null;
  const result = hook.call(context, path);
  if (!result) throw new Error('not loaded');
  return { code: result.code, watched };
}

describe('the .ink import', () => {
  it('yields the compiled story and its hash in Vitest as in the game', () => {
    expect(story['inkVersion']).toBeTypeOf('number');
    expect(storyHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('watches every INCLUDEd file', () => {
    const entry = resolve(import.meta.dirname, '../fixtures/small/main.ink');
    const { code, watched } = load(entry);
    expect(code).toContain('export const storyHash');
    expect(watched).toEqual(
      expect.arrayContaining([entry, resolve(import.meta.dirname, '../fixtures/small/part.ink')]),
    );
  });

  it('fails at the right file and line of an INCLUDEd file', () => {
    const entry = resolve(import.meta.dirname, '../fixtures/broken/main.ink');
    expect(() => load(entry)).toThrow(
      expect.objectContaining({
        loc: { file: resolve(import.meta.dirname, '../fixtures/broken/inner.ink'), line: 3, column: 0 },
      }) as Error,
    );
  });

  it("gives the hash alone, or one role's part alone, when the import asks for it", () => {
    const entry = resolve(import.meta.dirname, '../../story/main.ink');
    const hashOnly = load(`${entry}?hash`).code;
    expect(hashOnly).toMatch(/^export const storyHash = "[0-9a-f]{16}";$/);
    const part = load(`${entry}?role=kerensky`).code;
    expect(part).not.toContain('storyHash');
    expect(part.length).toBeLessThan(load(entry).code.length / 2);
    expect(() => load(`${entry}?role=tsar`)).toThrow(/no role called 'tsar'/);
  });
});

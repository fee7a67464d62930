import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the writers’ room stays out of the game', () => {
  const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

  it('is reached only from the composition root, lazily and in development only', () => {
    const users = files
      .filter((file) => !file.path.startsWith('dev/') && /['"](?:\.\.?\/)+dev\//.test(file.text))
      .map((file) => file.path);
    expect(users).toEqual(['play.ts']);
    const play = files.find((file) => file.path === 'play.ts')?.text ?? '';
    expect(play).toMatch(/if \(import\.meta\.env\.DEV\)\s+void import\('\.\/dev\/writers-room\.ts'\)/);
    expect(play).not.toMatch(/^import[^(]*from '\.\/dev\//m);
  });

  it('builds its DOM without HTML, like the rest of the game', () => {
    for (const file of files.filter((f) => f.path.startsWith('dev/')))
      expect(file.text, file.path).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
  });
});

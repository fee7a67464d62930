import { describe, expect, it } from 'vitest';
import { gameSources } from './source-files.ts';

describe('the writers’ room stays out of the game', () => {
  const files = gameSources();

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

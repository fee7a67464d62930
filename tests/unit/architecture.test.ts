import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gameSources } from './source-files.ts';

const files = gameSources();
const importsOf = (text: string): string[] =>
  [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );

describe('architecture', () => {
  it('keeps the core pure: no DOM, Phaser, howler or storage', () => {
    for (const file of files.filter((f) => f.path.startsWith('core/'))) {
      const imports = importsOf(file.text);
      expect(
        imports.filter((i) => !i.startsWith('.') && i !== 'inkjs' && !i.startsWith('zod')),
        file.path,
      ).toEqual([]);
      expect(
        imports.filter((i) => /\.\.\/(app|ui|stage|audio|platform)\//.test(i)),
        file.path,
      ).toEqual([]);
      expect(file.text, file.path).not.toMatch(/\b(document|window|localStorage|navigator)\./);
    }
  });

  it('lets only src/stage import Phaser', () => {
    const offenders = files.filter((f) => !f.path.startsWith('stage/') && importsOf(f.text).includes('phaser'));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('lets only the sound bank import howler', () => {
    const users = files.filter((f) => importsOf(f.text).includes('howler')).map((f) => f.path);
    expect(users).toEqual(['audio/sound-bank.ts']);
  });

  it('lets only the storage module touch localStorage', () => {
    const users = files.filter((f) => /\blocalStorage\b/.test(f.text)).map((f) => f.path);
    expect(users).toEqual(['platform/storage.ts']);
  });

  it('loads Phaser and howler lazily from the composition root', () => {
    const main = files.find((f) => f.path === 'play.ts')?.text ?? '';
    expect(main).toMatch(/import\('\.\/stage\/create-stage\.ts'\)/);
    expect(main).toMatch(/import\('\.\/audio\/load-sound-bank\.ts'\)/);
    expect(main).not.toMatch(/^import[^(]*from '\.\/(stage\/|audio\/sound-bank|audio\/load-sound-bank)/m);
  });

  it('boots the title without the story, inkjs or the director, and loads the rest lazily', () => {
    const boot = files.find((f) => f.path === 'boot.ts')?.text ?? '';
    expect(boot).toMatch(/import\('\.\/play\.ts'\)/);
    // everything the entry chunk holds: boot.ts and what it imports statically, all the way down
    // (type-only imports are erased, dynamic ones become chunks of their own)
    const eager = (text: string): string[] =>
      [...text.matchAll(/^(?:import|export) (?!type )[^(;]*?from '([^']+)'/gm)].map((match) => match[1] ?? '');
    const reached = new Set<string>(['boot.ts']);
    const external = new Set<string>();
    const visit = (path: string): void => {
      for (const spec of eager(files.find((f) => f.path === path)?.text ?? '')) {
        if (!spec.startsWith('.')) {
          external.add(spec);
          continue;
        }
        const target = join(dirname(path), spec);
        if (target.endsWith('.ts') && !reached.has(target)) {
          reached.add(target);
          visit(target);
        }
      }
    };
    visit('boot.ts');
    expect(reached.size).toBeGreaterThan(5);
    expect([...reached].filter((path) => /^(play|app\/director|core\/narrator|stage\/|audio\/)/.test(path))).toEqual(
      [],
    );
    expect([...external].filter((spec) => /inkjs|\.ink|phaser|howler|virtual:/.test(spec))).toEqual([]);
  });

  it('reads tag strings only in the tag parser', () => {
    const readers = files.filter((f) => /currentTags|\.tags\b/.test(f.text)).map((f) => f.path);
    expect(readers).toEqual(['core/narrator.ts']);
  });
});

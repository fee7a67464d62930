import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SRC = join(import.meta.dirname, '../../src');

/** Every file below `dir` whose name ends with `extension`, as absolute paths. */
export function filesBelow(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesBelow(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}

/** The game's TypeScript sources, each with its path below src/ and its text. */
export function gameSources(): { readonly path: string; readonly text: string }[] {
  return filesBelow(SRC, '.ts').map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
}

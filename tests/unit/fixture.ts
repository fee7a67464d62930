import { resolve } from 'node:path';
import { compileInk } from '../../tools/ink/compile.ts';

/** Compiles a story under tests/fixtures/<name>/main.ink, failing loudly if it does not compile. */
export function compileFixture(name: string): string {
  const result = compileInk(resolve(import.meta.dirname, '../fixtures', name, 'main.ink'));
  if (!result.json) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.json;
}

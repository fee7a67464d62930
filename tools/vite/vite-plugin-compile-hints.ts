/**
 * Marks chosen chunks for eager compilation with V8's explicit compile hint (Chrome 136 and later):
 * a script whose first line is this comment has all its functions compiled on a background thread
 * while it streams in, instead of on the page's main thread the first time each is called. The
 * chunks chosen are those that start a role (the story engine, the game's code, the map's): on a
 * laptop without a GPU, compiling them as they ran made tasks of 30-55 ms on the main thread (issue 19).
 * Other browsers read the line as a comment.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** What of a build's output this plugin reads and changes. */
export type HintedOutput =
  | {
      type: 'chunk';
      name: string;
      fileName: string;
      code: string;
      map: { mappings: string } | null;
    }
  | { type: 'asset'; source: string | Uint8Array };

/** A source map for the hinted code: the same mappings, one generated line further down. */
export function shiftedSourceMap(json: string): string {
  const map = JSON.parse(json) as { mappings?: unknown };
  if (typeof map.mappings !== 'string') throw new Error('a source map without mappings');
  return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
}

/** Puts the hint on the first line of each named chunk, and moves its source map down a line to match. */
export function hintChunks(bundle: Record<string, HintedOutput>, names: readonly string[]): void {
  const found = new Set<string>();
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk' || !names.includes(output.name)) continue;
    if (found.has(output.name)) throw new Error(`more than one chunk is called ${output.name}`);
    found.add(output.name);
    if (output.code.startsWith(COMPILE_HINT)) continue;
    output.code = `${COMPILE_HINT}\n${output.code}`;
    if (output.map) output.map.mappings = `;${output.map.mappings}`;
    const file = bundle[`${output.fileName}.map`];
    if (file?.type === 'asset') file.source = shiftedSourceMap(String(file.source));
  }
  // a renamed chunk must fail the build, not silently lose its hint
  const missing = names.filter((name) => !found.has(name));
  if (missing.length > 0) throw new Error(`no chunk called ${missing.join(', ')} to hint`);
}

export function compileHintsPlugin(options: { readonly chunks: readonly string[] }): Plugin {
  return {
    name: 'petrograd-compile-hints',
    apply: 'build',
    generateBundle: {
      // last: after minification, which would take the comment out, and after Vite's own additions to a chunk's first line
      order: 'post',
      handler(_, bundle) {
        hintChunks(bundle, options.chunks);
      },
    },
  };
}

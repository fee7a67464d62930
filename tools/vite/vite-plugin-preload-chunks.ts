/**
 * Names chunks the page will import dynamically in index.html (`modulepreload`), so that they
 * download beside the entry from the first byte of the page instead of after a click. The game uses
 * it for the roles' story chunks: whichever card the player chooses, its story is already here.
 */
import type { Plugin } from 'vite';

export interface PreloadChunksOptions {
  /** Which chunks, by the module each is built from (its facade module id). */
  readonly matches: RegExp;
  /** How many chunks must match: a renamed module must fail the build, not silently stop preloading. */
  readonly expected: number;
}

export function preloadChunksPlugin(options: PreloadChunksOptions): Plugin {
  return {
    name: 'petrograd-preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        // the game's page only: crowd play's phone page (join.html) must not fetch the game
        if (!bundle || context.path !== '/index.html') return [];
        const chunks = Object.values(bundle).filter(
          (output) => output.type === 'chunk' && options.matches.test(output.facadeModuleId ?? ''),
        );
        if (chunks.length !== options.expected)
          throw new Error(`expected ${options.expected} chunks built from ${options.matches}, found ${chunks.length}`);
        // index.html sits at the root of the site; the links are relative like the rest of the build (base './')
        const up =
          context.path
            .replace(/^\//, '')
            .replace(/[^/]*$/, '')
            .replace(/[^/]+\//g, '../') || './';
        return chunks.map((chunk) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${up}${chunk.fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

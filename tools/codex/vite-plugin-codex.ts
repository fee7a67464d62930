import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic } from '../ink/compile.ts';
import { loadCodex } from './load-codex.ts';

export const CODEX_MODULE = 'virtual:codex';
/** Only each entry's id, title and aliases: what the story text needs to link its terms. */
export const CODEX_TERMS_MODULE = 'virtual:codex-terms';
const RESOLVED = `\0${CODEX_MODULE}`;
const RESOLVED_TERMS = `\0${CODEX_TERMS_MODULE}`;

export interface CodexPluginOptions {
  /** The folder of codex entries (story/codex). */
  readonly directory: string;
}

/**
 * `import codex from 'virtual:codex'` yields the codex entries as plain data; `virtual:codex-terms`
 * only their ids, titles and aliases, which the first page needs (the entries' text comes later). The Markdown is parsed
 * here, at build time (gray-matter and marked never reach the browser); a bad entry fails the build
 * at its file:line and, in development, shows Vite's overlay. Saving any entry reloads the page.
 */
export function codexPlugin(options: CodexPluginOptions): Plugin {
  const directory = resolve(options.directory);
  return {
    name: 'petrograd-codex',
    resolveId: (id) => (id === CODEX_MODULE ? RESOLVED : id === CODEX_TERMS_MODULE ? RESOLVED_TERMS : null),
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_TERMS) return null;
      const codex = loadCodex(directory);
      codex.files.forEach((file) => this.addWatchFile(file));
      const first = codex.diagnostics[0];
      if (first) {
        const file = first.file ?? directory;
        this.error({
          message: codex.diagnostics.map((d) => formatDiagnostic(d)).join('\n'),
          id: file,
          loc: { file, line: first.line ?? 1, column: 0 },
        });
      }
      const data =
        id === RESOLVED
          ? codex.entries
          : codex.entries.map(({ id: entryId, title, aliases }) => ({ id: entryId, title, aliases }));
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, map: null };
    },
    hotUpdate({ file, server }) {
      // a new, changed or deleted entry: the whole codex is read again
      if (!file.startsWith(directory + sep) || !file.endsWith('.md')) return;
      for (const resolved of [RESOLVED, RESOLVED_TERMS]) {
        const module = server.moduleGraph.getModuleById(resolved);
        if (module) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

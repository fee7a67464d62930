import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { compileInk, formatDiagnostic, type Diagnostic } from './compile.ts';
import { lintSources } from '../story/lint-source.ts';
import { readSoundIds } from '../story/sound-ids.ts';

export interface InkPluginOptions {
  /** The audio manifest whose ids the story's sound tags must name. */
  readonly soundManifest: string;
}

/**
 * `import story from './main.ink'` yields the compiled story. Every INCLUDEd file is watched;
 * saving any .ink reloads the page, and an error shows Vite's overlay at its file:line and fails the build.
 */
export function inkPlugin(options: InkPluginOptions): Plugin {
  return {
    name: 'petrograd-ink',
    enforce: 'pre',
    load(id) {
      const [path = ''] = id.split('?');
      if (!path.endsWith('.ink')) return null;
      const compiled = compileInk(path);
      compiled.files.forEach((file) => this.addWatchFile(file));
      this.addWatchFile(options.soundManifest);
      const problems: Diagnostic[] = [
        ...compiled.diagnostics.filter((d) => d.severity === 'error'),
        ...(compiled.json ? lintSources(compiled.files, readSoundIds(options.soundManifest)) : []),
      ];
      compiled.diagnostics.filter((d) => d.severity === 'warning').forEach((d) => this.warn(formatDiagnostic(d)));
      const first = problems[0];
      if (first || !compiled.json) {
        const file = first?.file ?? path;
        this.error({
          message:
            problems.map((d) => formatDiagnostic(d)).join('\n') || `could not compile ${relative(process.cwd(), path)}`,
          id: file,
          loc: { file, line: first?.line ?? 1, column: 0 },
        });
      }
      const hash = createHash('sha256')
        .update(compiled.json ?? '')
        .digest('hex')
        .slice(0, 16);
      const code = [
        `export const storyHash = ${JSON.stringify(hash)};`,
        `export default JSON.parse(${JSON.stringify(compiled.json)});`,
      ].join('\n');
      return { code, map: null };
    },
    hotUpdate({ file, server }) {
      if (!file.endsWith('.ink') && file !== options.soundManifest) return;
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.split('?')[0]?.endsWith('.ink')) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

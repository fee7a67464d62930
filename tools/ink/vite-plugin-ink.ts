import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { ROLES } from '../../src/core/roles.ts';
import { STORY_CHANGED_EVENT, type StoryChanged } from '../../src/dev/story-event.ts';
import { compileInk, formatDiagnostic, type Diagnostic } from './compile.ts';
import { rolePartSource } from './role-part.ts';
import { lintSources } from '../story/lint-source.ts';
import { readSoundIds } from '../story/sound-ids.ts';

export interface InkPluginOptions {
  /** The audio manifest whose ids the story's sound tags must name. */
  readonly soundManifest: string;
}

/**
 * `import story from './main.ink'` yields the compiled story and its hash; `main.ink?hash` only the
 * hash (saves name the whole story they belong to); `main.ink?role=lenin` only that role's part of
 * the story (see role-part.ts). Every INCLUDEd file is watched; saving any .ink tells the page, which
 * fetches the story again and carries on where it was (src/dev/live-story.ts); an error shows Vite's
 * overlay at its file:line and fails the build.
 */
export function inkPlugin(options: InkPluginOptions): Plugin {
  // the story's own files: another .ink saved in the tree (a test fixture) is none of the page's business
  const storyFiles = new Set<string>();
  return {
    name: 'petrograd-ink',
    enforce: 'pre',
    load(id) {
      const [path = '', query = ''] = id.split('?');
      if (!path.endsWith('.ink')) return null;
      const params = new URLSearchParams(query);
      const role = params.get('role');
      if (role !== null && !ROLES.some((known) => known === role))
        this.error({ message: `no role called '${role}'`, id: path, loc: { file: path, line: 1, column: 0 } });
      const compiled =
        role === null ? compileInk(path) : compileInk(path, rolePartSource(readFileSync(path, 'utf8'), role, ROLES));
      compiled.files.forEach((file) => {
        storyFiles.add(file);
        this.addWatchFile(file);
      });
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
      const storyHashLine = `export const storyHash = ${JSON.stringify(hash)};`;
      const storyLine = `export default JSON.parse(${JSON.stringify(compiled.json)});`;
      const code = role !== null ? storyLine : params.has('hash') ? storyHashLine : `${storyHashLine}\n${storyLine}`;
      return { code, map: null };
    },
    hotUpdate({ file, server }) {
      if (!storyFiles.has(file) && file !== options.soundManifest) return;
      const parts: Record<string, string> = {};
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        const [path = '', query = ''] = module.id?.split('?') ?? [];
        if (!path.endsWith('.ink')) continue;
        server.moduleGraph.invalidateModule(module);
        const role = new URLSearchParams(query).get('role');
        if (role !== null) parts[role] = module.url;
      }
      // No reload: the writers' room (src/dev) fetches the new parts and replays the path to where the
      // writer stood; a compile error then shows over the game, at its file:line, when it fetches.
      const changed: StoryChanged = { file: relative(server.config.root, file), parts };
      server.ws.send({ type: 'custom', event: STORY_CHANGED_EVENT, data: changed });
      return [];
    },
  };
}

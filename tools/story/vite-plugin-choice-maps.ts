import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { promptExcerpt } from '../../src/core/choice-map/prompt-excerpt.ts';
import { ROLES } from '../../src/core/roles.ts';
import { compileInk } from '../ink/compile.ts';
import { buildChoiceMap } from './choice-map.ts';
import { layOutChoiceMap } from './choice-map-layout.ts';

export const CHOICE_MAPS_MODULE = 'virtual:choice-maps';
const RESOLVED = `\0${CHOICE_MAPS_MODULE}`;
/** Raise when the map's shape or the way it is built changes: older cached maps are then ignored. */
const MAP_FORMAT = 3;

/**
 * `import maps from 'virtual:choice-maps'` yields each role's map of choices, built from the story at
 * build time (the game imports it lazily, when the player first opens the map).
 */
export function choiceMapsPlugin(options: { readonly entry: string; readonly cacheDir: string }): Plugin {
  return {
    name: 'petrograd-choice-maps',
    resolveId: (id) => (id === CHOICE_MAPS_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const compiled = compileInk(options.entry);
      compiled.files.forEach((file) => this.addWatchFile(file));
      // the ink plugin reports a story that does not compile, at its file:line
      if (!compiled.json) this.error(`the story does not compile, so there is no map of choices`);
      const mapsJson = cachedMaps(compiled.json, options.cacheDir);
      return { code: `export default JSON.parse(${JSON.stringify(mapsJson)});`, map: null };
    },
    hotUpdate({ file, server }) {
      if (!file.endsWith('.ink')) return;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}

/** Walking every path takes seconds; the same story always gives the same maps, so they are kept by its hash. */
function cachedMaps(storyJson: string, cacheDir: string): string {
  const hash = createHash('sha256').update(`${MAP_FORMAT}\u0000${storyJson}`).digest('hex').slice(0, 20);
  const file = join(cacheDir, `choice-maps-${hash}.json`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // not built yet for this story
  }
  const maps = JSON.stringify(
    Object.fromEntries(
      ROLES.map((role) => {
        const built = buildChoiceMap(storyJson, role);
        // a node's card shows the opening of its prompt: the whole passage would ship the story's words twice
        const map = {
          ...built,
          nodes: built.nodes.map((node) => ({ ...node, prompt: node.prompt && promptExcerpt(node.prompt) })),
        };
        return [role, { ...map, layout: layOutChoiceMap(map) }];
      }),
    ),
  );
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, maps);
  } catch {
    // a read-only checkout builds the maps every time, which is only slower
  }
  return maps;
}

import type { Plugin } from 'vite';
import { ROLES } from '../../src/core/roles.ts';
import { compileInk } from '../ink/compile.ts';
import { buildChoiceMap } from './choice-map.ts';

export const CHOICE_MAPS_MODULE = 'virtual:choice-maps';
const RESOLVED = `\0${CHOICE_MAPS_MODULE}`;

/**
 * `import maps from 'virtual:choice-maps'` yields each role's map of choices, built from the story at
 * build time (the game imports it lazily, when the player first opens the map).
 */
export function choiceMapsPlugin(options: { readonly entry: string }): Plugin {
  return {
    name: 'petrograd-choice-maps',
    resolveId: (id) => (id === CHOICE_MAPS_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const compiled = compileInk(options.entry);
      compiled.files.forEach((file) => this.addWatchFile(file));
      // the ink plugin reports a story that does not compile, at its file:line
      if (!compiled.json) this.error(`the story does not compile, so there is no map of choices`);
      const json = compiled.json;
      const maps = Object.fromEntries(ROLES.map((role) => [role, buildChoiceMap(json, role)]));
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(maps))});`, map: null };
    },
    hotUpdate({ file, server }) {
      if (!file.endsWith('.ink')) return;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}

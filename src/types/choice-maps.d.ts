declare module 'virtual:choice-maps' {
  import type { ChoiceMap } from '../core/choice-map/graph.ts';
  import type { Role } from '../core/roles.ts';
  /** Each role's map of choices (see tools/story/vite-plugin-choice-maps.ts). */
  const maps: Readonly<Record<Role, ChoiceMap>>;
  export default maps;
}

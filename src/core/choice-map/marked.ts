import type { ChoiceMap, MapEnding, MapNode, MapOption } from './graph.ts';
import type { Exploration } from './exploration.ts';

export interface MarkedOption extends MapOption {
  readonly taken: boolean;
}

export interface MarkedNode extends Omit<MapNode, 'options'> {
  readonly explored: boolean;
  /** The recorded path that first reached this choice point: a new run can start here. */
  readonly startPath: readonly number[] | null;
  readonly options: readonly MarkedOption[];
}

export interface MarkedEnding extends MapEnding {
  /** How many runs reached it (0: still hidden). */
  readonly reached: number;
}

export interface MarkedMap {
  readonly role: ChoiceMap['role'];
  /** Choice points by their distance from the start, the first row first. */
  readonly rows: readonly (readonly MarkedNode[])[];
  readonly endings: readonly MarkedEnding[];
  readonly explored: number;
  readonly total: number;
  readonly endingsReached: number;
}

/** The role's map with this player's runs laid over it. */
export function markMap(map: ChoiceMap, exploration: Exploration): MarkedMap {
  const nodes: MarkedNode[] = map.nodes.map((node) => {
    const startPath = exploration.nodes[node.id] ?? null;
    const taken = exploration.taken[node.id] ?? [];
    return {
      ...node,
      explored: startPath !== null,
      startPath,
      options: node.options.map((option) => ({ ...option, taken: taken.includes(option.text) })),
    };
  });
  const rows: MarkedNode[][] = [];
  for (const node of nodes) (rows[node.depth] ??= []).push(node);
  const endings = map.endings.map((ending) => ({ ...ending, reached: exploration.endings[ending.id] ?? 0 }));
  return {
    role: map.role,
    rows: rows.filter((row) => row.length > 0),
    endings,
    explored: nodes.filter((node) => node.explored).length,
    total: nodes.length,
    endingsReached: endings.filter((ending) => ending.reached > 0).length,
  };
}

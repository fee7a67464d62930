import * as z from 'zod/mini';
import type { Session } from '../session.ts';
import { menuId } from './graph.ts';

/**
 * What a player has explored of one role across runs: the choice points reached (with the path of
 * ink choice indices that first led there, so a new run can start from it), the options taken, and
 * the endings reached.
 */
export interface Exploration {
  readonly nodes: Readonly<Record<string, readonly number[]>>;
  readonly taken: Readonly<Record<string, readonly string[]>>;
  readonly endings: Readonly<Record<string, number>>;
}

export const EMPTY_EXPLORATION: Exploration = { nodes: {}, taken: {}, endings: {} };

const schema = z.object({
  nodes: z.record(z.string(), z.array(z.number().check(z.int(), z.nonnegative()))),
  taken: z.record(z.string(), z.array(z.string())),
  endings: z.record(z.string(), z.number().check(z.int(), z.nonnegative())),
});

/** Reads a stored exploration; anything unreadable counts as nothing explored (the game plays on). */
export function readExploration(text: string | null): Exploration {
  if (!text) return EMPTY_EXPLORATION;
  try {
    const read = z.safeParse(schema, JSON.parse(text));
    return read.success ? read.data : EMPTY_EXPLORATION;
  } catch {
    return EMPTY_EXPLORATION;
  }
}

const sameStart = (shorter: readonly number[], longer: readonly number[]): boolean =>
  shorter.every((index, position) => longer[position] === index);

/**
 * Folds the moment now shown into the exploration. `previous` is the moment shown before it: when
 * `next` is that moment plus one choice, the option taken at its choice point is recorded too.
 */
export function explore(exploration: Exploration, previous: Session | null, next: Session): Exploration {
  let { nodes, taken, endings } = exploration;
  if (next.choices.length > 0) {
    const id = menuId(next.choices);
    if (!nodes[id]) nodes = { ...nodes, [id]: next.path };
  }
  const last = next.decisions.at(-1);
  // one choice on from the moment before: not a load, a rewind or a replay
  const stepped =
    previous !== null &&
    previous.choices.length > 0 &&
    next.path.length === previous.path.length + 1 &&
    sameStart(previous.path, next.path);
  if (previous && last && stepped) {
    const at = menuId(previous.choices);
    const already = taken[at] ?? [];
    if (!already.includes(last.text)) taken = { ...taken, [at]: [...already, last.text] };
  }
  // an ending counts when play walks into it, not when a save is reopened there
  if (next.ending && (stepped || next.path.length === 0))
    endings = { ...endings, [next.ending]: (endings[next.ending] ?? 0) + 1 };
  return nodes === exploration.nodes && taken === exploration.taken && endings === exploration.endings
    ? exploration
    : { nodes, taken, endings };
}

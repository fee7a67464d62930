import { Story } from 'inkjs';

/**
 * The containers whose visit counts or turn indices the story can ever read: counts named in
 * conditions (`{knot}`), once-only choices, sequences, and divert targets (READ_COUNT, TURNS_SINCE).
 * Two states that differ only in other counts behave the same from then on, so the walk may merge them.
 */
export interface CountedPaths {
  readonly paths: ReadonlySet<string>;
  /** The story reads the global turn counter (TURNS()). */
  readonly readsTurns: boolean;
  /**
   * Every variable the story reads by name. A global set but never read (or only raised through a
   * `ref` parameter that nothing else reads) cannot change the story, so states may differ in it.
   */
  readonly readVariables: ReadonlySet<string>;
  /** Top-level knot → every knot control can reach from it (itself included); null when a divert is computed at run time. */
  readonly reach: ReadonlyMap<string, ReadonlySet<string>> | null;
}

// Control command types from inkjs's ControlCommand.CommandType
const TURNS = 11;
const VISIT_INDEX = 16;

interface Pathed {
  readonly path: { toString(): string };
}

function pathOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('path' in value)) return null;
  return (value as Pathed).path.toString();
}

function childrenOf(node: object): unknown[] {
  const children: unknown[] = [];
  if ('content' in node && Array.isArray(node.content)) children.push(...(node.content as unknown[]));
  if ('namedContent' in node && node.namedContent instanceof Map)
    children.push(...(node.namedContent as Map<string, unknown>).values());
  return children;
}

const knotOf = (path: string): string => path.split('.')[0] ?? '';

export function countedPaths(storyJson: string): CountedPaths {
  const story = new Story(storyJson);
  const paths = new Set<string>();
  const readVariables = new Set<string>();
  let readsTurns = false;
  let dynamicDivert = false;
  const edges = new Map<string, Set<string>>();
  const seen = new Set<object>();
  const link = (from: string, target: unknown): void => {
    if (typeof target !== 'object' || target === null || !('componentsString' in target)) return;
    const to = knotOf(String(target.componentsString));
    const set = edges.get(from) ?? new Set<string>();
    set.add(to);
    edges.set(from, set);
  };
  const visit = (node: unknown, parent: unknown, knot: string): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if ('variableDivertName' in node && node.variableDivertName) dynamicDivert = true;
    if ('targetPath' in node) link(knot, node.targetPath);
    if ('pathOnChoice' in node) link(knot, node.pathOnChoice);
    // a VariableReference: by name it reads a variable, by path a visit count
    if ('pathForCount' in node && 'name' in node && typeof node.name === 'string') readVariables.add(node.name);
    if ('pathForCount' in node && node.pathForCount && 'containerForCount' in node) {
      const target = pathOf(node.containerForCount);
      if (target) paths.add(target);
    }
    if ('onceOnly' in node && node.onceOnly === true && 'choiceTarget' in node) {
      const target = pathOf(node.choiceTarget);
      if (target) paths.add(target);
    }
    if ('commandType' in node) {
      if (node.commandType === VISIT_INDEX) {
        const container = pathOf(parent);
        if (container) paths.add(container);
      }
      if (node.commandType === TURNS) readsTurns = true;
    }
    if ('targetPath' in node && 'valueType' in node) {
      const target = story.ContentAtPath(node.targetPath as Parameters<Story['ContentAtPath']>[0]).container;
      const targetPath = pathOf(target);
      if (targetPath) paths.add(targetPath);
    }
    for (const child of childrenOf(node)) visit(child, node, knot === '' ? (pathOf(child) ?? '') : knot);
  };
  visit(story.mainContentContainer, null, '');
  return { paths, readsTurns, readVariables, reach: dynamicDivert ? null : closure(edges) };
}

function closure(edges: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Set<string>> {
  const reach = new Map<string, Set<string>>();
  for (const start of edges.keys()) {
    const found = new Set<string>([start]);
    const queue = [start];
    for (let knot = queue.pop(); knot !== undefined; knot = queue.pop()) {
      for (const next of edges.get(knot) ?? []) {
        if (!found.has(next)) {
          found.add(next);
          queue.push(next);
        }
      }
    }
    reach.set(start, found);
  }
  return reach;
}

/**
 * The knots the story can still enter from a saved state: everything reachable from any position
 * the state mentions (call stack, threads, pending choices). Counts elsewhere can never be read again.
 */
export function reachableKnots(flowsJson: unknown, counted: CountedPaths): ReadonlySet<string> | null {
  if (!counted.reach) return null;
  const reachable = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      const knots = counted.reach?.get(knotOf(value));
      knots?.forEach((knot) => reachable.add(knot));
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  collect(flowsJson);
  return reachable;
}

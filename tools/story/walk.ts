import { createHash } from 'node:crypto';
import { Narrator, StoryRuntimeError, type StoryProblem } from '../../src/core/narrator.ts';
import type { Beat } from '../../src/core/events.ts';
import { countWords, type Spread } from '../../src/core/explore.ts';
import { classify, outcomeOf, type ChoiceKind, type Outcome } from './choice-kinds.ts';
import { countedPaths, reachableKnots, type CountedPaths } from './counted-paths.ts';

export interface WalkProblem {
  readonly message: string;
  readonly nearText: string | null;
  /** The choices taken from the start to reach the problem (the first such path found). */
  readonly trail: readonly string[];
}

/** How many paths have each length (in words, or in choices). */
export type Histogram = Map<number, number>;

export interface WalkResult {
  readonly problems: readonly WalkProblem[];
  /** Ending id → number of distinct paths that reach it. */
  readonly endings: ReadonlyMap<string, number>;
  /** Every distinct line of text the walk met (for word counts). */
  readonly lines: ReadonlySet<string>;
  /** Titles of the `# chapter:` tags met on any path. */
  readonly chapters: ReadonlySet<string>;
  /** Distinct choice points met: the menus a player can be shown, told apart by their options. */
  readonly choicePoints: number;
  /** Distinct story states at choice points (what the memoised walk explored). */
  readonly states: number;
  readonly wordsPerPath: Histogram;
  readonly choicesPerPath: Histogram;
  /** Menus of two or more options, told apart by their options' texts, with how much their choice matters. */
  readonly choiceKinds: ReadonlyMap<string, ChoiceKind>;
}

interface Summary {
  readonly words: Histogram;
  readonly choices: Histogram;
  readonly endings: Map<string, number>;
  /** A digest of everything the story can still show from here, on every path: equal digests, equal futures. */
  readonly future: string;
}

const nowhere = (why: string): Summary => ({ words: new Map(), choices: new Map(), endings: new Map(), future: why });

const MAX_DEPTH = 400;

/**
 * Plays every reachable path of the story from `knot` (or from the top), memoising on ink's state,
 * and proves that each ends at an `# ending:` line without a runtime error, warning or dead end.
 */
export function walkStory(storyJson: string, knot?: string): WalkResult {
  const problems: WalkProblem[] = [];
  const reported = new Set<string>();
  const lines = new Set<string>();
  const chapters = new Set<string>();
  const memo = new Map<string, Summary>();
  const menus = new Set<string>();
  const choiceKinds = new Map<string, ChoiceKind>();
  const counted = countedPaths(storyJson);
  const inProgress = new Set<string>();
  let trail: string[] = [];

  const report = (message: string, nearText: string | null): void => {
    const key = `${message}|${nearText ?? ''}`;
    if (reported.has(key)) return;
    reported.add(key);
    problems.push({ message, nearText, trail: [...trail] });
  };
  const narrator = new Narrator(storyJson, {
    onProblem: (problem: StoryProblem) => report(describe(problem), problem.nearText),
  });

  const afterBeat = (beat: Beat, depth: number): Summary => {
    for (const line of beat.lines) {
      if (line.text) lines.add(line.text);
      for (const event of line.events) if (event.kind === 'chapter') chapters.add(event.title);
    }
    const words = beat.lines.reduce((sum, line) => sum + countWords(line.text), 0);
    const below = beat.choices.length > 0 ? explore(depth) : terminal(beat);
    return shift(below, words, 0);
  };

  const terminal = (beat: Beat): Summary => {
    const lastText = [...beat.lines].reverse().find((line) => line.text)?.text ?? null;
    if (!beat.ending) {
      report('dead end: the story stops here without an `# ending:` line', lastText);
      return nowhere(`dead end:${lastText ?? ''}`);
    }
    return {
      words: new Map([[0, 1]]),
      choices: new Map([[0, 1]]),
      endings: new Map([[beat.ending, 1]]),
      future: `ending:${beat.ending}`,
    };
  };

  const explore = (depth: number): Summary => {
    const state = narrator.saveState();
    const key = memoKey(state, counted);
    const known = memo.get(key);
    if (known) return known;
    if (inProgress.has(key)) {
      report('loop: the same state comes round again, so this path may never end', null);
      return nowhere(`loop:${key}`);
    }
    if (depth > MAX_DEPTH) {
      report(`a path runs past ${MAX_DEPTH} choices without ending`, null);
      return nowhere(`too deep:${key}`);
    }
    inProgress.add(key);
    const words: Histogram = new Map();
    const lengths: Histogram = new Map();
    const endings = new Map<string, number>();
    const choices = narrator.currentChoices();
    const menu = choices.map((choice) => choice.text).join('\u0000');
    menus.add(menu);
    const digest = createHash('sha1').update(menu);
    const outcomes: (Outcome | null)[] = [];
    for (const choice of choices) {
      narrator.loadState(state);
      const previousTrail = trail;
      trail = [...trail, choice.text];
      let beat: Beat | null = null;
      try {
        beat = narrator.choose(choice.index);
      } catch (error) {
        if (!(error instanceof StoryRuntimeError)) throw error;
        for (const problem of error.problems) report(describe(problem), problem.nearText);
      }
      if (beat) {
        const next = afterBeat(beat, depth + 1);
        const outcome = outcomeOf(beat, choice.text, next.future);
        outcomes.push(outcome);
        digest.update(`\u0001${outcome.shown}\u0002${outcome.next}`);
        add(words, next.words);
        add(lengths, shift(next, 0, 1).choices);
        add(endings, next.endings);
      } else {
        outcomes.push(null);
        digest.update(`\u0001error:${choice.text}`);
      }
      trail = previousTrail;
    }
    if (choices.length > 1) choiceKinds.set(menu, classify(choiceKinds.get(menu), choices[0]?.text ?? '', outcomes));
    const summary: Summary = { words, choices: lengths, endings, future: digest.digest('hex') };
    inProgress.delete(key);
    memo.set(key, summary);
    return summary;
  };

  let root: Summary = nowhere('error at the start');
  try {
    root = afterBeat(narrator.start(knot), 0);
  } catch (error) {
    if (!(error instanceof StoryRuntimeError)) throw error;
    for (const problem of error.problems) report(describe(problem), problem.nearText);
  }
  return {
    problems,
    endings: root.endings,
    lines,
    chapters,
    choicePoints: menus.size,
    states: memo.size,
    wordsPerPath: root.words,
    choicesPerPath: root.choices,
    choiceKinds,
  };
}

function describe(problem: StoryProblem): string {
  const label = { tag: 'tag', 'runtime-error': 'runtime error', 'runtime-warning': 'runtime warning' }[problem.kind];
  return `${label}: ${problem.message}`;
}

/**
 * ink's state reduced to what can change the story from here on: the variables, visit counts and
 * turn indices it never reads, the absolute turn number and the text already output are left out.
 */
export function memoKey(stateJson: string, counted: CountedPaths): string {
  const state = JSON.parse(stateJson) as Record<string, unknown>;
  const turn = typeof state['turnIdx'] === 'number' ? state['turnIdx'] : 0;
  const stillReachable = reachableKnots(state['flows'], counted);
  const keep = (counts: unknown, relativeToTurn: boolean): Record<string, number> =>
    Object.fromEntries(
      Object.entries((counts ?? {}) as Record<string, number>)
        .filter(
          ([path]) => counted.paths.has(path) && (!stillReachable || stillReachable.has(path.split('.')[0] ?? '')),
        )
        .map(([path, value]) => [path, relativeToTurn ? turn - value : value]),
    );
  const flows = Object.fromEntries(
    Object.entries((state['flows'] ?? {}) as Record<string, FlowState>).map(([name, flow]) => [
      name,
      normaliseFlow(flow),
    ]),
  );
  const variables = Object.fromEntries(
    Object.entries((state['variablesState'] ?? {}) as Record<string, unknown>).filter(([name]) =>
      counted.readVariables.has(name),
    ),
  );
  return JSON.stringify({
    ...state,
    variablesState: variables,
    flows,
    turnIdx: counted.readsTurns ? turn : 0,
    storySeed: 0,
    visitCounts: keep(state['visitCounts'], false),
    turnIndices: keep(state['turnIndices'], true),
  });
}

interface FlowState {
  readonly callstack?: { threadCounter?: number; threads?: { threadIndex?: number }[] };
  readonly currentChoices?: { originalThreadIndex?: number }[];
  readonly choiceThreads?: Record<string, { threadIndex?: number }>;
  readonly outputStream?: unknown[];
}

/** Thread numbers grow with every choice; only their distance from the newest matters. */
function normaliseFlow(flow: FlowState): FlowState {
  const counter = flow.callstack?.threadCounter ?? 0;
  const relative = (index: number | undefined): number | undefined =>
    index === undefined ? undefined : counter - index;
  return {
    ...flow,
    outputStream: [],
    callstack: {
      ...flow.callstack,
      threadCounter: 0,
      threads: flow.callstack?.threads?.map((thread) => ({ ...thread, threadIndex: relative(thread.threadIndex) })),
    },
    currentChoices: flow.currentChoices?.map((choice) => ({
      ...choice,
      originalThreadIndex: relative(choice.originalThreadIndex),
    })),
    choiceThreads:
      flow.choiceThreads &&
      Object.fromEntries(
        Object.entries(flow.choiceThreads).map(([index, thread]) => [
          String(relative(Number(index))),
          { ...thread, threadIndex: relative(thread.threadIndex) },
        ]),
      ),
  };
}

// one count of words for the walk, the explorer and the writers' panel
export { countWords };

function shift(summary: Summary, words: number, choices: number): Summary {
  const move = (histogram: Histogram, by: number): Histogram =>
    by === 0 ? histogram : new Map([...histogram].map(([length, count]) => [length + by, count]));
  return { ...summary, words: move(summary.words, words), choices: move(summary.choices, choices) };
}

function add<K>(target: Map<K, number>, source: ReadonlyMap<K, number>): void {
  for (const [key, count] of source) target.set(key, (target.get(key) ?? 0) + count);
}

export type { Spread };

export function spread(histogram: Histogram): Spread {
  const entries = [...histogram].sort(([a], [b]) => a - b);
  const paths = entries.reduce((sum, [, count]) => sum + count, 0);
  if (paths === 0) return { min: 0, median: 0, max: 0, paths: 0 };
  let seen = 0;
  let median = 0;
  for (const [length, count] of entries) {
    seen += count;
    if (seen >= paths / 2) {
      median = length;
      break;
    }
  }
  return { min: entries[0]?.[0] ?? 0, median, max: entries.at(-1)?.[0] ?? 0, paths };
}

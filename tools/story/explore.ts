import { Narrator } from '../../src/core/narrator.ts';
import {
  endingsOf,
  exploreRuns,
  LONG_PASSAGE_WORDS,
  newExplorerLog,
  spreadOf,
  type Spread,
} from '../../src/core/explore.ts';

// the run loop lives in src/core/explore.ts, shared with the writers' panel in the browser
export { LONG_PASSAGE_WORDS };

export interface ExplorerStats {
  readonly role: string;
  /** The knot the runs began at, when not the role's own start (`explore --from`). */
  readonly from?: string;
  readonly runs: number;
  readonly seed: number;
  readonly words: Spread;
  readonly choices: Spread;
  /** Ending id → how many runs reached it. */
  readonly endings: Readonly<Record<string, number>>;
  /** Lines of text that some path shows and no run reached (given the walk's lines). */
  readonly unreached: readonly string[];
  /** Passages over LONG_PASSAGE_WORDS between two choices: their first words and length. */
  readonly longPassages: readonly { readonly opening: string; readonly words: number }[];
}

/**
 * Plays `runs` seeded runs of a role, choosing uniformly at random at every choice, as an explorer
 * who does not know the history would: the figures a player meets, where path counts would let
 * the long paths outnumber the short ones.
 */
export function exploreRole(
  storyJson: string,
  role: string,
  runs: number,
  seed: number,
  allLines: ReadonlySet<string> = new Set(),
  from?: string,
): ExplorerStats {
  const narrator = new Narrator(storyJson);
  const log = newExplorerLog();
  const played = exploreRuns(narrator, () => narrator.start(from ?? role), runs, seed, log);
  return {
    role,
    ...(from === undefined ? {} : { from }),
    runs,
    seed,
    words: spreadOf(played.map((run) => run.words)),
    choices: spreadOf(played.map((run) => run.choices)),
    endings: Object.fromEntries([...endingsOf(played)].map(([id, reached]) => [id, reached.runs])),
    unreached: [...allLines].filter((line) => !log.seen.has(line)),
    longPassages: [...log.long].map(([opening, count]) => ({ opening: opening.slice(0, 80), words: count })),
  };
}

export function formatExplorer(stats: ExplorerStats): string {
  const share = (count: number): string => `${((count / stats.runs) * 100).toFixed(1)} %`;
  const endings = Object.entries(stats.endings).sort(([, a], [, b]) => b - a);
  return [
    `${stats.role}${stats.from === undefined ? '' : ` from ${stats.from}`}: ${stats.runs} explorer runs (seed ${stats.seed}), uniformly random choices`,
    `  words per run    min ${stats.words.min}  median ${stats.words.median}  max ${stats.words.max}`,
    `  choices per run  min ${stats.choices.min}  median ${stats.choices.median}  max ${stats.choices.max}`,
    `  endings: ${endings.map(([id, count]) => `${id} ${share(count)}`).join(', ')}`,
    `  lines no run reached: ${stats.unreached.length}${stats.unreached
      .slice(0, 5)
      .map((line) => `\n    "${line.slice(0, 90)}${line.length > 90 ? '…' : ''}"`)
      .join('')}${stats.unreached.length > 5 ? `\n    … and ${stats.unreached.length - 5} more` : ''}`,
    `  passages over ${LONG_PASSAGE_WORDS} words between choices: ${stats.longPassages.length}${stats.longPassages
      .map((passage) => `\n    ${passage.words} words: "${passage.opening}…"`)
      .join('')}`,
  ].join('\n');
}

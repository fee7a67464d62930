import type { Beat } from './events.ts';
import type { Narrator } from './narrator.ts';
import { seeded } from './random.ts';

/**
 * The explorer's run loop, pure, shared by the story tool (`npm run story -- explore`, in Node) and
 * the writers' panel ("explore from here", in the browser), so that both count the same way.
 */

/** A passage longer than this between two choices is a wall of text (campaigns.md: 15–20 minutes a chapter). */
export const LONG_PASSAGE_WORDS = 500;

/** A run that has not ended after this many choices is going round a loop; it is cut off and counted so. */
const MAX_CHOICES_PER_RUN = 5_000;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export interface ExplorerRun {
  /** The ending reached, or `(no ending)` for a dead end or a run cut off in a loop. */
  readonly ending: string;
  readonly words: number;
  readonly choices: number;
}

/** What runs met along the way: every line of text, and the passages over LONG_PASSAGE_WORDS. */
export interface ExplorerLog {
  readonly seen: Set<string>;
  /** A long passage's first line → its length in words. */
  readonly long: Map<string, number>;
}

export function newExplorerLog(): ExplorerLog {
  return { seen: new Set(), long: new Map() };
}

/**
 * Plays one run from `first` (the beat the run starts with), choosing uniformly at random at every
 * choice, as an explorer who does not know the history would.
 */
export function exploreRun(narrator: Narrator, first: Beat, random: () => number, log: ExplorerLog): ExplorerRun {
  let beat = first;
  let words = 0;
  let choices = 0;
  for (;;) {
    const texts = beat.lines.map((line) => line.text).filter((text) => text !== '');
    texts.forEach((text) => log.seen.add(text));
    const passage = texts.reduce((sum, text) => sum + countWords(text), 0);
    words += passage;
    if (passage > LONG_PASSAGE_WORDS) log.long.set(texts[0] ?? '', passage);
    if (beat.choices.length === 0 || choices >= MAX_CHOICES_PER_RUN) break;
    const pick = beat.choices[Math.floor(random() * beat.choices.length)] ?? beat.choices[0];
    if (!pick) break;
    beat = narrator.choose(pick.index);
    choices++;
  }
  return { ending: beat.ending ?? '(no ending)', words, choices };
}

/** `runs` seeded runs, each starting from the beat `start` gives (it resets the narrator to the starting point). */
export function exploreRuns(
  narrator: Narrator,
  start: () => Beat,
  runs: number,
  seed: number,
  log: ExplorerLog = newExplorerLog(),
): ExplorerRun[] {
  const random = seeded(seed);
  const played: ExplorerRun[] = [];
  for (let run = 0; run < runs; run++) played.push(exploreRun(narrator, start(), random, log));
  return played;
}

export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly paths: number;
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length === 0 ? 0 : (sorted[Math.floor((sorted.length - 1) / 2)] ?? 0);
  return { min: sorted[0] ?? 0, median: middle, max: sorted.at(-1) ?? 0, paths: sorted.length };
}

/** Ending id → how many runs reached it and the words it took them. */
export function endingsOf(
  runs: readonly ExplorerRun[],
): Map<string, { readonly runs: number; readonly words: Spread }> {
  const byEnding = new Map<string, number[]>();
  for (const run of runs) byEnding.set(run.ending, [...(byEnding.get(run.ending) ?? []), run.words]);
  return new Map(
    [...byEnding]
      .sort(([, a], [, b]) => b.length - a.length)
      .map(([ending, words]) => [ending, { runs: words.length, words: spreadOf(words) }]),
  );
}

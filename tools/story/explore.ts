import { Narrator } from '../../src/core/narrator.ts';
import { seeded } from '../../src/core/random.ts';
import { countWords, type Spread } from './walk.ts';

/** A passage longer than this between two choices is a wall of text (campaigns.md: 15–20 minutes a chapter). */
export const LONG_PASSAGE_WORDS = 500;

export interface ExplorerStats {
  readonly role: string;
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
): ExplorerStats {
  const random = seeded(seed);
  const narrator = new Narrator(storyJson);
  const words: number[] = [];
  const choices: number[] = [];
  const endings: Record<string, number> = {};
  const seen = new Set<string>();
  const long = new Map<string, number>();
  for (let run = 0; run < runs; run++) {
    let beat = narrator.start(role);
    let runWords = 0;
    let runChoices = 0;
    for (;;) {
      const texts = beat.lines.map((line) => line.text).filter((text) => text !== '');
      texts.forEach((text) => seen.add(text));
      const passage = texts.reduce((sum, text) => sum + countWords(text), 0);
      runWords += passage;
      if (passage > LONG_PASSAGE_WORDS) long.set(texts[0] ?? '', passage);
      if (beat.choices.length === 0) break;
      const pick = beat.choices[Math.floor(random() * beat.choices.length)] ?? beat.choices[0];
      if (!pick) break;
      beat = narrator.choose(pick.index);
      runChoices++;
    }
    const ending = beat.ending ?? '(no ending)';
    endings[ending] = (endings[ending] ?? 0) + 1;
    words.push(runWords);
    choices.push(runChoices);
  }
  return {
    role,
    runs,
    seed,
    words: spreadOf(words),
    choices: spreadOf(choices),
    endings,
    unreached: [...allLines].filter((line) => !seen.has(line)),
    longPassages: [...long].map(([opening, count]) => ({ opening: opening.slice(0, 80), words: count })),
  };
}

function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length === 0 ? 0 : (sorted[Math.floor((sorted.length - 1) / 2)] ?? 0);
  return { min: sorted[0] ?? 0, median: middle, max: sorted.at(-1) ?? 0, paths: sorted.length };
}

export function formatExplorer(stats: ExplorerStats): string {
  const share = (count: number): string => `${((count / stats.runs) * 100).toFixed(1)} %`;
  const endings = Object.entries(stats.endings).sort(([, a], [, b]) => b - a);
  return [
    `${stats.role}: ${stats.runs} explorer runs (seed ${stats.seed}), uniformly random choices`,
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

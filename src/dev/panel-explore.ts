import {
  endingsOf,
  exploreRun,
  LONG_PASSAGE_WORDS,
  newExplorerLog,
  spreadOf,
  type ExplorerRun,
} from '../core/explore.ts';
import { Narrator } from '../core/narrator.ts';
import { seeded } from '../core/random.ts';
import { el } from '../ui/dom.ts';
import type { DevRoom } from './room.ts';

export const EXPLORE_RUNS = 200;
export const EXPLORE_SEED = 1917;
/** Runs between two paints: 200 runs take a second or two, and the page must not freeze meanwhile. */
const RUNS_PER_SLICE = 10;

const nextSlice = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));

/** "Explore from here": seeded random runs from the moment on screen, with the endings reached and the words to each. */
export function createExploreSection(room: DevRoom): { element: HTMLElement } {
  const button = el('button', { type: 'button' }, `Explore from here (${EXPLORE_RUNS} runs)`);
  const result = el('div', { 'aria-live': 'polite' });
  const element = el(
    'section',
    { 'aria-labelledby': 'writers-explore' },
    el('h3', { id: 'writers-explore' }, 'Explore from here'),
    button,
    result,
  );
  const explore = async (): Promise<void> => {
    const session = room.director.current();
    if (!session) return;
    const narrator = new Narrator(room.live.part(session.role));
    const start = () => {
      narrator.loadState(session.inkState);
      return { lines: [], choices: narrator.currentChoices(), ending: session.ending };
    };
    const random = seeded(EXPLORE_SEED);
    const log = newExplorerLog();
    const runs: ExplorerRun[] = [];
    button.disabled = true;
    while (runs.length < EXPLORE_RUNS) {
      for (let slice = 0; slice < RUNS_PER_SLICE && runs.length < EXPLORE_RUNS; slice++)
        runs.push(exploreRun(narrator, start(), random, log));
      result.replaceChildren(el('p', {}, `Exploring… ${runs.length} of ${EXPLORE_RUNS}`));
      await nextSlice();
    }
    button.disabled = false;
    const words = spreadOf(runs.map((run) => run.words));
    const choices = spreadOf(runs.map((run) => run.choices));
    result.replaceChildren(
      el(
        'p',
        {},
        `${EXPLORE_RUNS} runs (seed ${EXPLORE_SEED}) from ${session.scene.chapter ?? 'here'}: words ${words.min}–${words.max} (median ${words.median}), choices ${choices.min}–${choices.max} (median ${choices.median}).`,
      ),
      el(
        'table',
        { class: 'writers-table', 'data-explore': 'endings' },
        el(
          'thead',
          {},
          el('tr', {}, el('th', {}, 'ending'), el('th', {}, 'runs'), el('th', {}, 'words to it (min–max, median)')),
        ),
        el(
          'tbody',
          {},
          ...[...endingsOf(runs)].map(([ending, { runs: count, words: to }]) =>
            el(
              'tr',
              {},
              el('th', { scope: 'row' }, ending),
              el('td', {}, `${count} (${((count / EXPLORE_RUNS) * 100).toFixed(1)} %)`),
              el('td', {}, `${to.min}–${to.max}, ${to.median}`),
            ),
          ),
        ),
      ),
      ...(log.long.size > 0
        ? [el('p', {}, `Passages over ${LONG_PASSAGE_WORDS} words between choices: ${log.long.size}.`)]
        : []),
    );
  };
  button.addEventListener('click', () => {
    explore().catch((error: unknown) => {
      button.disabled = false;
      result.replaceChildren(el('p', {}, `The story failed on a run: ${String(error)}`));
    });
  });
  return { element };
}

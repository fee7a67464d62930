import { loadOnce } from '../../app/load-once.ts';
import type { CodexEntry } from '../../core/codex-entry.ts';
import type { CodexBrowser } from './browser.ts';
import type { CodexCard } from './card.ts';

export interface LazyCodex {
  /** Opens an entry's card beside the word that named it. */
  openCard(id: string, link: HTMLElement): void;
  /** Opens the browsable codex, at an entry if given. */
  openBrowser(id?: string): void;
}

/**
 * The codex's card and browser, built the first time either is wanted: their text arrives with the
 * library, which the first page does not need. If it cannot arrive, the player is told. `told` gives
 * what the run on screen said became of an entry in this telling, read each time an entry opens.
 */
export function createLazyCodex(
  entries: () => Promise<readonly CodexEntry[]>,
  mount: (elements: readonly HTMLElement[]) => void,
  failed: (message: string) => void,
  told: (id: string) => readonly string[] = () => [],
): LazyCodex {
  const views = loadOnce(() =>
    Promise.all([entries(), import('./codex-views.ts')]).then(([loaded, module]) => {
      const built = { card: module.createCodexCard(loaded, told), browser: module.createCodexBrowser(loaded, told) };
      mount([built.card.element, built.browser.element]);
      return built;
    }),
  );
  const run = (action: (built: { card: CodexCard; browser: CodexBrowser }) => void): void => {
    views.load().then(action, () => {
      failed('The codex could not be loaded: the connection may be down. The story plays on without it.');
    });
  };
  return {
    openCard: (id, link) => {
      run(({ card }) => card.open(id, link));
    },
    openBrowser: (id) => {
      run(({ browser }) => browser.open(id));
    },
  };
}

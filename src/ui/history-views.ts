import type { Bus } from '../app/bus.ts';
import type { Director } from '../app/director.ts';
import { createExplorationStore } from '../app/exploration-store.ts';
import type { GameEvents } from '../app/game-events.ts';
import type { DebriefContent } from '../core/debrief/debrief.ts';
import type { KeyValueStore } from '../platform/storage.ts';
import type { ChoiceMapActions } from './choice-map-dialog.ts';
import { createDebriefPanel } from './debrief-panel.ts';
import { HISTORY_ENTRY_LABELS } from './history-entry-labels.ts';
import { lazyView } from './lazy-view.ts';

export interface HistoryViewsOptions {
  readonly bus: Bus<GameEvents>;
  readonly store: KeyValueStore;
  readonly director: Director;
  readonly showGame: () => void;
  /** The real timeline, the historians' notes and the codex (its people bring their real fates). */
  readonly content: () => Promise<DebriefContent>;
  /** Fetches every role's story, so that a run can start from any point of the maps. */
  readonly storiesReady: () => Promise<void>;
  /** Puts a dialog on the page, once it has been built (each is built the first time it is opened). */
  readonly mount: (element: HTMLElement) => void;
  /** A dialog's module could not be fetched (the connection may be down). */
  readonly failed: (message: string) => void;
}

interface Entry {
  readonly label: string;
  run(): void;
}

/**
 * The views that set the run beside history: the ledger (on demand), the debrief (at every ending),
 * the map of choices and the endings gallery (from the menu, the title and the debrief, never forced).
 */
export function createHistoryViews(options: HistoryViewsOptions): {
  /** The debrief, under the story's choices. */
  readonly debrief: HTMLElement;
  readonly menuEntries: readonly Entry[];
  /** The title's buttons for these (drawn by the title itself, before this module has loaded). */
  openEndings(): void;
  openMap(): void;
} {
  const { bus, director } = options;
  const exploration = createExplorationStore(bus, options.store);
  const mapActions: ChoiceMapActions = {
    // a run may start from any point of any role's map, so every role's story comes with the maps
    loadMaps: () =>
      Promise.all([import('virtual:choice-maps'), options.storiesReady()]).then(([module]) => module.default),
    exploration: (role) => exploration.get(role),
    currentRole: () => director.current()?.role ?? null,
    startAt: (role, path) => {
      options.showGame();
      director.startAt(role, path);
    },
  };
  const unavailable = (what: string) => () =>
    options.failed(`The ${what} could not be loaded: the connection may be down. The story plays on without it.`);
  // none of these is on the first page: each is a chunk of its own, fetched when first opened
  const choiceMap = lazyView(
    () => import('./choice-map-dialog.ts').then((module) => module.createChoiceMapDialog(mapActions)),
    options.mount,
    unavailable('map of choices'),
  );
  const endings = lazyView(
    () => import('./endings-gallery.ts').then((module) => module.createEndingsGallery(mapActions)),
    options.mount,
    unavailable('gallery of endings'),
  );
  const ledger = lazyView(
    () => import('./ledger-dialog.ts').then((module) => module.createLedgerDialog(() => director.current())),
    options.mount,
    unavailable('ledger'),
  );
  const openMap = (): void => choiceMap((view) => view.open());
  const openEndings = (): void => endings((view) => view.open());
  const debrief = createDebriefPanel(bus, options.content, { openMap, openEndings });
  return {
    debrief: debrief.element,
    menuEntries: [
      { label: HISTORY_ENTRY_LABELS.ledger, run: () => ledger((view) => view.open()) },
      { label: HISTORY_ENTRY_LABELS.map, run: openMap },
      { label: HISTORY_ENTRY_LABELS.endings, run: openEndings },
    ],
    openEndings,
    openMap,
  };
}

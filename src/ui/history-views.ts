import type { Bus } from '../app/bus.ts';
import type { Director } from '../app/director.ts';
import { createExplorationStore } from '../app/exploration-store.ts';
import type { GameEvents } from '../app/game-events.ts';
import type { DebriefContent } from '../core/debrief/debrief.ts';
import type { KeyValueStore } from '../platform/storage.ts';
import { createChoiceMapDialog } from './choice-map-dialog.ts';
import { createDebriefPanel } from './debrief-panel.ts';
import { createEndingsGallery } from './endings-gallery.ts';
import { HISTORY_ENTRY_LABELS } from './history-entry-labels.ts';
import { createLedgerDialog } from './ledger-dialog.ts';

export interface HistoryViewsOptions {
  readonly bus: Bus<GameEvents>;
  readonly store: KeyValueStore;
  readonly director: Director;
  readonly showGame: () => void;
  /** The real timeline, the historians' notes and the codex (its people bring their real fates). */
  readonly content: () => Promise<DebriefContent>;
  /** Fetches every role's story, so that a run can start from any point of the maps. */
  readonly storiesReady: () => Promise<void>;
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
  /** Dialogs, for the page root. */
  readonly dialogs: readonly HTMLElement[];
  /** The debrief, under the story's choices. */
  readonly debrief: HTMLElement;
  readonly menuEntries: readonly Entry[];
  /** The title's buttons for these (drawn by the title itself, before this module has loaded). */
  openEndings(): void;
  openMap(): void;
} {
  const { bus, director } = options;
  const exploration = createExplorationStore(bus, options.store);
  const mapActions = {
    // a run may start from any point of any role's map, so every role's story comes with the maps
    loadMaps: () =>
      Promise.all([import('virtual:choice-maps'), options.storiesReady()]).then(([module]) => module.default),
    exploration: (role: Parameters<Director['startAt']>[0]) => exploration.get(role),
    currentRole: () => director.current()?.role ?? null,
    startAt: (role: Parameters<Director['startAt']>[0], path: readonly number[]) => {
      options.showGame();
      director.startAt(role, path);
    },
  };
  const choiceMap = createChoiceMapDialog(mapActions);
  const endings = createEndingsGallery(mapActions);
  const ledger = createLedgerDialog(() => director.current());
  const debrief = createDebriefPanel(bus, options.content, {
    openMap: () => choiceMap.open(),
    openEndings: () => endings.open(),
  });
  const openMap: Entry = { label: HISTORY_ENTRY_LABELS.map, run: () => choiceMap.open() };
  const openEndings: Entry = { label: HISTORY_ENTRY_LABELS.endings, run: () => endings.open() };
  return {
    dialogs: [choiceMap.element, endings.element, ledger.element],
    debrief: debrief.element,
    menuEntries: [{ label: HISTORY_ENTRY_LABELS.ledger, run: () => ledger.open() }, openMap, openEndings],
    openEndings: () => endings.open(),
    openMap: () => choiceMap.open(),
  };
}

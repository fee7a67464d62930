import type { Bus } from '../../app/bus.ts';
import type { ClubMode } from '../../app/club-mode.ts';
import type { ClubStore } from '../../app/club-store.ts';
import type { Director } from '../../app/director.ts';
import type { GameEvents } from '../../app/game-events.ts';
import type { CodexEntry } from '../../core/codex-entry.ts';
import type { BranchNote } from '../../core/debrief/content.ts';
import type { Role } from '../../core/roles.ts';
import { createChooseAgainDialog } from './choose-again-dialog.ts';
import { loadMenuWeights } from './club-weights.ts';
import { createPreviouslyDialog } from './previously-dialog.ts';
import type { NamedStart } from '../../core/club-starts.ts';
import { loadOnce } from '../../app/load-once.ts';
import { lazyView } from '../lazy-view.ts';
import { createVotePanel } from './vote-panel.ts';
import { createCrowdEntry } from '../crowd/crowd-entry.ts';
import './club.css';

export interface ClubViewsOptions {
  readonly bus: Bus<GameEvents>;
  readonly director: Director;
  readonly club: ClubMode;
  readonly clubs: ClubStore;
  /** Puts the story (or the report page) on screen. */
  readonly showGame: () => void;
  readonly showReport: (page: HTMLElement) => void;
  /** Back to the title screen (from the handouts a facilitator opened before the lesson). */
  readonly showTitle: () => void;
  /** The codex's entries and the historians' notes (the handouts' glossary and questions); rejects when they cannot be fetched. */
  readonly reference: () => Promise<{
    readonly codex: readonly CodexEntry[];
    readonly notes: ReadonlyMap<string, BranchNote>;
  }>;
  /** A role's story as text (its part must have arrived): the glossary keeps the entries it names. */
  readonly storyText: (role: Role) => string;
  /** Fetches every role's story: a group may start or resume any of them. */
  readonly storiesReady: () => Promise<void>;
  readonly notice: (message: string) => void;
  /** Puts a dialog on the page once it is built (the club's dialog is built when it is first opened). */
  readonly mount: (element: HTMLElement) => void;
}

/**
 * Club mode's screens: the dialog that starts or resumes a group, the decision panel under the
 * story, and the report page. Large type for a projector is switched on with `data-club` on <html>.
 */
export function createClubViews(options: ClubViewsOptions) {
  const { bus, director, club, clubs } = options;
  const previously = createPreviouslyDialog();
  // which menus are key decisions: wanted once a group plays, never by the title
  const weights = loadOnce(loadMenuWeights);
  const weighMenus = (): void => {
    weights.load().then(
      (loaded) => {
        club.useWeights(loaded);
        panel.reweigh(director.current());
      },
      (error: unknown) => {
        console.warn('[club]', error);
        options.notice(
          'Which choices are key decisions could not be loaded (are you offline?): every choice is put to the vote.',
        );
      },
    );
  };
  // crowd play: the facilitator's switch in the dialog; the room opens once the group's session is on screen
  const crowd = createCrowdEntry({
    bus,
    current: () => director.current(),
    panel: {
      useLive: (live) => panel.useLive(live),
      liveChanged: () => panel.liveChanged(),
      countVotes: () => panel.countVotes(),
    },
    notice: options.notice,
  });
  // a facilitator's dialog, not the first page's: its module is fetched when it is first opened
  const dialog = lazyView(
    () =>
      Promise.all([import('./club-dialog.ts'), import('../../core/club-starts.ts')]).then(
        ([{ createClubDialog }, { NAMED_STARTS, resolveStart }]) =>
          createClubDialog({
            extraFields: [crowd.field],
            storageAvailable: clubs.available,
            slots: () => clubs.list(),
            hasFreeSlot: () => clubs.freeSlot() !== null,
            start(groupName, role, how) {
              options.showGame();
              const named = NAMED_STARTS.find((start) => start.id === how.startId && start.role === role) ?? null;
              const from = named ? resolveStart(director, named) : null;
              if (named && !from)
                options.notice(
                  `“${named.title}” could not be found in this version of the story: the group starts at the beginning.`,
                );
              club.start(groupName, role, { keyOnly: how.keyOnly, from: from ?? [] });
              crowd.begin();
              if (named && from) previously.show(named);
            },
            resume(slot) {
              weighMenus();
              options.showGame();
              const outcome = club.resume(slot);
              if (!outcome.ok) director.toTitle();
              else crowd.begin();
              return outcome;
            },
            remove: (slot) => clubs.remove(slot),
            openHandouts: (role, groupName) => openHandouts({ role, groupName }),
          }),
      ),
    options.mount,
    () =>
      options.notice(
        'The club’s dialog could not be loaded: the connection may be down. Reload the page to try again.',
      ),
  );
  // the report page (and its Markdown) is wanted at the end of a session, not on the first page
  const report = loadOnce(async () =>
    (await import('./report-screen.ts')).createReportScreen({
      report: () => club.report(),
      back: () => options.showGame(),
      print: () => window.print(),
      openHandouts: () => openHandouts(),
    }),
  );
  /** Where the handouts' Back goes: the report they were opened from, or the club dialog before a lesson. */
  let handoutsFrom: 'report' | 'dialog' = 'report';
  const handouts = loadOnce(async () => {
    const module = await import('./handouts-screen.ts');
    const screen = module.createHandoutsScreen({
      back: () => {
        if (handoutsFrom === 'report') return openReport();
        options.showTitle();
        openDialog();
      },
      print: () => window.print(),
    });
    return { screen, module };
  });
  /** The group's session's handouts (from its report), or a role's before any session (from the dialog). */
  const openHandouts = (before?: { readonly role: Role; readonly groupName: string }): void => {
    const session = director.current();
    const shown = before ? null : club.report();
    const role = before?.role ?? session?.role;
    if (!role || (!before && !shown)) return;
    handoutsFrom = before ? 'dialog' : 'report';
    const empty = { codex: [], notes: new Map<string, BranchNote>() };
    Promise.all([handouts.load(), options.reference().catch(() => empty), options.storiesReady()]).then(
      ([{ screen, module }, reference]) => {
        const sources = { ...reference, storyText: options.storyText(role) };
        screen.show(
          shown
            ? module.handoutsOf(shown, role, sources)
            : module.handoutsForRole(role, before?.groupName ?? '', sources),
        );
        options.showReport(screen.element);
        screen.focus();
      },
      (error: unknown) => {
        console.warn('[club]', error);
        options.notice('The handouts could not be loaded (are you offline?). Try again.');
      },
    );
  };
  const openReport = (): void => {
    report.load().then(
      (screen) => {
        if (!screen.refresh()) return;
        options.showReport(screen.element);
        screen.focus();
      },
      (error: unknown) => {
        console.warn('[club]', error);
        options.notice('The session report could not be loaded (are you offline?). The record is kept; try again.');
      },
    );
  };
  const panel = createVotePanel(bus, {
    active: () => club.active(),
    groupName: () => club.groupName(),
    timerMinutes: () => club.timerMinutes(),
    setTimerMinutes: (minutes) => club.setTimerMinutes(minutes),
    decide: (tally, position, reason) => club.decide(tally, position, reason, crowd.voices()),
    continueOn: () => club.continueOn(),
    weigh: (choices) => club.weigh(choices),
    keyOnly: () => club.keyOnly(),
    settledOption: (choices) => club.settledOption(choices),
    settle: (position) => club.settle(position),
    openReport,
    toTitle: () => director.toTitle(),
  });
  club.onChange((active) => {
    document.documentElement.toggleAttribute('data-club', active);
    if (!active) crowd.end();
    panel.refresh();
  });
  const openDialog = (): void => {
    weighMenus();
    options.storiesReady().then(
      () => dialog((view) => view.open()),
      (error: unknown) => options.notice(error instanceof Error ? error.message : String(error)),
    );
  };
  const chooseAgain = createChooseAgainDialog();
  /**
   * The director the story column uses: in club mode "Choose again here" first says what it sets
   * aside and waits for the facilitator's yes; outside club mode it goes back at once, as ever.
   */
  const askingDirector: Director = {
    ...director,
    rewindTo(choiceNumber) {
      const cost = club.chooseAgainCost(choiceNumber);
      if (!cost) return director.rewindTo(choiceNumber);
      chooseAgain.ask(cost, () => director.rewindTo(choiceNumber));
      return false;
    },
  };
  return {
    dialogs: [chooseAgain.element, previously.element],
    panel: panel.element,
    askingDirector,
    openDialog,
    openReport,
    /** "Previously", for a solo run begun at a named start too (one dialog on the page). */
    showPreviously: (start: NamedStart): void => previously.show(start),
  };
}

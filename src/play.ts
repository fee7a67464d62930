import { storyHash } from '../story/main.ink?hash';
import codexTerms from 'virtual:codex-terms';
import { createBus, type Bus } from './app/bus.ts';
import { createClubMode } from './app/club-mode.ts';
import { createClubStore } from './app/club-store.ts';
import { createLibraryLoader } from './app/library.ts';
import { createDirector } from './app/director.ts';
import { createRoleStories } from './app/role-stories.ts';
import { createSaveSlots } from './app/save-slots.ts';
import type { GameEvents } from './app/game-events.ts';
import { volumesOf, type SettingsStore } from './app/settings.ts';
import { createAudioPresenter } from './audio/audio-presenter.ts';
import { loadOnce } from './app/load-once.ts';
import type { Role } from './core/roles.ts';
import { EMPTY_SCENE, type SceneState } from './core/scene.ts';
import { tellingsOf } from './core/session.ts';
import { afterOrLatest, afterWordsSettle } from './platform/after-paint.ts';
import { registerOfflineSupport, servedOffline, watchConnection } from './platform/offline.ts';
import { nextTask } from './platform/next-task.ts';
import { whenReaderIdle } from './platform/reader-idle.ts';
import type { KeyValueStore } from './platform/storage.ts';
import type { Appearance } from './ui/appearance.ts';
import { createCaptions } from './ui/captions.ts';
import { createMapPeek } from './ui/map-peek.ts';
import { createLazyCodex } from './ui/codex/lazy-codex.ts';
import { createClubViews } from './ui/club/club-views.ts';
import { createGameScreen } from './ui/game-screen.ts';
import { createHistoryViews } from './ui/history-views.ts';
import { createMenu } from './ui/menu.ts';
import { createProblemDialog, type NoticesView } from './ui/notices.ts';
import { createPassageText } from './ui/passage-text.ts';
import { createSaveFlow } from './ui/save-flow.ts';
import { lazyView } from './ui/lazy-view.ts';
import { ROLE_CARDS } from './ui/role-cards.ts';
import type { TitleScreen } from './ui/title-screen.ts';
import type { WebFaces } from './ui/web-faces.ts';

/** What the boot module (src/boot.ts) has already built and put on screen. */
export interface BootParts {
  readonly root: HTMLElement;
  readonly stageRoot: HTMLElement;
  /** The page's <main>, showing the title screen. */
  readonly main: HTMLElement;
  readonly store: KeyValueStore;
  readonly settings: SettingsStore;
  readonly appearance: Appearance;
  readonly notices: NoticesView;
  readonly title: TitleScreen;
  /** The game's typefaces, on their way since the title was painted. */
  readonly faces: WebFaces;
}

/** What the title screen's buttons do, once this module has arrived. */
export interface TitleIntents {
  continueGame(): void;
  openSaves(): void;
  openSettings(): void;
  chooseRole(role: Role): void;
  openClub(): void;
  openEndings(): void;
  openMap(): void;
  openStarts(): void;
}

/**
 * The composition root: builds every part beyond the title screen and wires them through the bus.
 * The boot module fetches it beside the title and runs the title's buttons through what it returns.
 */
export function startPlay(parts: BootParts): TitleIntents {
  const { root, stageRoot, main, store, settings, appearance, notices, title, faces } = parts;
  const bus = createBus<GameEvents>();
  const stories = createRoleStories();
  const director = createDirector({
    story: (role) => stories.part(role),
    storyHash,
    bus,
    store,
    onStoryProblem: (problem) => {
      if (import.meta.env.DEV)
        console.warn(`[story] ${problem.kind}: ${problem.message} (near "${problem.nearText ?? ''}")`);
    },
  });

  // the dialogs built when first opened (lazyView) go on the page's root then
  const mount = (element: HTMLElement): void => root.append(element);
  const library = createLibraryLoader((message) => console.warn(`[debrief] ${message}`));
  // the debrief's sections for a club's report: not on the first page, fetched at rest with the library
  const debriefReport = loadOnce(() =>
    Promise.all([import('./core/debrief/debrief.ts'), import('./core/debrief/report-sections.ts')]).then(
      ([{ buildDebrief }, { debriefSections }]) => ({
        sections: (...args: Parameters<typeof buildDebrief>) => debriefSections(buildDebrief(...args)),
      }),
    ),
  );
  const historyViews = createHistoryViews({
    bus,
    store,
    director,
    showGame: () => showScreen('game'),
    content: () => library.load(),
    storiesReady: () => stories.readyAll(),
    mount,
    failed: (message) => notices.show('view-missing', message),
  });
  const audio = createAudioPresenter({
    bus,
    // the first sound waits for the first words to be painted: text first, then howler and its files
    loadBank: () =>
      afterWordsSettle()
        .then(() => import('./audio/load-sound-bank.ts'))
        .then(({ loadSoundBank }) => loadSoundBank()),
    isMuted: () => settings.get().muted,
    volumes: () => volumesOf(settings.get()),
    // the caption shows and play goes on; a writer running the game in development learns which id failed
    onFailure: (message) => {
      if (import.meta.env.DEV) console.warn(`[audio] ${message}`);
      if (!message.startsWith('no sound'))
        notices.pass(
          'sound-failed',
          'A sound could not be played in this browser; its caption stands in for it, and the game goes on.',
        );
    },
  });
  settings.subscribe((changed) => {
    audio.setVolumes(volumesOf(changed));
    audio.setMuted(changed.muted);
  });
  // a hidden tab holds its sound where it is and goes on from there when it is shown again
  document.addEventListener('visibilitychange', () => audio.setPaused(document.visibilityState === 'hidden'));
  const settingsDialog = lazyView(
    () =>
      import('./ui/settings-dialog.ts').then(({ createSettingsDialog }) =>
        createSettingsDialog({ settings, systemPrefersReducedMotion: () => appearance.systemPrefersReduced() }),
      ),
    mount,
    () =>
      notices.show(
        'view-missing',
        'The settings could not be loaded: the connection may be down. The story plays on as it was.',
      ),
  );
  const openSettings = (): void => settingsDialog((dialog) => dialog.open());
  const saveFlow = createSaveFlow({
    director,
    slots: createSaveSlots(store, storyHash),
    storyReady: (role) => stories.ready(role),
    storyHash,
    showGame: () => showScreen('game'),
    showTitle: () => showScreen('title'),
    inGame: () => document.body.dataset['screen'] === 'game',
    notice: (id, message) => notices.show(id, message),
  });
  const codex = createLazyCodex(
    () => library.load().then(({ codex: entries }) => entries),
    (elements) => root.append(...elements),
    (message) => notices.show('codex-missing', message),
    (id) => tellingsOf(director.current()?.tellings ?? [], id),
  );
  const clubs = createClubStore(store, storyHash);
  const club = createClubMode({
    director,
    bus,
    clubs,
    roleName: (role) => ROLE_CARDS.find((card) => card.role === role)?.name ?? role,
    // the library and the debrief's code arrive while the story's first page is read, long before a
    // group's report is opened
    extraSections: () => {
      const session = director.current();
      const loaded = library.now();
      const code = debriefReport.now();
      return session && loaded && code ? code.sections(session, loaded) : [];
    },
  });
  const clubViews = createClubViews({
    bus,
    director,
    club,
    clubs,
    showGame: () => showScreen('game'),
    showReport: (page) => showScreen('report', page),
    storiesReady: () => stories.readyAll(),
    showTitle: () => showScreen('title'),
    reference: () => library.load(),
    storyText: (role) => {
      const part = stories.part(role);
      return typeof part === 'string' ? part : JSON.stringify(part);
    },
    notice: (message) => notices.show('story-part', message),
    mount,
  });
  const menu = createMenu({
    openCodex: () => codex.openBrowser(),
    openClubReport: () => clubViews.openReport(),
    inClub: () => club.active(),
    restartChapter: () => director.restartChapter(),
    restartRole: () => director.restartRole(),
    openSaves: () => saveFlow.openSaves(),
    openSettings,
    toTitle: () => director.toTitle(),
    isMuted: () => settings.get().muted,
    extras: historyViews.menuEntries,
    setMuted: (muted) => settings.update({ muted }),
  });
  const problem = createProblemDialog(
    () => director.goBack(),
    () => director.toTitle(),
  );
  const peek = createMapPeek();
  // a solo run begun at a named decision: the choices before it are history's, told in a "previously"
  // (the dialog and the starts' texts are fetched when it is first opened, not on the first page)
  const startAt = lazyView(
    () =>
      Promise.all([import('./ui/start-at-dialog.ts'), import('./core/club-starts.ts')]).then(
        ([{ createStartAtDialog }, { NAMED_STARTS, resolveStart }]) =>
          createStartAtDialog(NAMED_STARTS, (start) => {
            stories.ready(start.role).then(
              () => {
                showScreen('game');
                const path = resolveStart(director, start);
                const began = path ? { title: start.title, date: start.date, choices: path.length } : undefined;
                if (path && director.startAt(start.role, path, began)) return clubViews.showPreviously(start);
                notices.show(
                  'start-at',
                  `“${start.title}” could not be found in this version of the story: the run starts at the beginning.`,
                );
                director.startRole(start.role);
              },
              (error: unknown) => notices.show('story-part', error instanceof Error ? error.message : String(error)),
            );
          }),
      ),
    mount,
    () =>
      notices.show(
        'view-missing',
        'The list of decisions could not be loaded: the connection may be down. Reload the page to try again.',
      ),
  );
  const game = createGameScreen(
    bus,
    clubViews.askingDirector, // in club mode, "choose again here" asks before it sets votes aside
    () => menu.open(),
    () => settings.get().reveal === 'paced',
    createPassageText(codexTerms, (id, link) => codex.openCard(id, link)),
    [peek.open],
  );
  game.element.append(clubViews.panel, historyViews.debrief);
  root.append(createCaptions(bus), menu.element, problem.element, ...saveFlow.elements, peek.element);
  root.append(...clubViews.dialogs);

  const showScreen = (screen: 'title' | 'game' | 'report', page?: HTMLElement): void => {
    if (screen === 'title') title.refresh();
    if (peek.showing()) peek.hide();
    // the words on screen are all about to be replaced: the moment the game's typefaces may take over
    faces.useIfLoaded();
    main.replaceChildren(screen === 'title' ? title.element : screen === 'report' && page ? page : game.element);
    document.body.dataset['screen'] = screen;
  };

  bus.on('notice', ({ id, message }) => notices.show(id, message));
  bus.on('problem', ({ message, detail, canGoBack }) => problem.show(message, detail, canGoBack));
  bus.on('title', () => {
    showScreen('title');
    title.focus();
  });

  document.addEventListener('keydown', (event) => {
    if (document.querySelector('dialog[open]')) return; // the dialog has the keyboard (Escape closes it)
    // M: the map and the clock for a moment (in club mode too: it chooses nothing)
    if (document.body.dataset['screen'] === 'game' && peek.handleKey(event)) return event.preventDefault();
    // in club mode the room votes: a stray number key must not choose for it
    if (document.body.dataset['screen'] === 'game' && !club.active() && game.handleKey(event)) event.preventDefault();
  });

  startStageWhenIdle(stageRoot, bus, appearance, (message) => notices.show('no-map', message));
  // the writers' room (edit in place, the writers' panel): development only, so the build never holds it
  if (import.meta.env.DEV)
    void import('./dev/writers-room.ts').then(({ startWritersRoom }) =>
      startWritersRoom({ bus, director, stories, storyHash, root, showGame: () => showScreen('game') }),
    );
  const storyShown = new Promise<void>((resolve) => {
    const stop = bus.on('session', () => {
      stop();
      resolve();
    });
  });
  // once the first words have settled (or the title has stayed a while): what the first page did not need
  const atRest = afterOrLatest(storyShown, AT_REST_LATEST_MS);
  // the codex, the debrief's content and the club report need the library
  atRest
    .then(() => Promise.all([library.load(), debriefReport.load()]))
    .catch((error: unknown) => {
      console.warn('[library]', error);
    });
  startOfflineSupport(notices, atRest);

  // a pointer on a role card, or the keyboard's focus: that role's story starts on its way before the click
  const prepareRole = (event: Event): void => {
    const role =
      event.target instanceof Element ? event.target.closest('[data-role]')?.getAttribute('data-role') : null;
    const known = ROLE_CARDS.find((card) => card.role === role);
    if (known) stories.ready(known.role).catch(() => undefined); // a failure is reported when the card is chosen
  };
  title.element.addEventListener('pointerover', prepareRole);
  title.element.addEventListener('focusin', prepareRole);

  return {
    continueGame: () => saveFlow.continueGame(),
    openSaves: () => saveFlow.openSaves(),
    openSettings,
    chooseRole: (role) => {
      stories
        .ready(role)
        // A task each: building the story, playing its opening, and laying out its first page held a
        // laptop without a GPU for a long moment when done at once (issue 19).
        .then(() => nextTask())
        .then(() => director.prepareStory(role))
        .then(() => nextTask())
        .then(() => director.prepareOpening(role))
        .then(() => nextTask())
        .then(
          () => {
            showScreen('game');
            director.startRole(role);
          },
          (error: unknown) => notices.show('story-part', error instanceof Error ? error.message : String(error)),
        );
    },
    openClub: () => clubViews.openDialog(),
    openEndings: () => historyViews.openEndings(),
    openMap: () => historyViews.openMap(),
    openStarts: () => startAt((dialog) => dialog.open()),
  };
}

/** How long the title may stay on screen before what the first page does not need is fetched anyway. */
const AT_REST_LATEST_MS = 8_000;

/** At rest: cache the game for offline play, offer updates; and say when the network goes. */
function startOfflineSupport(notices: NoticesView, atRest: Promise<void>): void {
  watchConnection((online) => {
    if (online) {
      notices.clear('offline');
      return;
    }
    notices.show(
      'offline',
      servedOffline()
        ? 'You are offline. The game plays on: everything it needs is kept on this device.'
        : 'You are offline. The game plays on, but sounds not heard yet may stay silent until the connection returns.',
    );
  });
  // The worker fetches every file of the game (some 8 MB): it starts once the story's first words are
  // on screen, or after a while on the title, so that it never competes with the player's first click.
  atRest
    .then(() =>
      registerOfflineSupport({
        updateReady: (apply) => {
          notices.show('update', 'A new version of Petrograd 1917 is ready. Your game is saved as you play.', {
            label: 'Load it now',
            run: apply,
          });
        },
        offlineReady: () => {
          notices.pass('offline-ready', 'Petrograd 1917 is now kept on this device: it will play without a network.');
        },
        failed: (message) => {
          console.warn('[offline]', message);
        },
      }),
    )
    .catch((error: unknown) => {
      console.warn('[offline]', error);
    });
}

/** How long the player must have left the page untouched (reading) before the map is built. */
const MAP_AFTER_QUIET_MS = 1_200;

/**
 * Text first: the map (and Phaser with it) loads only when the story begins, after its first
 * paragraph is on screen. The title screen does not need it, and booting WebGL there would slow the
 * click on a role card on the weak laptops clubs use.
 */
function startStageWhenIdle(
  stageRoot: HTMLElement,
  bus: Bus<GameEvents>,
  appearance: Appearance,
  notice: (message: string) => void,
): void {
  // the role too: each role's story has its own palette and frame on the map
  let latest: { scene: SceneState; role: Role | null } | null = null;
  let show: ((scene: SceneState, role: Role | null) => void) | null = null;
  let requested = false;
  bus.on('session', ({ session }) => {
    latest = { scene: session.scene, role: session.role };
    show?.(session.scene, session.role);
    if (requested) return;
    requested = true;
    // the map is built while the player reads, not under the first clicks (on a machine without a GPU,
    // building it holds the page for moments at a time)
    void afterWordsSettle()
      .then(() => whenReaderIdle(MAP_AFTER_QUIET_MS))
      .then(load);
  });
  // back at the title, nobody's story is on screen: the plain map, no role's frame
  bus.on('title', () => {
    latest = { scene: EMPTY_SCENE, role: null };
    show?.(EMPTY_SCENE, null);
  });
  const load = (): void => {
    const startedReduced = appearance.reducedMotion();
    import('./stage/create-stage.ts')
      .then(({ createStage }) => createStage(stageRoot, { reducedMotion: startedReduced }))
      .then((stage) => {
        show = (scene, role) => stage.show(scene, role);
        if (latest) stage.show(latest.scene, latest.role);
        // the setting and the device's preference together (they may have changed while the map loaded)
        if (appearance.reducedMotion() !== startedReduced) stage.setReducedMotion(appearance.reducedMotion());
        appearance.onReducedMotionChange((reduced) => stage.setReducedMotion(reduced));
      })
      .catch((error: unknown) => {
        console.warn('[stage]', error);
        notice(
          'The map of Petrograd cannot be shown on this device (WebGL is unavailable), so the game plays as text.',
        );
      });
  };
}

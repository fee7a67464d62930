import './ui/styles.css';
import story, { storyHash } from '../story/main.ink';
import { createBus, type Bus } from './app/bus.ts';
import { createDirector } from './app/director.ts';
import { createSaveSlots } from './app/save-slots.ts';
import type { GameEvents } from './app/game-events.ts';
import { createSettings, volumesOf } from './app/settings.ts';
import { audioUrl } from './audio/asset-urls.ts';
import { createAudioPresenter } from './audio/audio-presenter.ts';
import type { SceneState } from './core/scene.ts';
import { createLocalStore } from './platform/storage.ts';
import { createAppearance, type Appearance } from './ui/appearance.ts';
import { createCaptions } from './ui/captions.ts';
import { createGameScreen } from './ui/game-screen.ts';
import { createMenu } from './ui/menu.ts';
import { createNotices, createProblemDialog } from './ui/notices.ts';
import { createSaveFlow } from './ui/save-flow.ts';
import { createSettingsDialog } from './ui/settings-dialog.ts';
import { createTitleScreen } from './ui/title-screen.ts';

/** The composition root: builds every part and wires them through the bus. */
function main(root: HTMLElement, stageRoot: HTMLElement): void {
  const bus = createBus<GameEvents>();
  const store = createLocalStore();
  const settings = createSettings(store);
  // the player's settings, on <html> before anything is drawn
  const appearance = createAppearance(
    document.documentElement,
    settings,
    window.matchMedia('(prefers-reduced-motion: reduce)'),
  );
  const director = createDirector({
    story,
    storyHash,
    bus,
    store,
    onStoryProblem: (problem) => {
      if (import.meta.env.DEV)
        console.warn(`[story] ${problem.kind}: ${problem.message} (near "${problem.nearText ?? ''}")`);
    },
  });

  const notices = createNotices();
  const audio = createAudioPresenter({
    bus,
    loadBank: () => import('./audio/sound-bank.ts').then(({ createSoundBank }) => createSoundBank(audioUrl)),
    isMuted: () => settings.get().muted,
    volumes: () => volumesOf(settings.get()),
    // the caption shows and play goes on; a writer running the game in development learns which id failed
    onFailure: (message) => {
      if (import.meta.env.DEV) console.warn(`[audio] ${message}`);
    },
  });
  settings.subscribe((changed) => {
    audio.setVolumes(volumesOf(changed));
    audio.setMuted(changed.muted);
  });
  // a hidden tab holds its sound where it is and goes on from there when it is shown again
  document.addEventListener('visibilitychange', () => audio.setPaused(document.visibilityState === 'hidden'));
  const settingsDialog = createSettingsDialog({
    settings,
    systemPrefersReducedMotion: () => appearance.systemPrefersReduced(),
  });
  const saveFlow = createSaveFlow({
    director,
    slots: createSaveSlots(store, storyHash),
    storyHash,
    showGame: () => showScreen('game'),
    showTitle: () => showScreen('title'),
    inGame: () => document.body.dataset['screen'] === 'game',
    notice: (id, message) => notices.show(id, message),
  });
  const menu = createMenu({
    restartChapter: () => director.restartChapter(),
    restartRole: () => director.restartRole(),
    openSaves: () => saveFlow.openSaves(),
    openSettings: () => settingsDialog.open(),
    toTitle: () => director.toTitle(),
    isMuted: () => settings.get().muted,
    setMuted: (muted) => settings.update({ muted }),
  });
  const problem = createProblemDialog(
    () => director.goBack(),
    () => director.toTitle(),
  );
  const game = createGameScreen(
    bus,
    director,
    () => menu.open(),
    () => settings.get().reveal === 'paced',
  );
  const title = createTitleScreen({
    canContinue: () => director.autosaveText() !== null,
    continueGame: () => saveFlow.continueGame(),
    openSaves: () => saveFlow.openSaves(),
    openSettings: () => settingsDialog.open(),
    chooseRole: (role) => {
      showScreen('game');
      director.startRole(role);
    },
  });
  const main = document.createElement('main');
  main.id = 'main';
  root.append(main, createCaptions(bus), notices.element, menu.element, problem.element, ...saveFlow.elements);
  root.append(settingsDialog.element);

  const showScreen = (screen: 'title' | 'game'): void => {
    if (screen === 'title') title.refresh();
    main.replaceChildren(screen === 'title' ? title.element : game.element);
    document.body.dataset['screen'] = screen;
  };
  showScreen('title');

  bus.on('notice', ({ id, message }) => notices.show(id, message));
  bus.on('problem', ({ message, detail, canGoBack }) => problem.show(message, detail, canGoBack));
  bus.on('title', () => {
    showScreen('title');
    title.focus();
  });
  if (!store.available)
    bus.emit('notice', {
      id: 'saves-off',
      message:
        'Saving is off in this browser (storage is unavailable). The game plays on, but progress will not be kept.',
    });

  document.addEventListener('keydown', (event) => {
    if (document.querySelector('dialog[open]')) return; // the dialog has the keyboard (Escape closes it)
    if (document.body.dataset['screen'] === 'game' && game.handleKey(event)) event.preventDefault();
  });

  startStageWhenIdle(stageRoot, bus, appearance, (message) => notices.show('no-map', message));
}

/** Text first: the map (and Phaser with it) loads only once the title is on screen. */
function startStageWhenIdle(
  stageRoot: HTMLElement,
  bus: Bus<GameEvents>,
  appearance: Appearance,
  notice: (message: string) => void,
): void {
  let latest: SceneState | null = null;
  let show: ((scene: SceneState) => void) | null = null;
  bus.on('session', ({ session }) => {
    latest = session.scene;
    show?.(session.scene);
  });
  const load = (): void => {
    const startedReduced = appearance.reducedMotion();
    import('./stage/create-stage.ts')
      .then(({ createStage }) => createStage(stageRoot, { reducedMotion: startedReduced }))
      .then((stage) => {
        show = (scene) => stage.show(scene);
        if (latest) stage.show(latest);
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
  requestAnimationFrame(() => setTimeout(load, 0));
}

const app = document.getElementById('app');
const stage = document.getElementById('stage');
if (app && stage) main(app, stage);

import './ui/styles.css';
import story, { storyHash } from '../story/main.ink';
import { createBus } from './app/bus.ts';
import { createDirector } from './app/director.ts';
import type { GameEvents } from './app/game-events.ts';
import { createSettings } from './app/settings.ts';
import { audioUrl } from './audio/asset-urls.ts';
import { createAudioPresenter } from './audio/audio-presenter.ts';
import type { SceneState } from './core/scene.ts';
import { createLocalStore } from './platform/storage.ts';
import { createCaptions } from './ui/captions.ts';
import { createGameScreen } from './ui/game-screen.ts';
import { createMenu } from './ui/menu.ts';
import { createNotices, createProblemDialog } from './ui/notices.ts';
import { createTitleScreen } from './ui/title-screen.ts';

/** The composition root: builds every part and wires them through the bus. */
function main(root: HTMLElement, stageRoot: HTMLElement): void {
  const bus = createBus<GameEvents>();
  const store = createLocalStore();
  const settings = createSettings(store);
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
    onFailure: (message) => console.warn(`[audio] ${message}`),
  });
  const menu = createMenu({
    restart: () => director.restart(),
    toTitle: () => director.toTitle(),
    isMuted: () => settings.get().muted,
    setMuted: (muted) => {
      settings.update({ muted });
      audio.setMuted(muted);
    },
  });
  const problem = createProblemDialog(
    () => director.goBack(),
    () => director.toTitle(),
  );
  const game = createGameScreen(bus, director, () => menu.open());
  const title = createTitleScreen({
    canContinue: () => director.hasAutosave(),
    continueGame: () => {
      // the story must be on the page before the session arrives, so that focus can land in it
      showScreen('game');
      if (!director.resume()) showScreen('title');
    },
    chooseRole: (role) => {
      showScreen('game');
      director.startRole(role);
    },
  });
  const main = document.createElement('main');
  main.id = 'main';
  root.append(main, createCaptions(bus), notices.element, menu.element, problem.element);

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

  startStageWhenIdle(stageRoot, bus, (message) => notices.show('no-map', message));
}

/** Text first: the map (and Phaser with it) loads only once the title is on screen. */
function startStageWhenIdle(
  stageRoot: HTMLElement,
  bus: ReturnType<typeof createBus<GameEvents>>,
  notice: (message: string) => void,
): void {
  let latest: SceneState | null = null;
  let show: ((scene: SceneState) => void) | null = null;
  bus.on('session', ({ session }) => {
    latest = session.scene;
    show?.(session.scene);
  });
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const load = (): void => {
    import('./stage/create-stage.ts')
      .then(({ createStage }) => createStage(stageRoot, { reducedMotion: reducedMotion.matches }))
      .then((stage) => {
        show = (scene) => stage.show(scene);
        if (latest) stage.show(latest);
        reducedMotion.addEventListener('change', () => stage.setReducedMotion(reducedMotion.matches));
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

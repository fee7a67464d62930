import './ui/styles.css';
import { AUTOSAVE_KEY } from './app/autosave-key.ts';
import { createSettings } from './app/settings.ts';
import { createWhenReady } from './app/when-ready.ts';
import { afterPaint, afterWordsSettle } from './platform/after-paint.ts';
import { inNextTask } from './platform/next-task.ts';
import { settledOrAfter } from './platform/settled-or-after.ts';
import { createLocalStore } from './platform/storage.ts';
import { warmAudioOutput } from './platform/warm-audio-output.ts';
import type { TitleIntents } from './play.ts';
import { createAppearance } from './ui/appearance.ts';
import { HISTORY_ENTRY_LABELS } from './ui/history-entry-labels.ts';
import { createNotices } from './ui/notices.ts';
import { createTitleScreen } from './ui/title-screen.ts';
import { createWebFaces } from './ui/web-faces.ts';

/** How long, at most, the game's first screen waits for its typefaces once the rest of the game is here. */
const FACES_WAIT_MS = 600;

/**
 * The page's entry: only what the title screen needs (styles, settings, storage, notices), so the
 * title paints as soon as this small module runs. The rest of the game — inkjs, the director and
 * every other view (src/play.ts) — is asked for once the title is painted: fetched and compiled
 * beside the page's first paint, it held that paint back by about 25 ms on a two-core laptop
 * (issue 19). A click on the title before it has arrived is kept and carried out when it does.
 */
function boot(root: HTMLElement, stageRoot: HTMLElement): void {
  const store = createLocalStore();
  const settings = createSettings(store);
  // the player's settings, on <html> before anything is drawn
  const appearance = createAppearance(
    document.documentElement,
    settings,
    window.matchMedia('(prefers-reduced-motion: reduce)'),
  );
  const notices = createNotices();

  const play = createWhenReady<TitleIntents>((waiting) => {
    // the click was heard: the pointer says the game is on its way
    if (waiting) title.element.setAttribute('aria-busy', 'true');
    else title.element.removeAttribute('aria-busy');
  });
  // the page arrives with the title already drawn in it (inert: tools/vite/vite-plugin-static-title.ts)
  const written = document.getElementById('main');
  const title = createTitleScreen(
    {
      canContinue: () => store.get(AUTOSAVE_KEY) !== null,
      continueGame: () => {
        play.run((intents) => intents.continueGame());
      },
      openSaves: () => {
        play.run((intents) => intents.openSaves());
      },
      openSettings: () => {
        play.run((intents) => intents.openSettings());
      },
      chooseRole: (role) => {
        play.run((intents) => intents.chooseRole(role));
      },
      openClub: () => {
        play.run((intents) => intents.openClub());
      },
      extras: [
        {
          label: HISTORY_ENTRY_LABELS.starts,
          run: () => {
            play.run((intents) => intents.openStarts());
          },
        },
        {
          label: HISTORY_ENTRY_LABELS.endings,
          run: () => {
            play.run((intents) => intents.openEndings());
          },
        },
        {
          label: HISTORY_ENTRY_LABELS.map,
          run: () => {
            play.run((intents) => intents.openMap());
          },
        },
      ],
    },
    written?.querySelector('.title-screen'),
  );
  const main = written ?? document.createElement('main');
  main.id = 'main';
  if (title.element.parentElement !== main) main.replaceChildren(title.element);
  main.removeAttribute('inert');
  document.body.dataset['screen'] = 'title';
  if (written) root.append(notices.element);
  else root.append(main, notices.element);

  if (!store.available)
    notices.show(
      'saves-off',
      'Saving is off in this browser (storage is unavailable). The game plays on, but progress will not be kept.',
    );

  // the game's typefaces, fetched once the title is painted in the fallback faces; they are used from
  // the next change of screen (src/ui/web-faces.ts)
  const faces = createWebFaces();
  const facesLoaded = afterPaint().then(() => faces.load());

  // the browser's audio service started now, so that the sound bank's audio context does not wait for it
  void afterPaint().then(() => warmAudioOutput());

  // the desk's vignette after the words (src/ui/styles.css says why)
  void afterWordsSettle().then(() => {
    document.documentElement.dataset['deskLit'] = '';
  });

  // the title is painted before the rest of the game is run; the story engine's code (inkjs, half the
  // rest), the rest of the game's and starting it are a task each (run together, a task of 50-100 ms on
  // a weak laptop when a role card was clicked before they had arrived)
  afterPaint()
    .then(() => import('inkjs'))
    .then(inNextTask)
    .then(() => import('./play.ts'))
    .then(inNextTask)
    .then(async ({ startPlay }) => {
      const intents = startPlay({ root, stageRoot, main, store, settings, appearance, notices, title, faces });
      // a click that came before now opens the game's first screen in its own faces, unless they are slow
      await settledOrAfter(facesLoaded, FACES_WAIT_MS);
      play.resolve(intents);
    })
    .catch((error: unknown) => {
      console.warn('[boot]', error);
      notices.show(
        'no-game',
        'The rest of the game could not be loaded (the connection may have dropped). Nothing has been lost: reload the page to try again.',
        { label: 'Reload', run: () => location.reload() },
      );
    });
}

const app = document.getElementById('app');
const stage = document.getElementById('stage');
if (app && stage) boot(app, stage);

import type { Bus } from '../app/bus.ts';
import type { Director } from '../app/director.ts';
import type { GameEvents } from '../app/game-events.ts';
import { formatBothCalendars } from '../core/clock.ts';
import { describeFront, mapNews, mapSummary } from '../core/map-news.ts';
import { PLACES } from '../core/places.ts';
import { EMPTY_SCENE, type SceneState } from '../core/scene.ts';
import { createChoices } from './choices.ts';
import { el } from './dom.ts';
import { PACED_MS_PER_WORD, revealPaced } from './reveal.ts';
import type { PassageText } from './passage-text.ts';
import { createTranscript } from './transcript.ts';

export interface GameScreen {
  readonly element: HTMLElement;
  /** Number keys choose while the story is on screen. */
  handleKey(event: KeyboardEvent): boolean;
}

function whereAndWhen(scene: SceneState): string {
  const when = scene.time ? formatBothCalendars(scene.time) : '';
  const where = scene.place ? PLACES[scene.place].name : '';
  return [when, where].filter(Boolean).join(' · ');
}

/** The new text from `first` on, then the choices: what a paced reveal shows, in order. */
function revealOrder(first: HTMLElement, choices: HTMLElement): HTMLElement[] {
  const nodes: HTMLElement[] = [];
  for (let node: Element | null = first; node; node = node.nextElementSibling) {
    if (node instanceof HTMLElement) nodes.push(node);
  }
  return [...nodes, choices];
}

/** The story column: where and when, the transcript, the choices, and the menu button. */
export function createGameScreen(
  bus: Bus<GameEvents>,
  director: Director,
  openMenu: () => void,
  isPaced: () => boolean = () => false,
  passageText: PassageText | null = null,
  headerButtons: readonly HTMLElement[] = [],
): GameScreen {
  const transcript = createTranscript((choiceNumber) => director.rewindTo(choiceNumber), passageText);
  const choices = createChoices({
    choose: (index) => director.choose(index),
    playAgain: () => director.restartChapter(),
    toTitle: () => director.toTitle(),
  });
  const chapter = el('p', { class: 'status-chapter' });
  const when = el('p', { class: 'status-when' });
  // The map is decoration: what it shows that matters is said here, and changes are announced.
  const mapState = el('p', { class: 'visually-hidden' });
  const mapChanges = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const menuButton = el('button', { type: 'button', class: 'menu-button', 'aria-haspopup': 'dialog' }, 'Menu');
  menuButton.addEventListener('click', openMenu);
  const element = el(
    'section',
    { class: 'game-screen', 'aria-label': 'The story' },
    el(
      'header',
      { class: 'status-bar' },
      el('div', { class: 'status-text' }, chapter, when, mapState, mapChanges),
      ...headerButtons,
      menuButton,
    ),
    transcript.element,
    choices.element,
  );

  let revealing: AbortController | null = null;
  let shownScene: SceneState = EMPTY_SCENE;
  bus.on('session', ({ session, reset }) => {
    revealing?.abort(); // whatever a paced reveal still holds back shows at once
    revealing = null;
    chapter.textContent = session.scene.chapter ?? '';
    when.textContent = whereAndWhen(session.scene);
    const summary = mapSummary(session.scene);
    const front = session.scene.front ? describeFront(session.scene.front) : '';
    mapState.textContent = [summary ? `Map: ${summary}.` : '', front].filter(Boolean).join(' ');
    mapChanges.textContent = reset ? '' : mapNews(shownScene, session.scene).join(' ');
    shownScene = session.scene;
    const firstNew = transcript.render(session.transcript, reset);
    choices.render(session.choices, session.ending !== null);
    if (reset && session.path.length > 0) {
      // a resumed or rewound run: the latest text and the choices matter, not the chapter's start
      choices.focusFirst();
      transcript.element.lastElementChild?.scrollIntoView({ block: 'end' });
    } else if (firstNew) {
      firstNew.focus({ preventScroll: true });
      firstNew.scrollIntoView({ block: 'start', behavior: 'auto' });
      if (isPaced()) {
        revealing = new AbortController();
        void revealPaced(revealOrder(firstNew, choices.element), {
          msPerWord: PACED_MS_PER_WORD,
          signal: revealing.signal,
        });
      }
    }
  });

  return {
    element,
    handleKey(event) {
      // a held key repeats: one press, one choice
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return false;
      const number = Number(event.key);
      if (Number.isInteger(number) && number >= 1 && number <= 9) return choices.chooseByNumber(number);
      return false;
    },
  };
}

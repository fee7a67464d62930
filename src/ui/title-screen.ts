import type { Role } from '../core/roles.ts';
import { el } from './dom.ts';
import { ROLE_CARDS } from './role-cards.ts';

export interface TitleActions {
  readonly canContinue: () => boolean;
  continueGame(): void;
  openSaves(): void;
  openSettings(): void;
  chooseRole(role: Role): void;
  /** Club mode: a group at a projector, with votes and a session report. */
  openClub(): void;
  /** Further buttons beside settings (the endings gallery, the map of choices). */
  readonly extras?: readonly { readonly label: string; run(): void }[];
}

export interface TitleScreen {
  readonly element: HTMLElement;
  /** Shows "Continue" only when there is a game to continue. */
  refresh(): void;
  focus(): void;
}

/** The title, the content note, and the three figures to choose from. */
export function createTitleScreen(actions: TitleActions): TitleScreen {
  const continueButton = el('button', { type: 'button', class: 'primary' }, 'Continue your last game');
  continueButton.addEventListener('click', () => actions.continueGame());
  const savesButton = el('button', { type: 'button', 'aria-haspopup': 'dialog' }, 'Saved games and files…');
  savesButton.addEventListener('click', () => actions.openSaves());
  const settingsButton = el('button', { type: 'button', 'aria-haspopup': 'dialog' }, 'Settings…');
  settingsButton.addEventListener('click', () => actions.openSettings());
  const clubButton = el('button', { type: 'button', 'aria-haspopup': 'dialog' }, 'Club mode…');
  clubButton.addEventListener('click', () => actions.openClub());
  const extras = (actions.extras ?? []).flatMap((extra) => {
    const button = el('button', { type: 'button', 'aria-haspopup': 'dialog' }, extra.label);
    button.addEventListener('click', () => extra.run());
    return [' ', button];
  });
  const cards = ROLE_CARDS.map((card) => {
    const button = el(
      'button',
      { type: 'button', class: 'role-card', 'data-role': card.role },
      el('span', { class: 'role-name' }, card.name),
      el('span', { class: 'role-position' }, card.position),
      el('span', { class: 'role-opening' }, card.opening),
      el('span', { class: 'role-blurb' }, card.blurb),
    );
    button.addEventListener('click', () => actions.chooseRole(card.role));
    return el('li', {}, button);
  });
  const element = el(
    'section',
    { class: 'title-screen', 'aria-labelledby': 'game-title' },
    el('h1', { id: 'game-title', class: 'game-title', tabindex: '-1' }, 'Petrograd 1917'),
    el(
      'p',
      { class: 'tagline' },
      '10–26 October 1917, Old Style. Live the days the Provisional Government fell — and find out what might have happened instead.',
    ),
    el('p', { class: 'continue' }, continueButton, ' ', savesButton, ' ', settingsButton, ' ', clubButton, ...extras),
    el('h2', { class: 'choose-heading' }, 'Whose October will you live?'),
    el('ul', { class: 'role-cards' }, ...cards),
    el(
      'aside',
      { class: 'content-note', 'aria-label': 'Content note' },
      el('strong', {}, 'Content note. '),
      'This game deals with revolution, political violence and war, shown with restraint. It lets you play real people on every side; none of them is held up as a model. Where the story leaves real history it says so, and what is documented, plausible or invented is marked.',
    ),
    el(
      'p',
      { class: 'guide' },
      'Leading a class or a club? Read the ',
      el('a', { href: 'facilitators.html', class: 'guide-link' }, 'facilitators’ guide'),
      ': session plans, content notes and the historians’ debate.',
    ),
  );
  const refresh = (): void => {
    continueButton.hidden = !actions.canContinue();
  };
  refresh();
  return { element, refresh, focus: () => (element.querySelector('h1') as HTMLElement | null)?.focus() };
}

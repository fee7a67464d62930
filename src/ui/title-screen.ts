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

type TitleAction = 'continue' | 'saves' | 'settings' | 'club';

/**
 * The title, the content note, and the three figures to choose from, as markup: each button says
 * what it does in a data attribute, and one listener on the whole screen acts on it. The same
 * function writes the title into index.html at build time (tools/vite/vite-plugin-static-title.ts).
 */
export function drawTitleScreen(extraLabels: readonly string[]): HTMLElement {
  const button = (action: TitleAction, label: string, primary = false): HTMLButtonElement =>
    el(
      'button',
      primary
        ? { type: 'button', class: 'primary', 'data-action': action }
        : { type: 'button', 'aria-haspopup': 'dialog', 'data-action': action },
      label,
    );
  const continueButton = button('continue', 'Continue your last game', true);
  continueButton.hidden = true;
  const extras = extraLabels.flatMap((label, index) => [
    ' ',
    el('button', { type: 'button', 'aria-haspopup': 'dialog', 'data-extra': index }, label),
  ]);
  const cards = ROLE_CARDS.map((card) =>
    el(
      'li',
      {},
      el(
        'button',
        { type: 'button', class: 'role-card', 'data-role': card.role },
        el('span', { class: 'role-name' }, card.name),
        el('span', { class: 'role-position' }, card.position),
        el('span', { class: 'role-opening' }, card.opening),
        el('span', { class: 'role-blurb' }, card.blurb),
      ),
    ),
  );
  return el(
    'section',
    { class: 'title-screen', 'aria-labelledby': 'game-title' },
    el('h1', { id: 'game-title', class: 'game-title', tabindex: '-1' }, 'Petrograd 1917'),
    el(
      'p',
      { class: 'tagline' },
      '10–26 October 1917, Old Style. Live the days the Provisional Government fell — and find out what might have happened instead.',
    ),
    el(
      'p',
      { class: 'continue' },
      continueButton,
      ' ',
      button('saves', 'Saved games and files…'),
      ' ',
      button('settings', 'Settings…'),
      ' ',
      button('club', 'Club mode…'),
      ...extras,
    ),
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
}

/**
 * The working title screen. `written` is the title already in the page (drawn by drawTitleScreen at
 * build time): it is taken as it is, so the screen the player sees is not drawn a second time.
 */
export function createTitleScreen(actions: TitleActions, written?: Element | null): TitleScreen {
  const extras = actions.extras ?? [];
  const element =
    written instanceof HTMLElement && written.classList.contains('title-screen')
      ? written
      : drawTitleScreen(extras.map((extra) => extra.label));
  element.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target || !element.contains(target)) return;
    const role = ROLE_CARDS.find((card) => card.role === target.dataset['role']);
    if (role) return actions.chooseRole(role.role);
    const extra = target.dataset['extra'];
    if (extra !== undefined) return extras[Number(extra)]?.run();
    switch (target.dataset['action']) {
      case 'continue':
        return actions.continueGame();
      case 'saves':
        return actions.openSaves();
      case 'settings':
        return actions.openSettings();
      case 'club':
        return actions.openClub();
      default:
        return undefined;
    }
  });
  const continueButton = element.querySelector<HTMLButtonElement>('[data-action="continue"]');
  const refresh = (): void => {
    if (continueButton) continueButton.hidden = !actions.canContinue();
  };
  refresh();
  return { element, refresh, focus: () => element.querySelector<HTMLElement>('h1')?.focus() };
}

import { el } from './dom.ts';

export interface MenuActions {
  restartChapter(): void;
  restartRole(): void;
  openSaves(): void;
  /** Opens the settings over the menu, which stays open beneath (focus comes back to its button). */
  openSettings(): void;
  /** Opens the codex over the menu, like the settings. */
  openCodex(): void;
  toTitle(): void;
  setMuted(muted: boolean): void;
  readonly isMuted: () => boolean;
  /** Club mode only: the session report (path, votes, divergences), to read, print or download. */
  openClubReport(): void;
  readonly inClub: () => boolean;
  /** Further entries, after the settings. */
  readonly extras?: readonly MenuExtra[];
}

/** A further entry of the menu that opens its own dialog (the menu closes first). */
export interface MenuExtra {
  readonly label: string;
  run(): void;
}

/** The game menu: a modal <dialog> (Escape closes it). */
export function createMenu(actions: MenuActions): { element: HTMLDialogElement; open(): void } {
  const muteButton = el('button', { type: 'button', 'aria-pressed': 'false' }, 'Sound: on');
  const syncMute = (): void => {
    const muted = actions.isMuted();
    muteButton.textContent = muted ? 'Sound: off' : 'Sound: on';
    muteButton.setAttribute('aria-pressed', String(muted));
  };
  const saves = el('button', { type: 'button', 'aria-haspopup': 'dialog' }, 'Saved games…');
  const settings = el('button', { type: 'button', 'aria-haspopup': 'dialog' }, 'Settings…');
  const codex = el('button', { type: 'button', 'aria-haspopup': 'dialog' }, 'Codex: people, places, terms…');
  const restart = el('button', { type: 'button' }, 'Restart this chapter');
  const restartRole = el('button', { type: 'button' }, 'Return to the role’s beginning');
  const title = el('button', { type: 'button' }, 'Return to the title');
  const close = el('button', { type: 'button', class: 'primary' }, 'Back to the story');
  const clubReport = el('button', { type: 'button' }, 'Session report');
  const clubReportItem = el('li', {}, clubReport);
  const extraItems = (actions.extras ?? []).map((extra) => {
    const button = el('button', { type: 'button', 'aria-haspopup': 'dialog' }, extra.label);
    button.addEventListener('click', () => {
      element.close();
      extra.run();
    });
    return el('li', {}, button);
  });
  const chooseKeys = el('dd', {});
  const keys = el(
    'section',
    { class: 'menu-keys', 'aria-labelledby': 'menu-keys-title' },
    el('h3', { id: 'menu-keys-title' }, 'Keys'),
    el(
      'dl',
      {},
      el('dt', {}, el('kbd', {}, '1'), '–', el('kbd', {}, '9')),
      chooseKeys,
      el('dt', {}, el('kbd', {}, 'M')),
      el('dd', {}, 'the map and the clock full screen, for a moment; M or Esc brings the story back'),
      el('dt', {}, el('kbd', {}, 'Esc')),
      el('dd', {}, 'closes a dialog, such as this menu'),
    ),
  );
  const element = el(
    'dialog',
    { class: 'menu', 'aria-labelledby': 'menu-title' },
    el('h2', { id: 'menu-title' }, 'Menu'),
    el(
      'ul',
      { class: 'menu-actions' },
      el('li', {}, close),
      clubReportItem,
      el('li', {}, saves),
      el('li', {}, codex),
      el('li', {}, settings),
      ...extraItems,
      el('li', {}, muteButton),
      el('li', {}, restart),
      el('li', {}, restartRole),
      el('li', {}, title),
    ),
    keys,
  );
  muteButton.addEventListener('click', () => {
    actions.setMuted(!actions.isMuted());
    syncMute();
  });
  restart.addEventListener('click', () => {
    element.close();
    actions.restartChapter();
  });
  restartRole.addEventListener('click', () => {
    element.close();
    actions.restartRole();
  });
  saves.addEventListener('click', () => {
    element.close();
    actions.openSaves();
  });
  settings.addEventListener('click', () => actions.openSettings());
  codex.addEventListener('click', () => actions.openCodex());
  title.addEventListener('click', () => {
    element.close();
    actions.toTitle();
  });
  close.addEventListener('click', () => element.close());
  clubReport.addEventListener('click', () => {
    element.close();
    actions.openClubReport();
  });
  return {
    element,
    open() {
      syncMute();
      clubReportItem.hidden = !actions.inClub();
      // in club mode the room votes: the number keys are off, so a stray key cannot choose for it
      chooseKeys.textContent = actions.inClub()
        ? 'off in club mode: the group votes'
        : 'choose the option with that number';
      element.showModal();
      close.focus();
    },
  };
}

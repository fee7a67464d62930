import { el } from './dom.ts';

export interface NoticeAction {
  readonly label: string;
  run(): void;
}

/** Good news leaves by itself after this long; warnings stay until dismissed. */
const PASSING_NOTICE_MS = 12_000;

export interface NoticesView {
  readonly element: HTMLElement;
  /** Shows a notice once per id; an action (such as "Reload now") is offered, never taken for the player. */
  show(id: string, message: string, action?: NoticeAction): void;
  /** A notice that needs nothing from the player and goes away by itself. */
  pass(id: string, message: string): void;
  /** Removes a notice that no longer holds (back online). */
  clear(id: string): void;
}

/** Notices that do not stop play (no map, saves off), each shown once, each dismissable. */
export function createNotices(): NoticesView {
  const element = el('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });
  const shown = new Set<string>();
  /**
   * A modal <dialog> sits in the top layer and makes the page behind it inert, so a notice shown
   * while one is open (offline, the club's) moves into that dialog until it closes, then back. It goes
   * in first, where its stylesheet gives it a row of its own above the dialog's content: floating, it
   * lay over the map of choices' drawing.
   */
  const marker = document.createComment('notices');
  const intoOpenDialog = (): void => {
    const modal = [...document.querySelectorAll('dialog[open]')].reverse().find((dialog) => dialog.matches(':modal'));
    if (!modal || element.parentElement === modal) return;
    if (!marker.parentNode) element.before(marker);
    modal.prepend(element);
    modal.addEventListener('close', () => marker.parentNode && marker.replaceWith(element), { once: true });
  };
  return {
    element,
    show(id, message, action) {
      if (shown.has(id)) return;
      shown.add(id);
      const dismiss = el('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss this notice' }, '×');
      const notice = el('p', { class: 'notice', 'data-notice': id }, el('span', {}, message));
      if (action) {
        const act = el('button', { type: 'button', class: 'notice-action' }, action.label);
        act.addEventListener('click', () => {
          action.run();
        });
        notice.append(' ', act);
      }
      notice.append(dismiss);
      dismiss.addEventListener('click', () => notice.remove());
      element.append(notice);
      intoOpenDialog();
    },
    pass(id, message) {
      this.show(id, message);
      window.setTimeout(() => {
        element.querySelector(`[data-notice="${CSS.escape(id)}"]`)?.remove();
      }, PASSING_NOTICE_MS);
    },
    clear(id) {
      shown.delete(id);
      element.querySelector(`[data-notice="${CSS.escape(id)}"]`)?.remove();
    },
  };
}

/** A story error: a clear message and the way back to the last choice. */
export function createProblemDialog(
  goBack: () => boolean,
  toTitle: () => void,
): { element: HTMLDialogElement; show(message: string, detail: string, canGoBack: boolean): void } {
  const text = el('p', {});
  const detailText = el('code', {});
  const details = el(
    'details',
    { class: 'problem-detail' },
    el('summary', {}, 'Details for the story’s writers'),
    detailText,
  );
  const back = el('button', { type: 'button', class: 'primary' }, 'Go back to the last choice');
  const title = el('button', { type: 'button' }, 'Return to the title');
  const element = el(
    'dialog',
    { class: 'problem', role: 'alertdialog', 'aria-labelledby': 'problem-title' },
    el('h2', { id: 'problem-title' }, 'The story has stumbled'),
    text,
    el('p', {}, 'Nothing you have played is lost.'),
    details,
    el('p', { class: 'actions' }, back, ' ', title),
  );
  back.addEventListener('click', () => {
    element.close();
    goBack();
  });
  title.addEventListener('click', () => {
    element.close();
    toTitle();
  });
  return {
    element,
    show(message, detail, canGoBack) {
      text.textContent = message;
      detailText.textContent = detail;
      back.hidden = !canGoBack;
      if (!element.open) element.showModal();
      (canGoBack ? back : title).focus();
    },
  };
}

import type { CodexEntry } from '../../core/codex-entry.ts';
import { el } from '../dom.ts';
import { entryView } from './entry-view.ts';
import './codex.css';

export interface CodexCard {
  readonly element: HTMLDialogElement;
  /** Opens the entry beside `opener` (a link in the text); closing returns the focus to it. */
  open(id: string, opener: HTMLElement): void;
}

/** How far below (or above) the link the card stands, in pixels. */
const GAP = 8;

/**
 * A codex entry opened in place from a word in the story: a small modal <dialog> next to the word,
 * so the page does not move and reading resumes where it stopped. Escape, the close button or a
 * click outside closes it, and the focus goes back to the word.
 */
export function createCodexCard(
  entries: readonly CodexEntry[],
  told: (id: string) => readonly string[] = () => [],
): CodexCard {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const body = el('div', { class: 'codex-card-body' });
  const close = el('button', { type: 'button', class: 'codex-close' }, 'Close');
  const element = el(
    'dialog',
    { class: 'codex-card', 'aria-labelledby': 'codex-card-title' },
    el('div', { class: 'codex-card-inner' }, body, el('p', { class: 'codex-card-actions' }, close)),
  );
  let opener: HTMLElement | null = null;
  close.addEventListener('click', () => element.close());
  // a click on the backdrop lands on the <dialog> itself; the content fills it
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  element.addEventListener('close', () => {
    if (opener?.isConnected) opener.focus({ preventScroll: true });
    opener = null;
  });

  /** Beside the word: below it if it fits, else above; on a narrow screen the CSS makes it a bottom sheet. */
  const place = (anchor: HTMLElement): void => {
    const rect = anchor.getBoundingClientRect();
    const height = element.offsetHeight;
    const below = rect.bottom + GAP + height <= window.innerHeight;
    const top = below ? rect.bottom + GAP : Math.max(GAP, rect.top - GAP - height);
    const left = Math.min(Math.max(GAP, rect.left), window.innerWidth - element.offsetWidth - GAP);
    element.style.setProperty('--card-top', `${Math.round(top)}px`);
    element.style.setProperty('--card-left', `${Math.round(Math.max(GAP, left))}px`);
  };

  return {
    element,
    open(id, from) {
      const entry = byId.get(id);
      if (!entry) return;
      if (element.open) element.close();
      opener = from;
      body.replaceChildren(entryView(entry, 'codex-card-title', 'h2', told(id)));
      element.showModal();
      place(from);
      // the heading first, so a screen reader reads the entry from its title down
      body.querySelector<HTMLElement>('.codex-title')?.focus();
    },
  };
}

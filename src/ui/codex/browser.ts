import type { CodexEntry } from '../../core/codex-entry.ts';
import { el } from '../dom.ts';
import { entryView, KIND_LABELS } from './entry-view.ts';
import { searchCodex } from './search.ts';
import './codex.css';

export interface CodexBrowser {
  readonly element: HTMLDialogElement;
  /** Opens the codex, at an entry if given; the focus returns to whatever opened it. */
  open(id?: string): void;
}

/**
 * Every codex entry, with a search: a modal <dialog> with the list of entries (filtered as one
 * types) beside the entry chosen. Escape closes it.
 */
export function createCodexBrowser(
  entries: readonly CodexEntry[],
  told: (id: string) => readonly string[] = () => [],
): CodexBrowser {
  const search = el('input', {
    type: 'search',
    id: 'codex-search',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-controls': 'codex-results',
  });
  const count = el('p', { class: 'codex-count', role: 'status' });
  const list = el('ul', { class: 'codex-list', id: 'codex-results', 'aria-label': 'Entries' });
  // it scrolls, so it takes the focus too: the keyboard can scroll a long entry
  const detail = el('div', { class: 'codex-detail', role: 'region', 'aria-label': 'Entry', tabindex: 0 });
  const close = el('button', { type: 'button', class: 'primary' }, 'Close the codex');
  const element = el(
    'dialog',
    { class: 'codex-browser', 'aria-labelledby': 'codex-browser-title' },
    el('h2', { id: 'codex-browser-title' }, 'Codex'),
    el(
      'p',
      { class: 'codex-intro' },
      'The people, places, parties, bodies and terms of the story, in our words from the historical record, each with its sources.',
    ),
    el('div', { class: 'codex-search' }, el('label', { for: 'codex-search' }, 'Search the codex'), search, count),
    el('div', { class: 'codex-panes' }, list, detail),
    el('p', { class: 'codex-browser-actions' }, close),
  );
  let selected: string | null = null;
  let opener: HTMLElement | null = null;

  const show = (entry: CodexEntry, focus: boolean): void => {
    selected = entry.id;
    detail.replaceChildren(entryView(entry, 'codex-browser-entry', 'h3', told(entry.id)));
    for (const button of list.querySelectorAll<HTMLButtonElement>('button')) {
      button.setAttribute('aria-current', String(button.dataset['id'] === entry.id));
    }
    if (focus) detail.querySelector<HTMLElement>('.codex-title')?.focus();
  };

  const filter = (): void => {
    const found = searchCodex(entries, search.value);
    list.replaceChildren(
      ...found.map((entry) => {
        const button = el(
          'button',
          { type: 'button', 'data-id': entry.id, 'aria-current': String(entry.id === selected) },
          el('span', { class: 'codex-list-title' }, entry.title),
          el('span', { class: 'codex-list-kind' }, KIND_LABELS[entry.kind]),
        );
        button.addEventListener('click', () => show(entry, true));
        return el('li', {}, button);
      }),
    );
    const query = search.value.trim();
    count.textContent =
      found.length === 0
        ? `No entry matches “${query}”.`
        : `${found.length} ${found.length === 1 ? 'entry' : 'entries'}${query ? ` ${found.length === 1 ? 'matches' : 'match'} “${query}”` : ''}.`;
  };

  search.addEventListener('input', filter);
  // Enter in the search opens the best match
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = searchCodex(entries, search.value)[0];
    if (first) show(first, true);
  });
  close.addEventListener('click', () => element.close());
  element.addEventListener('close', () => {
    if (opener?.isConnected) opener.focus();
    opener = null;
  });

  return {
    element,
    open(id) {
      if (element.open) return;
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      search.value = '';
      filter();
      const first = entries.find((entry) => entry.id === (id ?? selected)) ?? entries[0];
      if (first) show(first, false);
      element.showModal();
      search.focus();
    },
  };
}

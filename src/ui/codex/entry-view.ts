import type { CodexEntry, CodexKind } from '../../core/codex-entry.ts';
import { el } from '../dom.ts';

export const KIND_LABELS: Readonly<Record<CodexKind, string>> = {
  person: 'Person',
  place: 'Place',
  party: 'Party',
  body: 'Body',
  term: 'Term',
  event: 'Event',
};

/**
 * One codex entry as an <article>: title, kind, text, what became of a person (in history) and, beside
 * it, what became of the entry in this telling (the run's `# telling:` lines), and sources. Every word
 * goes in as text (el() sets textContent): the entries are data, never markup.
 */
export function entryView(
  entry: CodexEntry,
  headingId: string,
  headingLevel: 'h2' | 'h3',
  told: readonly string[] = [],
): HTMLElement {
  const heading = el(headingLevel, { id: headingId, class: 'codex-title', tabindex: -1 }, entry.title);
  return el(
    'article',
    { class: 'codex-entry', 'aria-labelledby': headingId },
    heading,
    el('p', { class: 'codex-kind' }, KIND_LABELS[entry.kind]),
    ...entry.paragraphs.map((text) => el('p', {}, text)),
    entry.fate
      ? el(
          'section',
          { class: 'codex-fate', 'aria-label': 'What became of them' },
          el('h4', {}, told.length > 0 ? 'What became of them in history' : 'What became of them'),
          el('p', {}, entry.fate),
        )
      : null,
    told.length > 0
      ? el(
          'section',
          { class: 'codex-telling', 'aria-label': 'In this telling' },
          el('h4', {}, 'In this telling'),
          ...told.map((text) => el('p', {}, text)),
        )
      : null,
    el(
      'section',
      { class: 'codex-sources', 'aria-label': 'Sources' },
      el('h4', {}, 'Sources'),
      el('ul', {}, ...entry.sources.map((source) => el('li', {}, source))),
    ),
  );
}

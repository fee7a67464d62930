// the links, the record's marks and the codex's dialogs share one stylesheet, needed from the first passage
import './codex/codex.css';
import type { CodexTerm } from '../core/codex-entry.ts';
import { createCodexMatcher, segmentParagraph } from '../core/codex-links.ts';
import type { TranscriptEntry } from '../core/session.ts';
import { el } from './dom.ts';

type Paragraph = Extract<TranscriptEntry, { kind: 'paragraph' }>;

/** Turns a paragraph's text into nodes: plain text, and a link on the first mention of each codex entry. */
export interface PassageText {
  render(paragraph: Paragraph): (Node | string)[];
  /** A new passage begins (after a choice, or a redraw): its terms are linked again. */
  newPassage(): void;
}

/**
 * Links in the story text. The text is never parsed as HTML: each run is a text node and each link a
 * <button> whose label is set as text (src/ui/dom.ts), so nothing in the story can become markup.
 */
export function createPassageText(
  entries: readonly CodexTerm[],
  openEntry: (id: string, link: HTMLElement) => void,
): PassageText {
  const matcher = createCodexMatcher(entries);
  const titles = new Map(entries.map((entry) => [entry.id, entry.title]));
  let linked = new Set<string>();

  const link = (id: string, text: string, className = 'codex-link'): HTMLButtonElement => {
    const button = el(
      'button',
      { type: 'button', class: className, 'aria-haspopup': 'dialog', 'data-codex': id },
      text,
    );
    button.addEventListener('click', () => openEntry(id, button));
    return button;
  };

  return {
    render(paragraph) {
      const nodes: (Node | string)[] = segmentParagraph(paragraph.text, matcher, linked).map((segment) =>
        segment.id === null ? segment.text : link(segment.id, segment.text),
      );
      // a `# codex:` tag names an entry the words do not: it is offered after the paragraph
      for (const id of paragraph.codex ?? []) {
        const title = titles.get(id);
        if (title === undefined || linked.has(id)) continue;
        linked.add(id);
        nodes.push(' ', el('span', { class: 'codex-see' }, '(see ', link(id, title), ')'));
      }
      return nodes;
    },
    newPassage() {
      linked = new Set();
    },
  };
}

import type { TranscriptEntry } from '../core/session.ts';
import { el } from './dom.ts';

export interface TranscriptView {
  readonly element: HTMLElement;
  /** Shows the entries; with `reset` it redraws from scratch, else it appends what is new. */
  render(entries: readonly TranscriptEntry[], reset: boolean): HTMLElement | null;
}

function entryElement(entry: TranscriptEntry): HTMLElement {
  switch (entry.kind) {
    case 'chapter':
      return el('h2', { class: 'chapter-title' }, entry.text);
    case 'dateline':
      return el('p', { class: 'dateline' }, entry.text);
    case 'choice':
      return el('p', { class: 'chosen' }, el('span', { class: 'visually-hidden' }, 'You chose: '), entry.text);
    case 'ending':
      return el('p', { class: 'ending' }, 'End of the chapter');
    case 'paragraph':
      return el('p', { class: 'passage' }, entry.text);
  }
}

/** The story so far, as a live log a screen reader follows. */
export function createTranscript(): TranscriptView {
  const element = el('section', { class: 'transcript', role: 'log', 'aria-live': 'polite', 'aria-label': 'Story' });
  let shown = 0;
  return {
    element,
    render(entries, reset) {
      if (reset || entries.length < shown) {
        element.replaceChildren();
        shown = 0;
      }
      let first: HTMLElement | null = null;
      for (const entry of entries.slice(shown)) {
        const node = entryElement(entry);
        if (!first && entry.kind !== 'choice') first = node;
        element.append(node);
      }
      shown = entries.length;
      first?.setAttribute('tabindex', '-1');
      return first;
    },
  };
}

import type { TranscriptEntry } from '../core/session.ts';
import { basisMark } from './basis-mark.ts';
import { el } from './dom.ts';
import type { PassageText } from './passage-text.ts';

export interface TranscriptView {
  readonly element: HTMLElement;
  /** Shows the entries; with `reset` it redraws from scratch, else it appends what is new. */
  render(entries: readonly TranscriptEntry[], reset: boolean): HTMLElement | null;
}

function entryElement(
  entry: TranscriptEntry,
  choiceNumber: number,
  onRewind: (choiceNumber: number) => void,
  passage: PassageText | null,
): HTMLElement {
  switch (entry.kind) {
    case 'chapter':
      return el('h2', { class: 'chapter-title' }, entry.text);
    case 'dateline':
      return el('p', { class: 'dateline' }, entry.text);
    case 'choice': {
      const again = el(
        'button',
        { type: 'button', class: 'rewind', 'aria-label': `Choose again here, instead of: ${entry.text}` },
        'Choose again here',
      );
      again.addEventListener('click', () => onRewind(choiceNumber));
      return el(
        'p',
        { class: 'chosen' },
        el('span', { class: 'visually-hidden' }, 'You chose: '),
        el('span', { class: 'chosen-text' }, entry.text),
        ' ',
        again,
      );
    }
    case 'ending':
      return el('p', { class: 'ending' }, 'The end of this October');
    case 'paragraph': {
      const paragraph = el('p', { class: 'passage' }, ...(passage ? passage.render(entry) : [entry.text]));
      if (entry.basis) {
        const { mark, note } = basisMark(entry.basis);
        paragraph.classList.add('has-basis');
        paragraph.append(' ', mark, note);
      }
      return paragraph;
    }
  }
}

/**
 * The story so far, as a live log a screen reader follows. Each choice made carries a way back to
 * that moment ("choose again here").
 */
export function createTranscript(
  onRewind: (choiceNumber: number) => void,
  passage: PassageText | null = null,
): TranscriptView {
  // Focus moves to the first new paragraph after each choice, and a screen reader reads on from there in
  // order. Were the log also live, the same text would be heard twice; so it is a log that does not announce.
  const element = el('section', { class: 'transcript', role: 'log', 'aria-live': 'off', 'aria-label': 'Story' });
  let shown = 0;
  return {
    element,
    render(entries, reset) {
      if (reset || entries.length < shown) {
        element.replaceChildren();
        shown = 0;
        passage?.newPassage();
      }
      let first: HTMLElement | null = null;
      let choiceNumber = entries.slice(0, shown).filter((entry) => entry.kind === 'choice').length;
      for (const entry of entries.slice(shown)) {
        // a choice ends a passage: the next one links its terms afresh
        if (entry.kind === 'choice') passage?.newPassage();
        const node = entryElement(entry, choiceNumber, onRewind, passage);
        if (entry.kind === 'choice') choiceNumber++;
        if (!first && entry.kind !== 'choice') first = node;
        element.append(node);
      }
      shown = entries.length;
      first?.setAttribute('tabindex', '-1');
      return first;
    },
  };
}

import type { Basis } from '../core/events.ts';
import type { PassageBasis } from '../core/session.ts';
import { el } from './dom.ts';

interface BasisWords {
  /** The mark's letter: small, in the margin, hidden from screen readers (the button's name says it in words). */
  readonly letter: string;
  readonly name: string;
  readonly explain: (source: string | null) => string;
}

export const BASIS_WORDS: Readonly<Record<Basis, BasisWords>> = {
  documented: {
    letter: 'D',
    name: 'documented',
    explain: (source) =>
      `Documented: this happened as told; it is in the historical record${source ? ` (${source})` : ''}. The wording and small details are ours.`,
  },
  quoted: {
    letter: 'Q',
    name: 'quoted',
    explain: (source) => `Quoted: these are real words, as recorded${source ? ` — ${source}` : ''}.`,
  },
  plausible: {
    letter: 'P',
    name: 'plausible',
    explain: (source) =>
      `Plausible: not in the record, but consistent with it; it could have happened like this${source ? ` (${source})` : ''}.`,
  },
  invented: {
    letter: 'I',
    name: 'invented',
    explain: () => 'Invented: ours, made up for the story (people, talk or moments the record does not hold).',
  },
};

let notes = 0;

/**
 * The record beside a passage: a small mark that opens, on demand, a line saying how the passage
 * stands to the record. A disclosure (a button with aria-expanded), so it stays in the reading order
 * and needs no dialog. The settings can hide both (CSS: :root[data-record='off']).
 */
export function basisMark(record: PassageBasis): { mark: HTMLButtonElement; note: HTMLElement } {
  const words = BASIS_WORDS[record.basis];
  const id = `basis-note-${++notes}`;
  const note = el('span', { class: 'basis-note', id, hidden: true }, words.explain(record.source));
  const mark = el(
    'button',
    {
      type: 'button',
      class: `basis-mark basis-${record.basis}`,
      'aria-expanded': 'false',
      'aria-controls': id,
    },
    el('span', { 'aria-hidden': 'true' }, words.letter),
    el('span', { class: 'visually-hidden' }, `Record: ${words.name}`),
  );
  mark.addEventListener('click', () => {
    const open = mark.getAttribute('aria-expanded') !== 'true';
    mark.setAttribute('aria-expanded', String(open));
    note.hidden = !open;
  });
  return { mark, note };
}

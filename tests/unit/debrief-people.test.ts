import { describe, expect, it } from 'vitest';
import type { CodexEntry } from '../../src/core/codex-entry.ts';
import { peopleMet } from '../../src/core/debrief/people.ts';
import type { TranscriptEntry } from '../../src/core/session.ts';

const person = (id: string, title: string, aliases: string[], fate: string | null): CodexEntry => ({
  id,
  title,
  kind: 'person',
  aliases,
  paragraphs: ['…'],
  fate,
  sources: ['Rabinowitch'],
});

const entries: CodexEntry[] = [
  person('dan', 'Fyodor Dan', ['Dan'], 'Exiled; died in New York in 1947.'),
  person('kamenev', 'Lev Kamenev', ['Kamenev'], 'Shot in 1936.'),
  person('trotsky', 'Leon Trotsky', ['Trotsky'], 'Murdered in Mexico in 1940.'),
  person('nameless', 'Somebody', ['Somebody'], null),
  { ...person('smolny', 'Smolny Institute', ['Smolny'], null), kind: 'place' },
];

describe('the people this run met', () => {
  it('finds people by their names as whole words, in the order the run first named them, with their fates', () => {
    const transcript: TranscriptEntry[] = [
      { kind: 'chapter', text: 'Trotsky' },
      { kind: 'paragraph', text: 'Danger everywhere at Smolny.' },
      { kind: 'paragraph', text: 'Kamenev shakes his head.' },
      { kind: 'choice', text: 'Answer Dan, politely' },
      { kind: 'paragraph', text: 'Somebody coughs.' },
    ];
    expect(peopleMet(transcript, entries)).toEqual([
      { id: 'kamenev', title: 'Lev Kamenev', fate: 'Shot in 1936.' },
      { id: 'dan', title: 'Fyodor Dan', fate: 'Exiled; died in New York in 1947.' },
    ]);
  });

  it('does not count people named only in the ending’s epilogue, after the last choice', () => {
    const transcript: TranscriptEntry[] = [
      { kind: 'paragraph', text: 'Kamenev shakes his head.' },
      { kind: 'choice', text: 'Walk out' },
      { kind: 'paragraph', text: 'You walk out into the rain.' },
      { kind: 'paragraph', text: 'Of the real people: Trotsky was murdered in Mexico, Dan died in New York.' },
      { kind: 'ending', text: 'lenin_walked_out' },
    ];
    expect(peopleMet(transcript, entries).map((person) => person.id)).toEqual(['kamenev']);
    // before the ending, a debrief asked for mid-run counts everything shown so far
    expect(peopleMet(transcript.slice(0, 4), entries).map((person) => person.id)).toEqual([
      'kamenev',
      'dan',
      'trotsky',
    ]);
  });

  it('meets nobody when the codex is empty or nobody is named', () => {
    expect(peopleMet([{ kind: 'paragraph', text: 'Rain.' }], entries)).toEqual([]);
    expect(peopleMet([{ kind: 'paragraph', text: 'Kamenev.' }], [])).toEqual([]);
  });
});

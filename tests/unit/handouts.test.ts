import { describe, expect, it } from 'vitest';
import type { CodexEntry } from '../../src/core/codex-entry.ts';
import { glossaryFor, namedIn, shortDefinition } from '../../src/core/handouts.ts';

const entry = (id: string, kind: CodexEntry['kind'], title: string, aliases: string[], text: string): CodexEntry => ({
  id,
  kind,
  title,
  aliases,
  paragraphs: [text],
  fate: null,
  sources: [],
});

const CODEX = [
  entry(
    'smolny',
    'place',
    'Smolny Institute',
    ['Smolny'],
    'A school for noble girls. The Soviet met there from August.',
  ),
  entry('mrc', 'body', 'Military Revolutionary Committee', ['MRC'], 'The Soviet’s committee for the garrison.'),
  entry('trotsky', 'person', 'Leon Trotsky', ['Trotsky'], 'Chairman of the Petrograd Soviet from September 1917.'),
  entry('kerensky', 'person', 'Alexander Kerensky', ['Kerensky'], 'Minister-President.'),
];

describe('a role’s glossary from the codex', () => {
  const story =
    '["^You reach Smolny at midnight.","^Trotsky is already there.",{"#":"place: smolny"},"^The MRC sits."]';

  it('keeps the entries the story names by a whole word, people first, then bodies, then places', () => {
    expect(glossaryFor(CODEX, story).map((item) => item.id)).toEqual(['trotsky', 'mrc', 'smolny']);
  });

  it('does not take part of a word for a name', () => {
    expect(namedIn('Smolnyish', CODEX[0] as CodexEntry)).toBe(false);
    expect(namedIn('at Smolny.', CODEX[0] as CodexEntry)).toBe(true);
  });

  it('says each entry in its first sentences, whole, within about two printed lines', () => {
    expect(shortDefinition(['A school for noble girls. The Soviet met there from August.'])).toBe(
      'A school for noble girls. The Soviet met there from August.',
    );
    const first = `The garrison ${'and its committees '.repeat(10)}met.`;
    const second = `Then ${'more words '.repeat(10)}came.`;
    expect(shortDefinition([`${first} ${second}`])).toBe(first);
    const endless = shortDefinition([`A sentence ${'without end '.repeat(40)}at all.`]);
    expect(endless.length).toBeLessThanOrEqual(260);
    expect(endless.endsWith('…')).toBe(true);
    expect(shortDefinition(['One. Two.', 'A second paragraph.'])).toBe('One. Two.');
  });
});

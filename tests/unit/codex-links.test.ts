import { describe, expect, it } from 'vitest';
import type { CodexEntry } from '../../src/core/codex-entry.ts';
import { createCodexMatcher, segmentParagraph } from '../../src/core/codex-links.ts';
import { Narrator } from '../../src/core/narrator.ts';
import { newSession, reduceBeat } from '../../src/core/session.ts';
import { compileFixture } from './fixture.ts';

const entry = (id: string, aliases: string[]): CodexEntry => ({
  id,
  title: aliases[0] ?? id,
  kind: 'term',
  aliases,
  paragraphs: ['Text.'],
  fate: null,
  sources: ['A source'],
});

const matcher = createCodexMatcher([
  entry('srs', ['SR', 'SRs']),
  entry('left_srs', ['Left SR', 'Left SRs']),
  entry('dan', ['Dan']),
  entry('rabochii_put', ["Rabochii Put'"]),
]);

describe('the codex matcher', () => {
  it('matches whole words, case-sensitively, the longest alias first', () => {
    const text = "Dan met the Left SRs and an SR; Danish dan. Rabochii Put', SRs.";
    expect(matcher.mentions(text).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['dan', 'Dan'],
      ['left_srs', 'Left SRs'],
      ['srs', 'SR'],
      ['rabochii_put', "Rabochii Put'"],
      ['srs', 'SRs'],
    ]);
  });

  it('links only the first mention of an entry in a passage', () => {
    const linked = new Set<string>();
    expect(segmentParagraph('Dan and Dan.', matcher, linked)).toEqual([
      { text: 'Dan', id: 'dan' },
      { text: ' and Dan.', id: null },
    ]);
    // the next paragraph of the same passage: Dan is already linked, the SRs are new
    expect(segmentParagraph('Dan, the SRs.', matcher, linked)).toEqual([
      { text: 'Dan, the ', id: null },
      { text: 'SRs', id: 'srs' },
      { text: '.', id: null },
    ]);
    expect([...linked]).toEqual(['dan', 'srs']);
  });

  it('keeps a paragraph without mentions whole, and an empty codex matches nothing', () => {
    expect(segmentParagraph('Nothing here.', matcher, new Set())).toEqual([{ text: 'Nothing here.', id: null }]);
    expect(createCodexMatcher([]).mentions('Dan')).toEqual([]);
  });
});

describe('basis and codex tags in the transcript', () => {
  it('put each paragraph’s record and codex ids beside its text', () => {
    const narrator = new Narrator(compileFixture('record'));
    const { session } = reduceBeat(newSession('lenin'), narrator.start('lenin'), narrator.saveState());
    expect(session.transcript.filter((e) => e.kind === 'paragraph')).toEqual([
      {
        kind: 'paragraph',
        text: "You walk to Smolny with Rahja, and Smolny's gates are shut.",
        basis: { basis: 'documented', source: null },
      },
      {
        kind: 'paragraph',
        text: '"We must not wait!"',
        basis: { basis: 'quoted', source: 'Lenin, letter to the CC, 24 Oct' },
        codex: ['central_committee'],
      },
      { kind: 'paragraph', text: 'A sentry grumbles about the rain.', basis: { basis: 'invented', source: null } },
    ]);
  });
});

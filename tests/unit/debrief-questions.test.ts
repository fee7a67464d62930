import { describe, expect, it } from 'vitest';
import type { BranchNote } from '../../src/core/debrief/content.ts';
import { ledgerOf } from '../../src/core/debrief/ledger.ts';
import { discussionQuestions, type QuestionInput } from '../../src/core/debrief/questions.ts';
import type { Decision } from '../../src/core/session.ts';
import { at, decision, realEvent } from './debrief-fixtures.ts';

const notes = new Map<string, BranchNote>([
  ['L1', { id: 'L1', title: 'Lenin stays in hiding', happened: 'He went to Smolny.', historians: 'Figes: decisive.' }],
  ['L2', { id: 'L2', title: 'The patrol stops Lenin', happened: 'He slipped past.', historians: 'Hook: great man.' }],
]);
const events = [realEvent('The press is raided.', at(24, 6)), realEvent('The palace falls.', at(26, 2))];

function questionsFor(decisions: Decision[], endedAt = decisions.at(-1)?.time ?? null): string[] {
  const input: QuestionInput = { role: 'lenin', decisions, ledger: ledgerOf(decisions), endedAt, notes, events };
  return discussionQuestions(input).map((question) => question.text);
}

describe('discussion questions drawn from the run', () => {
  it('starts from the first divergence, with what really happened, and asks about each debate the run opened', () => {
    const questions = questionsFor([
      decision('Read the letter', null, at(24, 20)),
      decision('Stay at the flat', 'plausible', at(24, 21), 'L1'),
      decision('Give your own name', 'speculative', at(24, 23), 'L2'),
    ]);
    expect(questions[0]).toContain('“Stay at the flat”');
    expect(questions[0]).toContain('He went to Smolny.');
    expect(questions[0]).toContain('Lenin');
    expect(questions.some((q) => q.includes('lenin stays in hiding') && q.includes('Figes: decisive.'))).toBe(true);
    expect(questions.some((q) => q.includes('the patrol stops lenin'))).toBe(true);
    expect(questions.some((q) => q.includes('one step') && q.includes('“Give your own name”'))).toBe(true);
    // the last choice that mattered is argued from the other side
    expect(questions.some((q) => q.includes('against your choice “Give your own name”') && q.includes('Kamenev'))).toBe(
      true,
    );
    // and the run's end is set against what really came next
    expect(questions.at(-1)).toContain('The palace falls.');
    expect(questions.at(-1)).toContain('sooner, later, or not at all');
  });

  it('asks a run that kept to history where the real choice was open', () => {
    const questions = questionsFor([
      decision('Go to Smolny', 'historical', at(24, 21)),
      decision('Play drunk', 'historical', at(24, 23)),
    ]);
    expect(questions[0]).toContain('You kept to the record at all 2 choices');
    expect(questions.some((q) => q.includes('one step'))).toBe(false);
    expect(questions.at(-1)).toContain('Your run ended on the record');
  });

  it('asks a plausible run what makes its choice plausible, and a run of manner only what a real choice would be', () => {
    const plausible = questionsFor([decision('Fix a date', 'plausible', at(11, 2))]);
    expect(plausible.some((q) => q.includes('“Fix a date” is marked plausible'))).toBe(true);
    const manner = questionsFor([decision('Look in the mirror', null, null)], null);
    expect(manner[0]).toContain('None of your choices');
    expect(manner).toHaveLength(1);
  });

  it('differs between runs that did different things', () => {
    const one = questionsFor([decision('Stay at the flat', 'plausible', at(24, 21), 'L1')]);
    const other = questionsFor([decision('Give your own name', 'speculative', at(24, 23), 'L2')]);
    expect(one).not.toEqual(other);
  });
});

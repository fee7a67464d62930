import { describe, expect, it } from 'vitest';
import { recordVote } from '../../src/core/club-vote.ts';
import { chooseAgainText, decisionLine, decisionNews, dissentLine, tieLine } from '../../src/core/club-wording.ts';
import type { ChoiceOption } from '../../src/core/events.ts';

const CHOICES: readonly ChoiceOption[] = [
  { index: 0, text: 'Go to Smolny', historicity: 'historical', branch: null },
  { index: 1, text: 'Stay hidden', historicity: 'plausible', branch: 'L1' },
  { index: 2, text: 'Write another letter', historicity: null, branch: null },
];
const vote = (tally: number[], chosen: number) => recordVote(0, CHOICES, tally, chosen, '', 1);

describe('the tie on screen follows the counts', () => {
  it('names the tie the counts hold, and none once they no longer tie', () => {
    expect(tieLine([5, 5, 0])).toBe('A tie: 2 options have 5 votes each. The facilitator decides:');
    // a count changed after the tie was shown: 13 votes, 5–4–4, is no tie at all
    expect(tieLine([5, 4, 4])).toBeNull();
    expect(tieLine([5, 6, 6])).toBe('A tie: 2 options have 6 votes each. The facilitator decides:');
    expect(tieLine([1, 1, 1])).toBe('A tie: 3 options have 1 vote each. The facilitator decides:');
    expect(tieLine([0, 0, 0])).toBe('No votes were counted. The facilitator decides:');
  });
});

describe('what the panel says once the room has decided', () => {
  it('says plainly who decided', () => {
    expect(decisionNews(vote([3, 5, 0], 1))).toBe('Decided by majority. Taken: “Stay hidden” — 5 of 8 votes.');
    expect(decisionNews(vote([2, 2, 0], 1))).toBe(
      'A tie: the facilitator decided. Taken: “Stay hidden” — 2 of 4 votes.',
    );
    expect(decisionNews(vote([0, 0, 0], 2))).toBe(
      'No votes were cast: the facilitator decided. Taken: “Write another letter”.',
    );
    expect(decisionNews(vote([5, 4, 0], 1))).toBe(
      'The facilitator chose against the majority. Taken: “Stay hidden” — 4 of 9 votes (5 for “Go to Smolny”).',
    );
  });

  it('puts an override in the report with the counts it went against', () => {
    const overridden = vote([5, 4, 0], 1);
    expect(decisionLine(overridden)).toBe(
      'The facilitator chose against the majority: 4 of 9 votes (5 for “Go to Smolny”).',
    );
    expect(dissentLine(overridden)).toBe('5 of 9 voted otherwise: 5 for “Go to Smolny”.');
    expect(decisionLine(vote([5, 5, 2], 2))).toBe(
      'The facilitator chose against the majority: 2 of 12 votes (5 for “Go to Smolny”, 5 for “Stay hidden”).',
    );
  });
});

describe('the question before choosing again in club mode', () => {
  it('says how many recorded votes, and whether an ending, will be set aside, and that nothing is erased', () => {
    expect(chooseAgainText({ choice: 9, text: 'Go to Smolny', votes: 5, choices: 5, ending: 'lenin_test_end' })).toBe(
      'The group took “Go to Smolny” there. Going back sets aside 5 recorded votes (from choice 9 on) and the ending the group reached. Nothing is erased: the session report keeps them, marked “Set aside when the group chose again”.',
    );
    expect(chooseAgainText({ choice: 2, text: 'Stay', votes: 1, choices: 1, ending: null })).toBe(
      'The group took “Stay” there. Going back sets aside 1 recorded vote (from choice 2 on). Nothing is erased: the session report keeps it, marked “Set aside when the group chose again”.',
    );
    expect(chooseAgainText({ choice: 3, text: 'Walk on', votes: 0, choices: 1, ending: null })).toBe(
      'The group took “Walk on” there. No recorded votes will be set aside.',
    );
  });
});

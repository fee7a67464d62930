import { describe, expect, it } from 'vitest';
import {
  cleanCount,
  deciderOf,
  dissent,
  oneLine,
  outvotedBy,
  putToVote,
  recordVote,
  REASON_MAX,
  tallyOutcome,
  totalVotes,
  votesOnPath,
} from '../../src/core/club-vote.ts';
import type { ChoiceOption } from '../../src/core/events.ts';

const CHOICES: readonly ChoiceOption[] = [
  { index: 0, text: 'Go to Smolny', historicity: 'historical', branch: null },
  { index: 2, text: 'Stay hidden', historicity: 'plausible', branch: 'L1' },
  { index: 3, text: 'Write another letter', historicity: null, branch: null },
];

describe('tallying a vote', () => {
  it('takes the option with the most hands, even without an absolute majority', () => {
    expect(tallyOutcome([5, 3, 4])).toEqual({ kind: 'majority', winner: 0 });
    expect(tallyOutcome([0, 1, 0])).toEqual({ kind: 'majority', winner: 1 });
  });

  it('calls a shared top count a tie between exactly the leaders', () => {
    expect(tallyOutcome([4, 4, 1])).toEqual({ kind: 'tie', tied: [0, 1] });
    expect(tallyOutcome([2, 7, 7])).toEqual({ kind: 'tie', tied: [1, 2] });
  });

  it('leaves a vote nobody cast to the facilitator, among every option', () => {
    expect(tallyOutcome([0, 0, 0])).toEqual({ kind: 'tie', tied: [0, 1, 2] });
  });

  it('reads slips of the keyboard as whole, non-negative counts', () => {
    expect([-3, 2.7, Number.NaN, 1e9].map(cleanCount)).toEqual([0, 2, 0, 999]);
    expect(tallyOutcome([-5, 0.5, 1])).toEqual({ kind: 'majority', winner: 2 });
  });
});

describe('recording a vote', () => {
  it('keeps the tally per option, the ink index taken and who decided', () => {
    const vote = recordVote(4, CHOICES, [6, 2, 1], 0, 'The Congress must meet a government already fallen', 2);
    expect(vote).toEqual({
      atChoice: 4,
      inkIndex: 0,
      options: [
        { text: 'Go to Smolny', historicity: 'historical', branch: null, votes: 6 },
        { text: 'Stay hidden', historicity: 'plausible', branch: 'L1', votes: 2 },
        { text: 'Write another letter', historicity: null, branch: null, votes: 1 },
      ],
      chosen: 0,
      decidedBy: 'majority',
      reason: 'The Congress must meet a government already fallen',
      sitting: 2,
    });
    expect(totalVotes(vote)).toBe(9);
    expect(dissent(vote).map((option) => [option.text, option.votes])).toEqual([
      ['Stay hidden', 2],
      ['Write another letter', 1],
    ]);
  });

  it('marks a tie broken by the facilitator, and the other side of the tie as dissent', () => {
    const vote = recordVote(0, CHOICES, [3, 3, 0], 1, '', 1);
    expect(vote.decidedBy).toBe('tie');
    expect(vote.inkIndex).toBe(2);
    expect(dissent(vote).map((option) => option.text)).toEqual(['Go to Smolny']);
  });

  it('keeps a reason to one line of bounded length', () => {
    expect(oneLine('  Because\nthe garrison   is ours  ')).toBe('Because the garrison is ours');
    expect(recordVote(0, CHOICES, [1, 0, 0], 0, 'x'.repeat(500), 1).reason).toHaveLength(REASON_MAX);
  });

  it('refuses an option that is not on offer', () => {
    expect(() => recordVote(0, CHOICES, [1, 0, 0], 3, '', 1)).toThrow(RangeError);
  });
});

describe('votes and the path', () => {
  const first = recordVote(0, CHOICES, [5, 1, 0], 0, '', 1);
  const second = recordVote(1, CHOICES, [0, 4, 1], 1, '', 1);

  it('keeps the votes the path still passes through', () => {
    expect(votesOnPath([first, second], [0, 2])).toEqual([first, second]);
    expect(votesOnPath([first, second], [0])).toEqual([first]);
    expect(votesOnPath([first, second], [0, 3])).toEqual([first]);
    expect(votesOnPath([first, second], [])).toEqual([]);
  });
});

describe('who decided, read from the counts', () => {
  it('tells a majority, a tie broken, a vote nobody cast and an override apart', () => {
    expect(deciderOf([5, 4], 0)).toBe('majority');
    expect(deciderOf([5, 5, 1], 1)).toBe('tie');
    expect(deciderOf([0, 0], 1)).toBe('no-votes');
    expect(deciderOf([5, 4], 1)).toBe('override');
    expect(deciderOf([5, 5, 2], 2)).toBe('override');
  });

  it('records the minority of a 5–4 count as the facilitator overriding the majority', () => {
    const vote = recordVote(8, CHOICES, [5, 4, 0], 1, 'we want to see what happens', 1);
    expect(vote.decidedBy).toBe('override');
    expect(outvotedBy(vote).map((option) => [option.text, option.votes])).toEqual([['Go to Smolny', 5]]);
    expect(dissent(vote).map((option) => option.votes)).toEqual([5]);
  });

  it('counts a decision with one option as no vote', () => {
    const only = recordVote(0, CHOICES.slice(0, 1), [0], 0, '', 1);
    expect(putToVote(only)).toBe(false);
    expect(putToVote(recordVote(0, CHOICES, [0, 0, 0], 0, '', 1))).toBe(true);
  });
});

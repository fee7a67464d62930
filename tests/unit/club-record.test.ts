import { describe, expect, it } from 'vitest';
import {
  beginSitting,
  currentSitting,
  newClub,
  setAsideOffPath,
  timerMinutesOrDefault,
  votesFrom,
  withVote,
} from '../../src/core/club-record.ts';
import { recordVote } from '../../src/core/club-vote.ts';
import type { ChoiceOption } from '../../src/core/events.ts';

const WEEK_1 = new Date('2026-11-19T16:00:00Z');
const WEEK_2 = new Date('2026-11-26T16:00:00Z');
const CHOICES: readonly ChoiceOption[] = [
  { index: 0, text: 'Go to Smolny', historicity: 'historical', branch: null },
  { index: 1, text: 'Stay hidden', historicity: 'plausible', branch: 'L1' },
];
const zeros = (length: number): number[] => Array.from({ length }, () => 0);
/** A club that voted option 1 (ink index 0) at each of `count` choices, in sitting `sitting`. */
function votedThrough(count: number, sitting = 1) {
  let club = newClub('Thursday', WEEK_1);
  for (let at = 0; at < count; at++)
    club = withVote(club, recordVote(at, CHOICES, [5, 4], 0, `reason ${at + 1}`, sitting), WEEK_1);
  return club;
}

describe('a club’s sittings', () => {
  it('starts with one sitting, on the day the group first met, and the usual timer', () => {
    const club = newClub('Thursday', WEEK_1);
    expect(club.sittings).toEqual([{ startedAt: WEEK_1.toISOString() }]);
    expect(currentSitting(club)).toBe(1);
    expect(club.timerMinutes).toBe(3);
  });

  it('begins a new sitting when the slot is opened another day, not on the same day', () => {
    const club = newClub('Thursday', WEEK_1);
    expect(beginSitting(club, new Date('2026-11-19T17:30:00Z'))).toBe(club);
    const next = beginSitting(club, WEEK_2);
    expect(next.sittings.map((sitting) => sitting.startedAt)).toEqual([WEEK_1.toISOString(), WEEK_2.toISOString()]);
    expect(currentSitting(next)).toBe(2);
  });

  it('keeps only the discussion lengths the timer offers', () => {
    expect([1, 5, 10, 4, undefined, -2].map(timerMinutesOrDefault)).toEqual([1, 5, 10, 3, 3, 3]);
  });
});

describe('choosing again sets votes aside, never erases them', () => {
  it('moves the votes of the left path, with its ending, into a record of when and where', () => {
    const club = votedThrough(13);
    const back = setAsideOffPath(club, { path: zeros(13), ending: 'lenin_test_end' }, zeros(8), WEEK_2);
    expect(back.votes.map((vote) => vote.atChoice)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(back.setAside).toHaveLength(1);
    const [record] = back.setAside;
    expect(record).toMatchObject({ at: WEEK_2.toISOString(), sitting: 1, atChoice: 8, choices: 5 });
    expect(record?.ending).toBe('lenin_test_end');
    expect(record?.votes.map((vote) => [vote.atChoice, vote.reason])).toEqual([
      [8, 'reason 9'],
      [9, 'reason 10'],
      [10, 'reason 11'],
      [11, 'reason 12'],
      [12, 'reason 13'],
    ]);
  });

  it('records an ending left behind even when no vote was', () => {
    const club = votedThrough(1);
    const back = setAsideOffPath(club, { path: [0, 0], ending: 'lenin_test_end' }, [0], WEEK_1);
    expect(back.votes).toHaveLength(1);
    expect(back.setAside).toEqual([
      { at: WEEK_1.toISOString(), sitting: 1, atChoice: 1, choices: 1, votes: [], ending: 'lenin_test_end' },
    ]);
  });

  it('changes nothing when the run only moves on', () => {
    const club = votedThrough(2);
    expect(setAsideOffPath(club, { path: [0, 0], ending: null }, [0, 0, 1], WEEK_1)).toBe(club);
    expect(setAsideOffPath(club, null, [0, 0], WEEK_1)).toBe(club);
  });

  it('sets aside, rather than overwrites, a vote recorded where a new one is taken', () => {
    const club = votedThrough(3);
    const again = withVote(club, recordVote(1, CHOICES, [1, 6], 1, 'second thoughts', 2), WEEK_2);
    expect(again.votes.map((vote) => [vote.atChoice, vote.reason])).toEqual([
      [0, 'reason 1'],
      [1, 'second thoughts'],
    ]);
    expect(again.setAside[0]?.votes.map((vote) => vote.reason)).toEqual(['reason 2', 'reason 3']);
  });

  it('counts the votes going back to a choice would set aside', () => {
    expect(votesFrom(votedThrough(13), 8)).toHaveLength(5);
    expect(votesFrom(votedThrough(3), 3)).toHaveLength(0);
  });
});

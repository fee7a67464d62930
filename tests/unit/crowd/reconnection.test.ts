import { describe, expect, it } from 'vitest';
import {
  countsOf,
  openedCopy,
  reasonsGiven,
  restoreChunks,
  shownBallots,
  withTally,
} from '../../../src/crowd/ballot-copy.ts';
import { joinFailure } from '../../../src/crowd/join-error.ts';
import type { Ballot, ServerToProjector } from '../../../src/crowd/protocol.ts';
import { createRejoiner, rejoinDelay, type Attempt } from '../../../src/crowd/rejoin.ts';
import { newSeatKey, seatKeyFor } from '../../../src/crowd/secret-key.ts';

const ballot = (seat: string, option: number, reason = '', over: Partial<Ballot> = {}): Ballot => ({
  seat,
  nickname: '',
  option,
  reason,
  hidden: false,
  shown: false,
  ...over,
});
const tally = (over: Partial<ServerToProjector['tally']>): ServerToProjector['tally'] => ({
  voteId: 'v1',
  counts: [],
  joined: 3,
  reasonsShown: false,
  ballots: [],
  full: false,
  outcome: null,
  ...over,
});
const opened = () => openedCopy({ voteId: 'v1', passage: 'p', options: ['Wait', 'Strike'] }, 0);

describe('the facilitator’s copy of the ballots', () => {
  it('folds tallies in: a changed vote replaces the seat’s ballot, counts come from the ballots', () => {
    let copy = withTally(opened(), tally({ ballots: [ballot('aaaaaaaa', 0), ballot('bbbbbbbb', 1, 'why')] }));
    copy = withTally(copy, tally({ ballots: [ballot('aaaaaaaa', 1)] }));
    expect(countsOf(copy)).toEqual([0, 2]);
    expect(copy.joined).toBe(3);
    expect(reasonsGiven(copy)).toBe(1);
  });

  it('keeps every ballot when a re-created room sends an empty full tally before the restore', () => {
    const before = withTally(opened(), tally({ ballots: [ballot('aaaaaaaa', 0), ballot('bbbbbbbb', 1)] }));
    const after = withTally(before, tally({ ballots: [], full: true, joined: 0 }));
    expect(countsOf(after)).toEqual([1, 1]);
    // a tally for no vote, or another, changes only the joined count
    const other = withTally(before, tally({ voteId: '', ballots: [ballot('cccccccc', 0)], joined: 4 }));
    expect(countsOf(other)).toEqual([1, 1]);
    expect(other.joined).toBe(4);
  });

  it('ignores a ballot for an option the vote does not have', () => {
    const copy = withTally(opened(), tally({ ballots: [ballot('aaaaaaaa', 5)] }));
    expect(countsOf(copy)).toEqual([0, 0]);
  });

  it('shows only revealed, unhidden reasons, and sends the ballots back in chunks after a restart', () => {
    const ballots = Array.from({ length: 120 }, (_, n) =>
      ballot(`seat${String(n).padStart(4, '0')}`, n % 2, n < 2 ? 'a reason' : '', {
        shown: n < 2,
        hidden: n === 1,
      }),
    );
    const copy = withTally(opened(), tally({ ballots, reasonsShown: true }));
    expect(shownBallots(copy).map((shown) => shown.seat)).toEqual(['seat0000']);
    const chunks = restoreChunks(copy, 50);
    expect(chunks.map((chunk) => chunk.length)).toEqual([50, 50, 20]);
    expect(chunks[0]?.[1]).toEqual({ seat: 'seat0001', nickname: '', option: 1, reason: 'a reason', hidden: true });
    expect(chunks.flat()).toHaveLength(120);
  });
});

describe('rejoining', () => {
  it('waits a quarter second, then doubles up to four seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(rejoinDelay)).toEqual([250, 500, 1000, 2000, 4000, 4000, 4000]);
  });

  it('tries until it joins, with the delays in order, and stops when told', async () => {
    const waits: number[] = [];
    const runs: (() => void)[] = [];
    const results: Attempt[] = ['retry', 'retry', 'joined'];
    const rejoiner = createRejoiner(
      () => Promise.resolve(results.shift() ?? 'joined'),
      (run, ms) => {
        waits.push(ms);
        runs.push(run);
        return () => undefined;
      },
    );
    rejoiner.start();
    rejoiner.start(); // a second start while trying changes nothing
    for (let step = 0; step < 3; step += 1) {
      runs.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    }
    expect(waits).toEqual([250, 500, 1000]);
    expect(rejoiner.attempts).toBe(3);
    expect(rejoiner.trying).toBe(false);
  });

  it('treats a thrown attempt as one to retry, and a stop as the end', async () => {
    const runs: (() => void)[] = [];
    let cancelled = 0;
    const rejoiner = createRejoiner(
      () => Promise.reject(new Error('no server')),
      (run) => {
        runs.push(run);
        return () => (cancelled += 1);
      },
    );
    rejoiner.start();
    runs.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runs).toHaveLength(1);
    rejoiner.stop();
    expect(cancelled).toBe(1);
    expect(rejoiner.trying).toBe(false);
  });
});

describe('the phone’s seat key', () => {
  it('is 32 URL-safe characters, kept per code in the tab’s storage', () => {
    const key = newSeatKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const kept = new Map<string, string>();
    const store = {
      getItem: (name: string) => kept.get(name) ?? null,
      setItem: (name: string, value: string) => void kept.set(name, value),
    };
    const first = seatKeyFor('ACDEFG', store);
    expect(seatKeyFor('ACDEFG', store)).toBe(first);
    expect(seatKeyFor('HJKMNP', store)).not.toBe(first);
    // a damaged stored key is replaced, and a refusing storage still gives a key
    kept.set('petrograd-crowd-seat-ACDEFG', '<script>');
    expect(seatKeyFor('ACDEFG', store)).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(seatKeyFor('ACDEFG', refusing)).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});

describe('a failed join in plain words', () => {
  it('tells a wrong code from a busy network and an unreachable server', () => {
    expect(joinFailure(Object.assign(new Error('room "X" not found'), { code: 522 }), 'ACDEFG')).toEqual({
      message: 'No room has the code ACDEFG. Check the code on the screen and try again.',
      noRoom: true,
    });
    expect(joinFailure({ status: 429 }, 'ACDEFG').noRoom).toBe(false);
    expect(joinFailure({ status: 429 }, 'ACDEFG').message).toMatch(/Too many tries/);
    expect(joinFailure(new TypeError('fetch failed'), 'ACDEFG').message).toMatch(/cannot be reached/);
  });
});

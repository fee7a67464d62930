import { tallyOutcome } from '../src/core/club-vote.ts';
import type { Ballot, ServerToProjector } from '../src/crowd/protocol.ts';
import { type BallotBox, createBallotBox } from './ballot-box.ts';
import type { CrowdRoom } from './crowd-room.ts';

/** Changes reach the projector together, at most this often, so a burst of votes is one message. */
const FLUSH_MS = 25;

/**
 * The open vote's ballots and what the projector is told about them: live counts, and the ballots that
 * changed since the last message (or all of them, after the projector joins).
 */
export interface Tally {
  readonly box: BallotBox | null;
  reasonsShown: boolean;
  /** A new vote (a fresh box) unless it is the vote already open with the same options. */
  open(voteId: string, optionCount: number): void;
  end(): void;
  changed(seat: string): void;
  schedule(): void;
  sendFull(): void;
  clear(): void;
}

export function createTally(room: CrowdRoom): Tally {
  let box: BallotBox | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const dirty = new Set<string>();
  let full = false;

  const ballotOf = (seat: string, shown: boolean): Ballot | null => {
    const stored = box?.get(seat);
    if (!stored) return null;
    const nickname = room.seats.get(seat)?.nickname ?? '';
    return { seat, nickname, ...stored, shown: shown && !stored.hidden };
  };

  const flush = (): void => {
    timer = null;
    const projector = room.projector;
    if (!projector) return;
    const seats = full && box ? [...box.seats()] : [...dirty];
    const counts = box?.counts() ?? [];
    const message: ServerToProjector['tally'] = {
      voteId: box?.voteId ?? '',
      counts,
      joined: room.phonesPresent(),
      reasonsShown: tally.reasonsShown,
      ballots: seats.flatMap((seat) => ballotOf(seat, tally.reasonsShown) ?? []),
      full,
      outcome: room.state.phase === 'closed' && box ? tallyOutcome(counts) : null,
    };
    dirty.clear();
    full = false;
    projector.send('tally', message);
  };

  const tally: Tally = {
    get box() {
      return box;
    },
    reasonsShown: false,
    open(voteId, optionCount) {
      if (box?.voteId === voteId && box.optionCount === optionCount) return;
      box = createBallotBox(voteId, optionCount);
      tally.reasonsShown = false;
      tally.sendFull();
    },
    end() {
      box = null;
      tally.reasonsShown = false;
      tally.sendFull();
    },
    changed(seat) {
      dirty.add(seat);
      tally.schedule();
    },
    schedule() {
      timer ??= setTimeout(flush, FLUSH_MS);
    },
    sendFull() {
      full = true;
      dirty.clear();
      tally.schedule();
    },
    clear() {
      if (timer) clearTimeout(timer);
      timer = null;
      box = null;
      dirty.clear();
    },
  };
  return tally;
}

import type { Ballot, RestoredBallot, ServerToProjector } from './protocol.ts';

/** A vote as the projector opened it on the phones. */
export interface OpenedVote {
  readonly voteId: string;
  readonly passage: string;
  readonly options: readonly string[];
}

/**
 * The facilitator's copy of the vote on the phones: the authoritative record. The server relays; after a
 * restart it knows nothing, and this copy puts the ballots back.
 */
export interface BallotCopy {
  readonly vote: OpenedVote | null;
  readonly phase: 'open' | 'closed';
  readonly reasonsShown: boolean;
  readonly ballots: ReadonlyMap<string, Ballot>;
  readonly joined: number;
}

export const emptyCopy: BallotCopy = { vote: null, phase: 'open', reasonsShown: false, ballots: new Map(), joined: 0 };

export function openedCopy(vote: OpenedVote, joined: number): BallotCopy {
  return { vote, phase: 'open', reasonsShown: false, ballots: new Map(), joined };
}

/**
 * A tally from the server, folded into the copy. Ballots are merged, never dropped: within one vote a phone can
 * change its ballot but not withdraw it, so a `full` tally sent before the copy was restored (a re-created room
 * is empty at first) cannot wipe the record. A tally for another vote changes only the joined count.
 */
export function withTally(copy: BallotCopy, tally: ServerToProjector['tally']): BallotCopy {
  if (!copy.vote || tally.voteId !== copy.vote.voteId) return { ...copy, joined: tally.joined };
  const ballots = new Map(copy.ballots);
  for (const ballot of tally.ballots) {
    if (ballot.option >= 0 && ballot.option < copy.vote.options.length) ballots.set(ballot.seat, ballot);
  }
  return { ...copy, ballots, joined: tally.joined, reasonsShown: tally.reasonsShown };
}

/** The count per option, from the ballots themselves. */
export function countsOf(copy: BallotCopy): number[] {
  const counts = new Array<number>(copy.vote?.options.length ?? 0).fill(0);
  for (const { option } of copy.ballots.values()) counts[option] = (counts[option] ?? 0) + 1;
  return counts;
}

/** The reasons on the projector now: revealed, not hidden, not empty. */
export function shownBallots(copy: BallotCopy): Ballot[] {
  return [...copy.ballots.values()].filter((ballot) => ballot.shown && !ballot.hidden && ballot.reason !== '');
}

export function reasonsGiven(copy: BallotCopy): number {
  return [...copy.ballots.values()].filter((ballot) => ballot.reason !== '').length;
}

/** The ballots to send back after a restart, in messages of at most `size` (the protocol's restore chunk). */
export function restoreChunks(copy: BallotCopy, size: number): RestoredBallot[][] {
  const all = [...copy.ballots.values()].map(({ seat, nickname, option, reason, hidden }) => ({
    seat,
    nickname,
    option,
    reason,
    hidden,
  }));
  const chunks: RestoredBallot[][] = [];
  for (let at = 0; at < all.length; at += size) chunks.push(all.slice(at, at + size));
  return chunks;
}

/** One phone's vote in the open vote, as the server holds it until the vote is over. */
export interface StoredBallot {
  readonly option: number;
  readonly reason: string;
  /** The facilitator hid this reason from the projector. */
  readonly hidden: boolean;
}

/**
 * The ballots of one vote: one per seat, changeable while the vote is open. Votes restored from the
 * projector's copy after a restart never overwrite a vote a phone has cast since (the phone's is newer).
 */
export interface BallotBox {
  readonly voteId: string;
  readonly optionCount: number;
  cast(seat: string, option: number, reason: string): void;
  restore(seat: string, option: number, reason: string, hidden: boolean): boolean;
  setHidden(seat: string, hidden: boolean): boolean;
  get(seat: string): StoredBallot | undefined;
  counts(): number[];
  seats(): IterableIterator<string>;
  readonly size: number;
}

export function createBallotBox(voteId: string, optionCount: number): BallotBox {
  const ballots = new Map<string, StoredBallot>();
  const castLive = new Set<string>();
  const put = (seat: string, ballot: StoredBallot): void => {
    ballots.set(seat, ballot);
  };
  return {
    voteId,
    optionCount,
    cast(seat, option, reason) {
      castLive.add(seat);
      put(seat, { option, reason, hidden: ballots.get(seat)?.hidden ?? false });
    },
    restore(seat, option, reason, hidden) {
      if (castLive.has(seat) || option >= optionCount) return false;
      put(seat, { option, reason, hidden });
      return true;
    },
    setHidden(seat, hidden) {
      const ballot = ballots.get(seat);
      if (!ballot) return false;
      put(seat, { ...ballot, hidden });
      return true;
    },
    get: (seat) => ballots.get(seat),
    counts() {
      const counts = new Array<number>(optionCount).fill(0);
      for (const { option } of ballots.values()) counts[option] = (counts[option] ?? 0) + 1;
      return counts;
    },
    seats: () => ballots.keys(),
    get size() {
      return ballots.size;
    },
  };
}

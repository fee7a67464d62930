import type { ChoiceOption, Historicity } from './events.ts';

/** The longest reason kept: one line, read aloud in a debrief. */
export const REASON_MAX = 200;
/** No room holds more hands than this; a larger count is a slip of the keyboard. */
export const MAX_HANDS = 999;

/** What the room counted for each option, in the order the options are shown. */
export type Tally = readonly number[];

export type TallyOutcome =
  /** One option has more votes than any other: the room's choice. */
  | { readonly kind: 'majority'; readonly winner: number }
  /** Two or more options share the most votes (or nobody voted): the facilitator decides among `tied`. */
  | { readonly kind: 'tie'; readonly tied: readonly number[] };

/** A count as the facilitator typed it: blank, negative or fractional input becomes a whole number of hands. */
export function cleanCount(value: number): number {
  if (!Number.isFinite(value) || value < 0) return 0;
  return Math.min(MAX_HANDS, Math.floor(value));
}

/** The option with the most votes wins; a shared top count is a tie, and so is a vote nobody cast. */
export function tallyOutcome(tally: Tally): TallyOutcome {
  const counts = tally.map(cleanCount);
  const top = Math.max(0, ...counts);
  const leaders = counts.flatMap((count, position) => (count === top ? [position] : []));
  if (leaders.length === 1 && top > 0) return { kind: 'majority', winner: leaders[0] ?? 0 };
  return { kind: 'tie', tied: top === 0 ? counts.map((_, position) => position) : leaders };
}

export interface VotedOption {
  readonly text: string;
  readonly historicity: Historicity | null;
  readonly branch: string | null;
  readonly votes: number;
}

/** One decision the room took: what was on offer, how hands fell, what was done and why. */
export interface ClubVote {
  /** How many choices the run had made before this one (its place in the session's path). */
  readonly atChoice: number;
  /** ink's index of the option taken, so a vote can be matched to the path after a rewind. */
  readonly inkIndex: number;
  readonly options: readonly VotedOption[];
  /** Position (in `options`) of the option taken. */
  readonly chosen: number;
  readonly decidedBy: 'majority' | 'facilitator';
  readonly reason: string;
}

/** A reason as one tidy line: typed newlines and runs of spaces collapse, overlong text is cut. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, REASON_MAX);
}

/** Records the room's decision on the choices on screen; `chosen` is a position in `choices`. */
export function recordVote(
  atChoice: number,
  choices: readonly ChoiceOption[],
  tally: Tally,
  chosen: number,
  reason: string,
): ClubVote {
  const taken = choices[chosen];
  if (!taken) throw new RangeError(`There is no option ${chosen + 1} to take.`);
  const outcome = tallyOutcome(tally);
  return {
    atChoice,
    inkIndex: taken.index,
    options: choices.map((choice, position) => ({
      text: choice.text,
      historicity: choice.historicity,
      branch: choice.branch,
      votes: cleanCount(tally[position] ?? 0),
    })),
    chosen,
    decidedBy: outcome.kind === 'majority' && outcome.winner === chosen ? 'majority' : 'facilitator',
    reason: oneLine(reason),
  };
}

export function totalVotes(vote: ClubVote): number {
  return vote.options.reduce((sum, option) => sum + option.votes, 0);
}

/** The minority: every option not taken that still had hands up for it. */
export function dissent(vote: ClubVote): readonly VotedOption[] {
  return vote.options.filter((option, position) => position !== vote.chosen && option.votes > 0);
}

/**
 * The votes that still belong to the run after it went back ("choose again here", restart): a vote
 * stands only while the path still passes through the choice it took.
 */
export function votesOnPath(votes: readonly ClubVote[], path: readonly number[]): readonly ClubVote[] {
  return votes.filter((vote) => vote.atChoice < path.length && path[vote.atChoice] === vote.inkIndex);
}

/** Adds a vote, dropping any recorded at or after its place: those belonged to a path the room has left. */
export function addVote(votes: readonly ClubVote[], vote: ClubVote): readonly ClubVote[] {
  return [...votes.filter((kept) => kept.atChoice < vote.atChoice), vote];
}

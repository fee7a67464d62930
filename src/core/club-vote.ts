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

/**
 * Who decided, as the counts show it: the room's majority; the facilitator breaking a tie at the
 * top; the facilitator alone, when nobody voted; or the facilitator against the count.
 */
export type Decider = 'majority' | 'tie' | 'no-votes' | 'override';

/**
 * Reads who decided from the counts and the option taken, never from the button pressed: a
 * facilitator who takes an option the room did not put first is recorded as overriding it.
 */
export function deciderOf(tally: Tally, chosen: number): Decider {
  const outcome = tallyOutcome(tally);
  if (tally.every((count) => cleanCount(count) === 0)) return 'no-votes';
  if (outcome.kind === 'majority') return outcome.winner === chosen ? 'majority' : 'override';
  return outcome.tied.includes(chosen) ? 'tie' : 'override';
}

export interface VotedOption {
  readonly text: string;
  readonly historicity: Historicity | null;
  readonly branch: string | null;
  readonly votes: number;
}

/** Crowd play: one person's reason from a phone, as the facilitator revealed it (hidden reasons are not kept). */
export interface Voice {
  /** The nickname the person chose, or '' for none. */
  readonly nickname: string;
  /** Position (in `options`) of the option the person voted for. */
  readonly option: number;
  readonly reason: string;
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
  readonly decidedBy: Decider;
  readonly reason: string;
  /** The sitting (1 = the group's first meeting) in which the vote was taken. */
  readonly sitting: number;
  /** Crowd play: the reasons from phones the facilitator revealed (absent in single-screen club mode). */
  readonly voices?: readonly Voice[];
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
  sitting: number,
  voices: readonly Voice[] = [],
): ClubVote {
  const taken = choices[chosen];
  if (!taken) throw new RangeError(`There is no option ${chosen + 1} to take.`);
  const counts = choices.map((_, position) => cleanCount(tally[position] ?? 0));
  return {
    atChoice,
    inkIndex: taken.index,
    options: choices.map((choice, position) => ({
      text: choice.text,
      historicity: choice.historicity,
      branch: choice.branch,
      votes: counts[position] ?? 0,
    })),
    chosen,
    decidedBy: deciderOf(counts, chosen),
    reason: oneLine(reason),
    sitting,
    ...(voices.length > 0 ? { voices: voices.filter((voice) => voice.option < choices.length) } : {}),
  };
}

export function totalVotes(vote: Pick<ClubVote, 'options'>): number {
  return vote.options.reduce((sum, option) => sum + option.votes, 0);
}

/** A decision with one option is no vote: the room had nothing to choose between. */
export function putToVote(vote: Pick<ClubVote, 'options'>): boolean {
  return vote.options.length > 1;
}

/** The options that had more hands than the one taken: what a facilitator's override went against. */
export function outvotedBy<O extends VotedOption>(vote: {
  readonly options: readonly O[];
  readonly chosen: number;
}): readonly O[] {
  const taken = vote.options[vote.chosen]?.votes ?? 0;
  return vote.options.filter((option) => option.votes > taken);
}

/** The minority: every option not taken that still had hands up for it. */
export function dissent<O extends VotedOption>(vote: {
  readonly options: readonly O[];
  readonly chosen: number;
}): readonly O[] {
  return vote.options.filter((option, position) => position !== vote.chosen && option.votes > 0);
}

/**
 * The votes that still belong to the run after it went back ("choose again here", restart): a vote
 * stands only while the path still passes through the choice it took.
 */
export function votesOnPath(votes: readonly ClubVote[], path: readonly number[]): readonly ClubVote[] {
  return votes.filter((vote) => vote.atChoice < path.length && path[vote.atChoice] === vote.inkIndex);
}

import type { SettledBy } from './club-decisions.ts';
import { votesOnPath, type ClubVote } from './club-vote.ts';
import { DISCUSSION_MINUTES } from './discussion-timer.ts';

/** One meeting of the group: a session resumed next week is a new sitting. */
export interface Sitting {
  /** ISO time the sitting began (the slot was opened). */
  readonly startedAt: string;
}

/**
 * Votes the group set aside when it went back to choose again: kept as they were, with the ending
 * that path had reached, because a record that forgets what the room once decided is not a record.
 */
export interface SetAside {
  /** ISO time the group went back. */
  readonly at: string;
  /** The sitting in which it went back. */
  readonly sitting: number;
  /** The choice the group went back to (0 = the run's first), counted as `ClubVote.atChoice` is. */
  readonly atChoice: number;
  /** How many choices the abandoned path had made from there on (voted or not). */
  readonly choices: number;
  readonly votes: readonly ClubVote[];
  /** The ending that path had reached, if it had. */
  readonly ending: string | null;
}

/**
 * A choice taken without a vote, with "key decisions only" on: it was not a key decision, so it
 * was settled along history or by the facilitator's click. Recorded so the report never passes it
 * off as the room's.
 */
export interface Settled {
  /** Its place in the session's path, counted as `ClubVote.atChoice` is. */
  readonly atChoice: number;
  readonly inkIndex: number;
  readonly by: SettledBy;
  readonly sitting: number;
}

/** A group playing together over several weeks: its name, its sittings, its votes, and its habits. */
export interface ClubSession {
  readonly groupName: string;
  /** ISO time of the first meeting. */
  readonly startedAt: string;
  readonly sittings: readonly Sitting[];
  /** The votes on the path the run is on now. */
  readonly votes: readonly ClubVote[];
  /** Paths the group left by choosing again, oldest first. */
  readonly setAside: readonly SetAside[];
  /** The discussion length the facilitator last picked, kept for next week. */
  readonly timerMinutes: number;
  /** "Key decisions only": the room votes only on key decisions; the rest are settled without a vote. */
  readonly keyOnly: boolean;
  /** Choices on the path settled without a vote. */
  readonly settled: readonly Settled[];
  /** Choices the run had made, along history, before the group began (a named start); 0 from the beginning. */
  readonly beganAt: number;
}

export const DEFAULT_TIMER_MINUTES = 3;

/** A stored length the timer offers, or the default: an odd number in a file does not reach the screen. */
export function timerMinutesOrDefault(minutes: number | undefined): number {
  return DISCUSSION_MINUTES.find((offered) => offered === minutes) ?? DEFAULT_TIMER_MINUTES;
}

export function newClub(groupName: string, now: Date): ClubSession {
  const startedAt = now.toISOString();
  return {
    groupName,
    startedAt,
    sittings: [{ startedAt }],
    votes: [],
    setAside: [],
    timerMinutes: DEFAULT_TIMER_MINUTES,
    keyOnly: false,
    settled: [],
    beganAt: 0,
  };
}

/** The settled choices the path still passes through. */
export function settledOnPath(settled: readonly Settled[], path: readonly number[]): Settled[] {
  return settled.filter((choice) => choice.atChoice < path.length && path[choice.atChoice] === choice.inkIndex);
}

/** Records a choice settled without a vote (anything recorded at or after its place belonged to a path left). */
export function withSettled(club: ClubSession, choice: Settled): ClubSession {
  return { ...club, settled: [...club.settled.filter((kept) => kept.atChoice < choice.atChoice), choice] };
}

/** The number of the sitting under way (1 = the first). */
export function currentSitting(club: ClubSession): number {
  return Math.max(1, club.sittings.length);
}

/** The day of an ISO time, as the report dates it (UTC, so a report reads the same on every machine). */
const dayOf = (iso: string): string => iso.slice(0, 10);

/**
 * The slot was opened again: a new sitting, unless the last one began the same day (a reloaded
 * page, or a second look after the lesson, is still that day's meeting).
 */
export function beginSitting(club: ClubSession, now: Date): ClubSession {
  const startedAt = now.toISOString();
  const last = club.sittings.at(-1);
  if (last && dayOf(last.startedAt) === dayOf(startedAt)) return club;
  return { ...club, sittings: [...club.sittings, { startedAt }] };
}

/** Where the run stood before it moved: its path and the ending it had reached. */
export interface RunSoFar {
  readonly path: readonly number[];
  readonly ending: string | null;
}

/**
 * The run is now on `path`. Votes it no longer passes through (the group chose again, or restarted
 * the chapter) move to a set-aside record, with the ending the left path had reached; nothing is dropped.
 */
export function setAsideOffPath(
  club: ClubSession,
  before: RunSoFar | null,
  path: readonly number[],
  now: Date,
): ClubSession {
  const kept = votesOnPath(club.votes, path);
  const left = club.votes.filter((vote) => !kept.includes(vote));
  const wentBack = before !== null && before.path.length > path.length;
  const endingLeft = wentBack ? before.ending : null;
  const settled = settledOnPath(club.settled, path);
  if (left.length === 0 && endingLeft === null)
    return settled.length === club.settled.length ? club : { ...club, settled };
  const record: SetAside = {
    at: now.toISOString(),
    sitting: currentSitting(club),
    atChoice: Math.min(path.length, ...left.map((vote) => vote.atChoice)),
    choices: wentBack ? before.path.length - path.length : left.length,
    votes: left,
    ending: endingLeft,
  };
  return { ...club, votes: kept, settled, setAside: [...club.setAside, record] };
}

/**
 * Adds the room's decision. A vote already recorded at or after its place belongs to a path the
 * group has left, and is set aside rather than overwritten.
 */
export function withVote(club: ClubSession, vote: ClubVote, now: Date): ClubSession {
  const before = club.votes.filter((kept) => kept.atChoice < vote.atChoice);
  const left = club.votes.filter((kept) => kept.atChoice >= vote.atChoice);
  const record: SetAside = {
    at: now.toISOString(),
    sitting: currentSitting(club),
    atChoice: vote.atChoice,
    choices: left.length,
    votes: left,
    ending: null,
  };
  return {
    ...club,
    votes: [...before, vote],
    settled: club.settled.filter((choice) => choice.atChoice < vote.atChoice),
    setAside: left.length ? [...club.setAside, record] : club.setAside,
  };
}

/** The votes that would be set aside by going back to choice `atChoice` (0 = the first). */
export function votesFrom(club: ClubSession, atChoice: number): readonly ClubVote[] {
  return club.votes.filter((vote) => vote.atChoice >= atChoice);
}

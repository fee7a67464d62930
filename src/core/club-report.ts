import { formatBothCalendars, formatDate } from './clock.ts';
import { dissent, totalVotes, type ClubVote } from './club-vote.ts';
import type { Historicity } from './events.ts';
import { PLACES } from './places.ts';
import type { Decision } from './session.ts';

/** A section someone else writes (the debrief, discussion questions): a heading and its paragraphs. */
export interface ReportSection {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

export interface ReportInput {
  readonly groupName: string;
  readonly roleName: string;
  /** ISO times: when the group first met, and now. */
  readonly startedAt: string;
  readonly madeAt: string;
  readonly decisions: readonly Decision[];
  readonly ending: string | null;
  readonly votes: readonly ClubVote[];
  readonly extraSections?: readonly ReportSection[];
}

export interface ReportStep {
  /** 1 = the run's first choice. */
  readonly number: number;
  readonly chapter: string | null;
  readonly when: string | null;
  readonly place: string | null;
  readonly text: string;
  readonly historicity: Historicity | null;
  readonly branch: string | null;
  /** The number of the vote that took this choice, if the room voted on it. */
  readonly voteNumber: number | null;
}

export interface ReportOption {
  readonly text: string;
  readonly votes: number;
  readonly historicity: Historicity | null;
  readonly branch: string | null;
  readonly chosen: boolean;
}

export interface ReportVote {
  readonly number: number;
  readonly step: ReportStep | null;
  readonly options: readonly ReportOption[];
  readonly total: number;
  readonly decidedBy: ClubVote['decidedBy'];
  readonly reason: string;
  readonly dissent: readonly { readonly text: string; readonly votes: number }[];
}

/** Everything a report says, as data: the Markdown and the printable page are two views of it. */
export interface ClubReport {
  readonly groupName: string;
  readonly roleName: string;
  readonly started: string;
  readonly made: string;
  readonly steps: readonly ReportStep[];
  readonly votes: readonly ReportVote[];
  readonly divergences: readonly ReportStep[];
  readonly ending: string | null;
  readonly extraSections: readonly ReportSection[];
}

function calendarDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: 0,
    minute: 0,
  });
}

export function buildClubReport(input: ReportInput): ClubReport {
  const votes = [...input.votes].sort((a, b) => a.atChoice - b.atChoice);
  const voteNumberAt = new Map(votes.map((vote, position) => [vote.atChoice, position + 1]));
  const steps = input.decisions.map((decision, position): ReportStep => ({
    number: position + 1,
    chapter: decision.chapter,
    when: decision.time ? formatBothCalendars(decision.time) : null,
    place: decision.place ? PLACES[decision.place].name : null,
    text: decision.text,
    historicity: decision.historicity,
    branch: decision.branch,
    voteNumber: voteNumberAt.get(position) ?? null,
  }));
  return {
    groupName: input.groupName,
    roleName: input.roleName,
    started: calendarDay(input.startedAt),
    made: calendarDay(input.madeAt),
    steps,
    votes: votes.map((vote, position) => ({
      number: position + 1,
      step: steps[vote.atChoice] ?? null,
      options: vote.options.map((option, at) => ({ ...option, chosen: at === vote.chosen })),
      total: totalVotes(vote),
      decidedBy: vote.decidedBy,
      reason: vote.reason,
      dissent: dissent(vote).map(({ text, votes: count }) => ({ text, votes: count })),
    })),
    divergences: steps.filter((step) => step.historicity === 'plausible' || step.historicity === 'speculative'),
    ending: input.ending,
    extraSections: input.extraSections ?? [],
  };
}

/** "plausible (branch L1)": how a choice stands to history, as the report prints it. */
export function historicityLabel(historicity: Historicity | null, branch: string | null): string {
  if (!historicity) return 'no bearing on history';
  return branch ? `${historicity} (branch ${branch})` : historicity;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Decided by majority, 7 of 12 votes" or "A tie, decided by the facilitator". */
export function decisionLine(vote: ReportVote): string {
  const taken = vote.options.find((option) => option.chosen);
  const votes = `${taken?.votes ?? 0} of ${plural(vote.total, 'vote', 'votes')}`;
  if (vote.decidedBy === 'majority') return `Decided by majority: ${votes}.`;
  return vote.total === 0
    ? 'No votes were cast: decided by the facilitator.'
    : `A tie, decided by the facilitator: ${votes}.`;
}

/** "5 of 12 voted otherwise: 3 for “…”, 2 for “…”." or that the room was unanimous. */
export function dissentLine(vote: ReportVote): string {
  if (vote.dissent.length === 0) return vote.total === 0 ? 'none recorded.' : 'none: the room was unanimous.';
  const against = vote.dissent.reduce((sum, option) => sum + option.votes, 0);
  const parts = vote.dissent.map((option) => `${option.votes} for “${option.text}”`);
  return `${against} of ${vote.total} voted otherwise: ${parts.join(', ')}.`;
}

export function whereAndWhen(step: ReportStep): string {
  return [step.chapter, step.when, step.place].filter((part): part is string => Boolean(part)).join(' · ');
}

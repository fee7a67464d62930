import { formatBothCalendars, formatDate } from './clock.ts';
import type { SettledBy } from './club-decisions.ts';
import type { SetAside, Settled, Sitting } from './club-record.ts';
import { dissent, putToVote, totalVotes, type ClubVote, type Decider } from './club-vote.ts';
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
  readonly sittings: readonly Sitting[];
  readonly decisions: readonly Decision[];
  readonly ending: string | null;
  /** The votes on the path as it stands. */
  readonly votes: readonly ClubVote[];
  readonly setAside: readonly SetAside[];
  /** Choices on the path settled without a vote ("key decisions only"). */
  readonly settled?: readonly Settled[];
  /** Choices made along history before the group began (a named start). */
  readonly beganAt?: number;
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
  /** Not a key decision: settled along history or by the facilitator, without a vote. */
  readonly settledBy: SettledBy | null;
  /** Taken as it happened, before the group began at a named start. */
  readonly beforeGroup: boolean;
}

export interface ReportSitting {
  /** 1 = the group's first meeting. */
  readonly number: number;
  readonly date: string;
}

export interface ReportOption {
  readonly text: string;
  readonly votes: number;
  readonly historicity: Historicity | null;
  readonly branch: string | null;
  readonly chosen: boolean;
}

export interface ReportVote {
  /** Its place in its list (the path's votes, or one set-aside path's). */
  readonly number: number;
  /** The choice it took, 1 = the run's first. */
  readonly choice: number;
  /** The step of the path it took; null for a vote set aside. */
  readonly step: ReportStep | null;
  readonly sitting: ReportSitting;
  readonly options: readonly ReportOption[];
  /** Position (in `options`) of the option taken. */
  readonly chosen: number;
  readonly total: number;
  readonly decidedBy: Decider;
  readonly reason: string;
  readonly dissent: readonly { readonly text: string; readonly votes: number }[];
  /** Crowd play: reasons from phones the facilitator revealed, with the option each was for. */
  readonly voices: readonly { readonly nickname: string; readonly option: string; readonly reason: string }[];
}

/** A path the group left by choosing again, as the report keeps it. */
export interface ReportSetAside {
  readonly number: number;
  readonly date: string;
  readonly sitting: ReportSitting;
  /** The choice the group went back to, 1 = the run's first. */
  readonly choice: number;
  /** How many choices the left path had made from there on. */
  readonly choices: number;
  readonly votes: readonly ReportVote[];
  readonly ending: string | null;
}

/** Everything a report says, as data: the Markdown and the printable page are two views of it. */
export interface ClubReport {
  readonly groupName: string;
  readonly roleName: string;
  readonly started: string;
  readonly made: string;
  readonly sittings: readonly ReportSitting[];
  readonly steps: readonly ReportStep[];
  readonly votes: readonly ReportVote[];
  readonly setAside: readonly ReportSetAside[];
  readonly divergences: readonly ReportStep[];
  readonly ending: string | null;
  readonly extraSections: readonly ReportSection[];
}

/** Every date in the report, in one form: "26 November 2026". */
export function calendarDay(iso: string): string {
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

function reportVotes(
  votes: readonly ClubVote[],
  sittings: readonly ReportSitting[],
  stepAt: (atChoice: number) => ReportStep | null,
): ReportVote[] {
  return votes.map((vote, position) => ({
    number: position + 1,
    choice: vote.atChoice + 1,
    step: stepAt(vote.atChoice),
    // a sitting the file does not know (it cannot happen, but a file is untrusted) is still named
    sitting: sittings[vote.sitting - 1] ?? { number: vote.sitting, date: 'a date not recorded' },
    options: vote.options.map((option, at) => ({ ...option, chosen: at === vote.chosen })),
    chosen: vote.chosen,
    total: totalVotes(vote),
    decidedBy: vote.decidedBy,
    reason: vote.reason,
    dissent: dissent(vote).map(({ text, votes: count }) => ({ text, votes: count })),
    voices: (vote.voices ?? []).map((voice) => ({
      nickname: voice.nickname,
      option: vote.options[voice.option]?.text ?? '',
      reason: voice.reason,
    })),
  }));
}

/** The votes of a one-option decision are no votes: the report says the choice was not put to one. */
const voted = (votes: readonly ClubVote[]): ClubVote[] =>
  votes.filter(putToVote).sort((a, b) => a.atChoice - b.atChoice);

export function buildClubReport(input: ReportInput): ClubReport {
  const votes = voted(input.votes);
  const voteNumberAt = new Map(votes.map((vote, position) => [vote.atChoice, position + 1]));
  const settledAt = new Map((input.settled ?? []).map((choice) => [choice.atChoice, choice.by]));
  const sittings = input.sittings.map((sitting, position) => ({
    number: position + 1,
    date: calendarDay(sitting.startedAt),
  }));
  const steps = input.decisions.map((decision, position): ReportStep => ({
    number: position + 1,
    chapter: decision.chapter,
    when: decision.time ? formatBothCalendars(decision.time) : null,
    place: decision.place ? PLACES[decision.place].name : null,
    text: decision.text,
    historicity: decision.historicity,
    branch: decision.branch,
    voteNumber: voteNumberAt.get(position) ?? null,
    settledBy: voteNumberAt.has(position) ? null : (settledAt.get(position) ?? null),
    beforeGroup: position < (input.beganAt ?? 0),
  }));
  return {
    groupName: input.groupName,
    roleName: input.roleName,
    started: calendarDay(input.startedAt),
    made: calendarDay(input.madeAt),
    sittings,
    steps,
    votes: reportVotes(votes, sittings, (atChoice) => steps[atChoice] ?? null),
    setAside: input.setAside.map((record, position) => ({
      number: position + 1,
      date: calendarDay(record.at),
      sitting: sittings[record.sitting - 1] ?? { number: record.sitting, date: calendarDay(record.at) },
      choice: record.atChoice + 1,
      choices: record.choices,
      votes: reportVotes(voted(record.votes), sittings, () => null),
      ending: record.ending,
    })),
    divergences: steps.filter((step) => step.historicity === 'plausible' || step.historicity === 'speculative'),
    ending: input.ending,
    extraSections: input.extraSections ?? [],
  };
}

/** The path's votes in runs of one sitting each (a path's votes never go back to an earlier sitting). */
export function bySitting(
  votes: readonly ReportVote[],
): { readonly sitting: ReportSitting; readonly votes: readonly ReportVote[] }[] {
  const groups: { sitting: ReportSitting; votes: ReportVote[] }[] = [];
  for (const vote of votes) {
    const last = groups.at(-1);
    if (last && last.sitting.number === vote.sitting.number) last.votes.push(vote);
    else groups.push({ sitting: vote.sitting, votes: [vote] });
  }
  return groups;
}

export function whereAndWhen(step: ReportStep): string {
  return [step.chapter, step.when, step.place].filter((part): part is string => Boolean(part)).join(' · ');
}

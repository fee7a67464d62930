import type { ClubReport, ReportSection, ReportVote } from './club-report.ts';
import { decisionLine } from './club-wording.ts';

/** One key decision as the summary sets it out: the group's choice beside history's. */
export interface SummaryDecision {
  readonly number: number;
  readonly where: string;
  readonly group: string;
  /** History's option among those offered, or null where none of them was. */
  readonly history: string | null;
  readonly sameAsHistory: boolean;
  readonly howDecided: string;
}

/** The one-page summary a teacher reads first: the key decisions, the distance from history, the questions. */
export interface ClubSummary {
  readonly decisions: readonly SummaryDecision[];
  /** "How far the group left history", in the debrief's words, or a plain count. */
  readonly distance: readonly string[];
  readonly questions: readonly string[];
}

/** At most this many questions fit the page beside the decisions and the room for exit sentences. */
const QUESTIONS_ON_PAGE = 4;
/** Key decisions the page holds; a longer session's others are in the full record after it. */
export const DECISIONS_ON_PAGE = 8;

const touchesRecord = (vote: ReportVote): boolean => vote.options.some((option) => option.historicity !== null);

const section = (sections: readonly ReportSection[], title: RegExp): ReportSection | undefined =>
  sections.find((candidate) => title.test(candidate.title));

export function clubSummary(report: ClubReport): ClubSummary {
  const decisions = report.votes
    .filter(touchesRecord)
    .slice(0, DECISIONS_ON_PAGE)
    .map((vote): SummaryDecision => {
      const history = vote.options.find((option) => option.historicity === 'historical')?.text ?? null;
      const group = vote.options[vote.chosen]?.text ?? '';
      return {
        number: vote.number,
        where: [vote.step?.when, vote.step?.place].filter(Boolean).join(', '),
        group,
        history,
        sameAsHistory: history === group,
        howDecided: decisionLine(vote),
      };
    });
  const distance = section(report.extraSections, /how far/i)?.paragraphs.slice(0, 2) ?? [
    `${report.divergences.length} of the group’s ${report.steps.length} choices left the record.`,
  ];
  const questions = (section(report.extraSections, /question/i)?.paragraphs ?? []).slice(0, QUESTIONS_ON_PAGE);
  return { decisions, distance, questions };
}

import type { ReportSetAside, ReportSitting, ReportStep, ReportVote } from './club-report.ts';
import { cleanCount, dissent, outvotedBy, tallyOutcome, totalVotes, type ClubVote, type Tally } from './club-vote.ts';
import { endingTitle } from './debrief/ending-titles.ts';
import type { Historicity } from './events.ts';

/** What the sentences below need of a vote: a recorded `ClubVote` and a report's vote both have it. */
export type CountedVote = Pick<ClubVote, 'options' | 'chosen' | 'decidedBy'>;

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * "plausible": how a choice stands to history, as the report prints it. The branch table's codes (L1, K4…) are for
 * the teacher's appendix in the guide: a group reads only the kind of choice.
 */
export function historicityLabel(historicity: Historicity | null): string {
  return historicity ?? 'no bearing on history';
}

/** "5 for “Go to Smolny”, 3 for “Stay”": counts beside the options they were for. */
function countsFor(options: readonly { readonly text: string; readonly votes: number }[]): string {
  return options.map((option) => `${option.votes} for “${option.text}”`).join(', ');
}

function share(vote: CountedVote): string {
  return `${vote.options[vote.chosen]?.votes ?? 0} of ${plural(totalVotes(vote), 'vote', 'votes')}`;
}

/**
 * What the panel says of a tie in these counts, or null when they hold none: drawn again from the
 * counts at every change, so a tie never stays on screen beside counts that no longer tie.
 */
export function tieLine(tally: Tally): string | null {
  const outcome = tallyOutcome(tally);
  if (outcome.kind === 'majority') return null;
  const top = cleanCount(tally[outcome.tied[0] ?? 0] ?? 0);
  return top === 0
    ? 'No votes were counted. The facilitator decides:'
    : `A tie: ${outcome.tied.length} options have ${plural(top, 'vote', 'votes')} each. The facilitator decides:`;
}

/** The report's line on who decided: the majority, the facilitator breaking a tie, or overriding the count. */
export function decisionLine(vote: CountedVote): string {
  switch (vote.decidedBy) {
    case 'majority':
      return `Decided by majority: ${share(vote)}.`;
    case 'tie':
      return `A tie, decided by the facilitator: ${share(vote)}.`;
    case 'no-votes':
      return 'No votes were cast: decided by the facilitator.';
    case 'override':
      return `The facilitator chose against the majority: ${share(vote)} (${countsFor(outvotedBy(vote))}).`;
  }
}

/** What the panel says once the room has decided: plainly who decided, and how the hands fell. */
export function decisionNews(vote: CountedVote): string {
  const taken = `Taken: “${vote.options[vote.chosen]?.text ?? ''}”`;
  switch (vote.decidedBy) {
    case 'majority':
      return `Decided by majority. ${taken} — ${share(vote)}.`;
    case 'tie':
      return `A tie: the facilitator decided. ${taken} — ${share(vote)}.`;
    case 'no-votes':
      return `No votes were cast: the facilitator decided. ${taken}.`;
    case 'override':
      return `The facilitator chose against the majority. ${taken} — ${share(vote)} (${countsFor(outvotedBy(vote))}).`;
  }
}

/** "5 of 12 voted otherwise: 3 for “…”, 2 for “…”." or that the room was unanimous. */
export function dissentLine(vote: CountedVote): string {
  const minority = dissent(vote);
  const total = totalVotes(vote);
  if (minority.length === 0) return total === 0 ? 'none recorded.' : 'none: the room was unanimous.';
  const against = minority.reduce((sum, option) => sum + option.votes, 0);
  return `${against} of ${total} voted otherwise: ${countsFor(minority)}.`;
}

/** "Sitting 2: 26 November 2026": how a sitting is named wherever the report names one. */
export function sittingTitle(sitting: ReportSitting): string {
  return `Sitting ${sitting.number}: ${sitting.date}`;
}

/** "Vote 3 (choice 4)" on the path; "Vote at choice 9 (set aside)" on a path the group left. */
export function voteTitle(vote: ReportVote): string {
  return vote.step ? `Vote ${vote.number} (choice ${vote.step.number})` : `Vote at choice ${vote.choice} (set aside)`;
}

export function setAsideTitle(record: ReportSetAside): string {
  return `Set aside when the group chose again at choice ${record.choice} (${record.date})`;
}

/** What was left and when: the choices, the votes, and the ending that path had reached. */
export function setAsideSummary(record: ReportSetAside): string {
  const votes = record.votes.length === 0 ? 'none of them by vote' : `${record.votes.length} of them by vote`;
  const ending = record.ending ? `, and had reached the ending “${endingTitle(record.ending)}”` : '';
  return (
    `In sitting ${record.sitting.number} (${record.sitting.date}) the group went back to choice ${record.choice} and chose again. ` +
    `The path it left had made ${plural(record.choices, 'choice', 'choices')} from there, ${votes}${ending}. ` +
    'Its votes are kept here as they were taken.'
  );
}

/** "Taken in sitting 1 (19 November 2026)": said of a set-aside vote, whose path is gone. */
export function takenIn(vote: ReportVote): string {
  return `Taken in sitting ${vote.sitting.number} (${vote.sitting.date}).`;
}

/** What going back to a choice would set aside: said in the confirmation before it is done. */
export interface ChooseAgainCost {
  /** 1 = the run's first choice. */
  readonly choice: number;
  readonly text: string;
  readonly votes: number;
  readonly choices: number;
  readonly ending: string | null;
}

/** What going back will set aside, in a sentence the facilitator can read to the room. */
export function chooseAgainText(cost: ChooseAgainCost): string {
  const took = cost.text ? `The group took “${cost.text}” there. ` : '';
  const parts = [
    ...(cost.votes ? [`${plural(cost.votes, 'recorded vote', 'recorded votes')} (from choice ${cost.choice} on)`] : []),
    ...(cost.ending ? ['the ending the group reached'] : []),
  ];
  if (parts.length === 0) return `${took}No recorded votes will be set aside.`;
  const one = cost.votes + (cost.ending ? 1 : 0) === 1;
  return `${took}Going back sets aside ${parts.join(' and ')}. Nothing is erased: the session report keeps ${
    one ? 'it' : 'them'
  }, marked “Set aside when the group chose again”.`;
}

/** How a step of the path was taken: "vote 3", "settled along history, not put to a vote", and so on. */
export function howTaken(step: Pick<ReportStep, 'voteNumber' | 'settledBy' | 'beforeGroup'>): string {
  if (step.voteNumber !== null) return `vote ${step.voteNumber}`;
  if (step.beforeGroup) return 'as it happened, before the group began';
  if (step.settledBy === 'history') return 'not a key decision: settled along history, not put to a vote';
  if (step.settledBy === 'facilitator') return 'not a key decision: settled by the facilitator, not put to a vote';
  return 'not put to a vote';
}

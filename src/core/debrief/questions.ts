import { formatBothCalendars, formatDate } from '../clock.ts';
import type { Role } from '../roles.ts';
import type { Decision } from '../session.ts';
import { compareTimes, type BranchNote, type RealEvent } from './content.ts';
import type { Ledger } from './ledger.ts';

/** A question for discussion, with the part of this run it grew from (so a facilitator can point to it). */
export interface Question {
  readonly text: string;
  readonly from: string;
}

export interface QuestionInput {
  readonly role: Role;
  readonly decisions: readonly Decision[];
  readonly ledger: Ledger;
  /** Where the run ended: its time, if the story's clock was running. */
  readonly endedAt: Decision['time'];
  readonly notes: ReadonlyMap<string, BranchNote>;
  readonly events: readonly RealEvent[];
  /** How many of the first decisions were history's, not the player's (a run begun at a named decision). */
  readonly historyChose?: number;
}

export const PROTAGONIST: Readonly<Record<Role, string>> = {
  lenin: 'Lenin',
  kerensky: 'Kerensky',
  junker: 'the real Peterhof ensigns',
};
/** Whose best arguments each role must meet (players.md: "not propaganda"). */
export const OTHER_SIDE: Readonly<Record<Role, string>> = {
  lenin: 'Kamenev and Zinoviev, or a Menshevik like Martov',
  kerensky: 'a soldier of the garrison, or a delegate of the Soviet',
  junker: 'a soldier of the garrison sent to disarm you',
};
const MAX_BRANCH_QUESTIONS = 2;

/** The debate a counterfactual opened, put as a question (a run's debrief and a role's exit ticket ask it alike). */
export const historiansQuestion = (lead: string, note: BranchNote): string =>
  `${lead}: ${note.title.toLowerCase()}. ${note.historians} Which reading persuades you, and what evidence would change your mind?`;

/** What held a real choice in place: asked of a run that kept to history, and of a class before it plays. */
export const HELD_IN_PLACE = 'people, circumstances, or conviction?';

const quoted = (decision: Decision): string => `“${decision.text}”`;
const when = (decision: Decision): string => (decision.time ? ` (${formatBothCalendars(decision.time)})` : '');

/** Questions drawn from what this run did: its divergences, the debates it opened, and where it ended. */
export function discussionQuestions(input: QuestionInput): Question[] {
  const { role, ledger, notes } = input;
  const who = PROTAGONIST[role];
  const questions: Question[] = [];
  const first = ledger.firstDivergence;
  const historyChose = input.historyChose ?? 0;
  // the player's own decisions: in a run begun at a decision, those before it were made as in 1917
  const ownWeighed = input.decisions.slice(historyChose).filter((d) => d.historicity !== null);

  if (first) {
    const note = first.decision.branch ? notes.get(first.decision.branch) : undefined;
    questions.push({
      text: `Your run first left the record when you chose ${quoted(first.decision)}${when(first.decision)}. ${
        note ? `What really happened: ${note.happened} ` : ''
      }Why do you think ${who} did not take this road, and what would have had to be different for it to be open?`,
      from: `your choice ${first.choiceNumber + 1}, ${first.historicity}`,
    });
  } else if (ledger.weighed > 0) {
    const kept =
      historyChose === 0
        ? `You kept to the record at all ${ledger.weighed} choices that mattered.`
        : ownWeighed.length > 0
          ? `Since the decision your run began at, you kept to the record at ${ownWeighed.length === 1 ? 'the one choice' : `all ${ownWeighed.length} choices`} that mattered.`
          : `Your run began at a decision, and every choice that mattered so far was made as in 1917.`;
    questions.push({
      text: `${kept} At which of them did ${who} have real room to choose otherwise, and what held the choice in place: ${HELD_IN_PLACE}`,
      from: 'a run on the historical path',
    });
  } else {
    questions.push({
      text: `None of your choices in this run touched the historical record: they changed how things were said and seen, not what happened. What would a choice that changed events have looked like at this point in October, and who could have made it?`,
      from: 'a run of choices of manner only',
    });
  }

  for (const id of ledger.branches.slice(0, MAX_BRANCH_QUESTIONS)) {
    const note = notes.get(id);
    if (!note) continue;
    questions.push({
      text: historiansQuestion('Your run opened a question historians still argue over', note),
      from: `what historians argue about “${note.title}”`,
    });
  }

  const speculative = ledger.divergences.filter((d) => d.historicity === 'speculative');
  if (speculative[0]) {
    questions.push({
      text: `You took ${speculative.length === 1 ? 'one step' : `${speculative.length} steps`} the record makes unlikely, such as ${quoted(speculative[0].decision)}. What is the difference between a choice that is merely different from history and one that was not really possible in October 1917?`,
      from: `your choice ${speculative[0].choiceNumber + 1}, speculative`,
    });
  } else if (ledger.counts.plausible > 0) {
    const plausible = ledger.divergences[0];
    if (plausible)
      questions.push({
        text: `${quoted(plausible.decision)} is marked plausible: the record allows it though it did not happen. What in the sources makes it plausible, and what makes it less likely than what really happened?`,
        from: `your choice ${plausible.choiceNumber + 1}, plausible`,
      });
  }

  const pivotal = ownWeighed.at(-1);
  if (pivotal) {
    questions.push({
      text: `Make the strongest case against your choice ${quoted(pivotal)} from the other side, as ${OTHER_SIDE[role]} would have made it. Is there anything in it you would grant?`,
      from: 'your last choice that mattered',
    });
  }

  const endedAt = input.endedAt;
  const next = endedAt ? input.events.find((event) => compareTimes(event.time, endedAt) > 0) : undefined;
  if (endedAt && next) {
    const stillHappens =
      ledger.standing === 'on-record'
        ? 'Your run ended on the record. What, in the situation you left, made this next step likely?'
        : 'After the choices you made, would it still happen, sooner, later, or not at all? Why?';
    questions.push({
      text: `Your story ends on ${formatDate(endedAt)}. In reality, next: ${next.text} ${stillHappens}`,
      from: 'where your run ended, against the real timeline',
    });
  }
  return questions;
}

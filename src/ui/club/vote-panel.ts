import type { Bus } from '../../app/bus.ts';
import type { GameEvents } from '../../app/game-events.ts';
import { cleanCount, REASON_MAX, tallyOutcome, type ClubVote } from '../../core/club-vote.ts';
import { decisionNews } from '../../core/club-wording.ts';
import type { ChoiceOption } from '../../core/events.ts';
import { el } from '../dom.ts';
import { createDiscussionTimerView } from './discussion-timer-view.ts';
import { createOverruleBox } from './overrule-box.ts';
import { createTieBox } from './tie-box.ts';
import { optionRow, type OptionRow } from './vote-option-row.ts';

export interface VotePanelActions {
  readonly active: () => boolean;
  readonly groupName: () => string;
  /** The session's discussion length, and the one the facilitator picks (kept for next week). */
  readonly timerMinutes: () => number;
  setTimerMinutes(minutes: number): void;
  /** The room decided: `position` among the options on screen. The vote as recorded, or null. */
  decide(tally: readonly number[], position: number, reason: string): ClubVote | null;
  /** The story offers one way on: taken without a vote. */
  continueOn(): void;
  openReport(): void;
  toTitle(): void;
}

/**
 * Club mode's decision panel under the story: a discussion timer, a count per option, a reason,
 * then the majority is taken; a tie is put to the facilitator in so many words, and a decision
 * with one option is no vote at all, just "Continue".
 */
export function createVotePanel(bus: Bus<GameEvents>, actions: VotePanelActions) {
  const timer = createDiscussionTimerView((minutes) => actions.setTimerMinutes(minutes));
  const heading = el('h2', { id: 'club-decide', class: 'club-heading', tabindex: '-1' }, 'The group decides');
  const lastResult = el('p', { class: 'vote-result', role: 'status' });
  const group = el('p', { class: 'club-group' });
  const list = el('ol', { class: 'vote-options' });
  const total = el('p', { class: 'vote-total', 'aria-live': 'polite' });
  // two rows, so that a long reason stays in sight as it is typed; it is kept as one line
  const reason = el('textarea', { id: 'club-reason', rows: 2, maxlength: REASON_MAX, autocomplete: 'off' });
  reason.addEventListener('input', () => {
    if (/\n/.test(reason.value)) reason.value = reason.value.replace(/\s*\n\s*/g, ' ');
  });
  const count = el('button', { type: 'button', class: 'primary count-votes' }, 'Count the votes');

  let rows: OptionRow[] = [];
  let choices: readonly ChoiceOption[] = [];
  const tally = (): number[] => rows.map((row) => cleanCount(Number(row.input.value)));

  const take = (position: number): void => {
    const taken = choices[position];
    if (!taken) return;
    const vote = actions.decide(tally(), position, reason.value);
    lastResult.textContent = vote ? decisionNews(vote) : `Taken: “${taken.text}” — the only way on, not put to a vote.`;
  };
  const tie = createTieBox(take);
  const overrule = createOverruleBox(take);

  const voting = el(
    'div',
    { class: 'voting' },
    timer.element,
    list,
    total,
    el('p', { class: 'club-reason' }, el('label', { for: 'club-reason' }, 'The group’s reason (optional)'), reason),
    el('p', {}, count),
    tie.element,
    overrule.element,
  );
  const onlyText = el('p', { class: 'only-way' });
  const continueButton = el('button', { type: 'button', class: 'primary' }, 'Continue');
  continueButton.addEventListener('click', () => {
    const only = choices[0];
    actions.continueOn();
    if (only) lastResult.textContent = `Taken: “${only.text}” — the only way on, not put to a vote.`;
  });
  const onlyWay = el('div', { class: 'club-only-way' }, onlyText, el('p', {}, continueButton));
  const reportButton = el('button', { type: 'button', class: 'primary' }, 'Open the session report');
  reportButton.addEventListener('click', () => actions.openReport());
  const titleButton = el('button', { type: 'button' }, 'Return to the title');
  titleButton.addEventListener('click', () => actions.toTitle());
  const ended = el(
    'div',
    { class: 'club-ended' },
    el('p', {}, 'The group has reached an ending. The session report has every vote, reason and divergence.'),
    el('p', {}, reportButton, ' ', titleButton),
  );
  const element = el(
    'section',
    { class: 'club-panel', 'aria-labelledby': 'club-decide' },
    group,
    heading,
    lastResult,
    voting,
    onlyWay,
    ended,
  );
  element.hidden = true;

  const countsChanged = (): void => {
    const hands = tally().reduce((sum, value) => sum + value, 0);
    total.textContent = `${hands} ${hands === 1 ? 'vote' : 'votes'} counted`;
    tie.follow(tally(), choices);
  };

  count.addEventListener('click', () => {
    const outcome = tallyOutcome(tally());
    if (outcome.kind === 'majority') take(outcome.winner);
    else tie.show(tally(), choices);
  });

  bus.on('session', ({ session, reset }) => {
    element.hidden = !actions.active();
    if (element.hidden) return;
    if (reset) lastResult.textContent = '';
    group.textContent = `Club mode${actions.groupName() ? `: ${actions.groupName()}` : ''}`;
    choices = session.choices;
    const atEnd = session.ending !== null;
    const single = !atEnd && choices.length === 1;
    voting.hidden = atEnd || single;
    onlyWay.hidden = !single;
    ended.hidden = !atEnd;
    heading.textContent = atEnd ? 'The session’s ending' : single ? 'The story goes on' : 'The group decides';
    onlyText.textContent = single ? `One way on: “${choices[0]?.text ?? ''}”. There is nothing to vote on.` : '';
    rows = single ? [] : choices.map(optionRow);
    rows.forEach((row) => row.input.addEventListener('input', countsChanged));
    list.replaceChildren(...rows.map((row) => row.element));
    reason.value = '';
    tie.hide();
    overrule.offer(single ? [] : choices);
    timer.reset(actions.timerMinutes());
    countsChanged();
  });

  return {
    element,
    /** Hides the panel when the group leaves club mode. */
    refresh(): void {
      element.hidden = !actions.active();
      if (element.hidden) timer.stop();
    },
  };
}

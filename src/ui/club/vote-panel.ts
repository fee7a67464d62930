import type { Bus } from '../../app/bus.ts';
import type { GameEvents } from '../../app/game-events.ts';
import { recordNote, type MenuWeight } from '../../core/club-decisions.ts';
import { cleanCount, REASON_MAX, tallyOutcome, type ClubVote } from '../../core/club-vote.ts';
import { decisionNews } from '../../core/club-wording.ts';
import type { ChoiceOption } from '../../core/events.ts';
import type { Session } from '../../core/session.ts';
import { el } from '../dom.ts';
import { createDiscussionTimerView } from './discussion-timer-view.ts';
import { createOverruleBox } from './overrule-box.ts';
import { createSettleBox } from './settle-box.ts';
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
  /** Whether the menu is a key decision and touches the record (absent: every menu is a vote). */
  readonly weigh?: (choices: readonly ChoiceOption[]) => MenuWeight;
  /** "Key decisions only" is on: a menu that is no key decision is settled, not voted. */
  readonly keyOnly?: () => boolean;
  /** The option marked historical, which a non-decision is settled on first. */
  readonly settledOption?: (choices: readonly ChoiceOption[]) => ChoiceOption | null;
  /** Takes the option at `position` without a vote. */
  settle?(position: number): void;
  openReport(): void;
  toTitle(): void;
}

/**
 * Crowd play (src/ui/crowd): the phones' live counts fill the rows instead of hands typed in, its own
 * controls (the room code, open and close) sit above them and the reasons below.
 */
export interface LiveCounts {
  readonly element: HTMLElement;
  /** What reads after the counts (the room's reasons), so that the counts stay next to the room code. */
  readonly after?: HTMLElement;
  /** The room's count for each option on screen, or null while no vote is open on the phones (hands are typed). */
  counts(): readonly number[] | null;
}

/**
 * Club mode's decision panel under the story: a discussion timer, a count per option, a reason,
 * then the majority is taken; a tie is put to the facilitator in so many words, and a decision
 * with one option is no vote at all, just "Continue".
 */
export function createVotePanel(bus: Bus<GameEvents>, actions: VotePanelActions) {
  const timer = createDiscussionTimerView((minutes) => actions.setTimerMinutes(minutes));
  const heading = el('h2', { id: 'club-decide', class: 'club-heading', tabindex: '-1' }, 'The group decides');
  // said before every vote: does this decision touch the record?
  const note = el('p', { class: 'record-note' });
  const settleBox = createSettleBox((position) => {
    const taken = choices[position];
    actions.settle?.(position);
    if (taken) lastResult.textContent = `Settled without a vote: “${taken.text}” — not a key decision.`;
  });
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
    note,
    settleBox.element,
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

  let live: LiveCounts | null = null;
  /** Crowd play's counts into the rows, read-only while they come from the phones. */
  const showLive = (): void => {
    const counts = live?.counts() ?? null;
    voting.toggleAttribute('data-live', counts !== null);
    count.hidden = counts !== null;
    rows.forEach((row, position) => {
      row.input.readOnly = counts !== null;
      if (counts) row.input.value = String(counts[position] ?? 0);
    });
    countsChanged();
  };

  count.addEventListener('click', () => {
    const outcome = tallyOutcome(tally());
    if (outcome.kind === 'majority') take(outcome.winner);
    else tie.show(tally(), choices);
  });

  const draw = ({ session, reset }: { readonly session: Session; readonly reset: boolean }): void => {
    element.hidden = !actions.active();
    if (element.hidden) return;
    if (reset) lastResult.textContent = '';
    group.textContent = `Club mode${actions.groupName() ? `: ${actions.groupName()}` : ''}`;
    choices = session.choices;
    const atEnd = session.ending !== null;
    const single = !atEnd && choices.length === 1;
    const weight = !atEnd && !single ? actions.weigh?.(choices) : undefined;
    const settling = weight !== undefined && !weight.decision && (actions.keyOnly?.() ?? false);
    note.hidden = weight === undefined || settling;
    note.textContent = weight && !settling ? recordNote(weight) : '';
    note.dataset['touchesRecord'] = String(weight?.touchesRecord ?? false);
    settleBox.element.hidden = !settling;
    if (settling) settleBox.offer(choices, actions.settledOption?.(choices) ?? null);
    voting.hidden = atEnd || single || settling;
    onlyWay.hidden = !single;
    ended.hidden = !atEnd;
    heading.textContent = atEnd
      ? 'The session’s ending'
      : single
        ? 'The story goes on'
        : settling
          ? 'The facilitator goes on'
          : 'The group decides';
    onlyText.textContent = single ? `One way on: “${choices[0]?.text ?? ''}”. There is nothing to vote on.` : '';
    rows = single || settling ? [] : choices.map(optionRow);
    rows.forEach((row) => row.input.addEventListener('input', countsChanged));
    list.replaceChildren(...rows.map((row) => row.element));
    reason.value = '';
    tie.hide();
    overrule.offer(single || settling ? [] : choices);
    if (settling) timer.stop();
    else timer.reset(actions.timerMinutes());
    showLive();
  };
  bus.on('session', draw);

  return {
    element,
    /** Crowd play takes over the counts (null hands them back to the keyboard). */
    useLive(next: LiveCounts | null): void {
      live?.element.remove();
      live?.after?.remove();
      live = next;
      if (next) voting.prepend(next.element);
      if (next?.after) voting.append(next.after);
      showLive();
    },
    /** The room's counts changed. */
    liveChanged: showLive,
    /** Takes the majority of the counts on screen, or puts a tie to the facilitator ("Count the votes"). */
    countVotes: (): void => count.click(),
    /**
     * Draws the decision on screen again: which menus are key decisions arrived after it was drawn.
     * Counts already typed are kept (nothing is redrawn once the room has started counting).
     */
    reweigh(session: Session | null): void {
      if (!session || !actions.active() || tally().some((count) => count > 0)) return;
      draw({ session, reset: false });
    },
    /** Hides the panel when the group leaves club mode. */
    refresh(): void {
      element.hidden = !actions.active();
      if (element.hidden) timer.stop();
    },
  };
}

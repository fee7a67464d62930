import type { Bus } from '../../app/bus.ts';
import type { GameEvents } from '../../app/game-events.ts';
import { cleanCount, MAX_HANDS, REASON_MAX, tallyOutcome } from '../../core/club-vote.ts';
import type { ChoiceOption } from '../../core/events.ts';
import { el } from '../dom.ts';
import { createDiscussionTimerView } from './discussion-timer-view.ts';

export interface VotePanelActions {
  readonly active: () => boolean;
  readonly groupName: () => string;
  /** The room decided: `position` among the options on screen. */
  decide(tally: readonly number[], position: number, reason: string): void;
  openReport(): void;
  toTitle(): void;
}

interface OptionRow {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
}

/** A count box with − and + for one option: type the count, or tap once per raised hand. */
function optionRow(choice: ChoiceOption, position: number): OptionRow {
  const id = `vote-count-${position + 1}`;
  const input = el('input', { id, type: 'number', min: 0, max: MAX_HANDS, step: 1, value: 0, inputmode: 'numeric' });
  const step = (by: number): void => {
    input.value = String(cleanCount(Number(input.value) + by));
    input.dispatchEvent(new Event('input'));
  };
  const fewer = el(
    'button',
    { type: 'button', class: 'hand', 'aria-label': `One hand fewer for option ${position + 1}` },
    '−',
  );
  const more = el(
    'button',
    { type: 'button', class: 'hand', 'aria-label': `One more hand for option ${position + 1}` },
    '+',
  );
  fewer.addEventListener('click', () => step(-1));
  more.addEventListener('click', () => step(1));
  const element = el(
    'li',
    { class: 'vote-option', 'data-historicity': choice.historicity ?? undefined },
    el('span', { class: 'vote-key', 'aria-hidden': 'true' }, String(position + 1)),
    el('label', { for: id, class: 'vote-text' }, choice.text),
    el('span', { class: 'vote-count' }, fewer, input, more),
  );
  return { element, input };
}

/**
 * Club mode's decision panel under the story: a discussion timer, a count per option, a reason,
 * then the majority is taken; a tie is put to the facilitator in so many words.
 */
export function createVotePanel(bus: Bus<GameEvents>, actions: VotePanelActions) {
  const timer = createDiscussionTimerView();
  const heading = el('h2', { id: 'club-decide', class: 'club-heading', tabindex: '-1' }, 'The group decides');
  const lastResult = el('p', { class: 'vote-result', role: 'status' });
  const group = el('p', { class: 'club-group' });
  const list = el('ol', { class: 'vote-options' });
  const total = el('p', { class: 'vote-total', 'aria-live': 'polite' });
  const reason = el('input', { id: 'club-reason', type: 'text', maxlength: REASON_MAX, autocomplete: 'off' });
  const count = el('button', { type: 'button', class: 'primary count-votes' }, 'Count the votes');
  const tieText = el('p', { class: 'tie-text', id: 'tie-text' });
  const tieButtons = el('ul', { class: 'tie-buttons' });
  const tie = el('div', { class: 'tie', role: 'group', 'aria-labelledby': 'tie-text' }, tieText, tieButtons);
  const voting = el(
    'div',
    { class: 'voting' },
    timer.element,
    list,
    total,
    el(
      'p',
      { class: 'club-reason' },
      el('label', { for: 'club-reason' }, 'The group’s reason (one line, optional)'),
      reason,
    ),
    el('p', {}, count),
    tie,
  );
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
    ended,
  );
  element.hidden = true;

  let rows: OptionRow[] = [];
  let choices: readonly ChoiceOption[] = [];
  const tally = (): number[] => rows.map((row) => cleanCount(Number(row.input.value)));
  const showTotal = (): void => {
    const hands = tally().reduce((sum, value) => sum + value, 0);
    total.textContent = `${hands} ${hands === 1 ? 'vote' : 'votes'} counted`;
  };

  const take = (position: number): void => {
    const counts = tally();
    const hands = counts.reduce((sum, value) => sum + value, 0);
    const taken = choices[position];
    if (!taken) return;
    lastResult.textContent = `Taken: “${taken.text}” — ${counts[position] ?? 0} of ${hands} ${hands === 1 ? 'vote' : 'votes'}.`;
    actions.decide(counts, position, reason.value);
  };

  count.addEventListener('click', () => {
    const outcome = tallyOutcome(tally());
    if (outcome.kind === 'majority') return take(outcome.winner);
    const counts = tally();
    const top = counts[outcome.tied[0] ?? 0] ?? 0;
    tieText.textContent =
      top === 0
        ? 'No votes were counted. The facilitator decides:'
        : `A tie: ${outcome.tied.length} options have ${top} ${top === 1 ? 'vote' : 'votes'} each. The facilitator decides:`;
    tieButtons.replaceChildren(
      ...outcome.tied.map((position) => {
        const button = el(
          'button',
          { type: 'button', class: 'primary' },
          `Take option ${position + 1}: ${choices[position]?.text ?? ''}`,
        );
        button.addEventListener('click', () => take(position));
        return el('li', {}, button);
      }),
    );
    tie.hidden = false;
    tieButtons.querySelector('button')?.focus();
  });

  bus.on('session', ({ session, reset }) => {
    element.hidden = !actions.active();
    if (element.hidden) return;
    if (reset) lastResult.textContent = '';
    group.textContent = `Club mode${actions.groupName() ? `: ${actions.groupName()}` : ''}`;
    choices = session.choices;
    const atEnd = session.ending !== null;
    voting.hidden = atEnd;
    ended.hidden = !atEnd;
    heading.textContent = atEnd ? 'The session’s ending' : 'The group decides';
    rows = choices.map(optionRow);
    rows.forEach((row) => row.input.addEventListener('input', showTotal));
    list.replaceChildren(...rows.map((row) => row.element));
    reason.value = '';
    tie.hidden = true;
    timer.reset();
    showTotal();
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

import type { ChoiceOption } from '../../core/events.ts';
import { el } from '../dom.ts';
import { takeButton } from './tie-box.ts';

/**
 * The facilitator's way to take an option the count did not put first, folded away so nobody
 * presses it by accident. Whatever is pressed, the record is read from the counts: an option with
 * fewer hands than another is written down as the facilitator overriding the majority.
 */
export function createOverruleBox(onTake: (position: number) => void) {
  const buttons = el('ul', { class: 'tie-buttons' });
  const element = el(
    'details',
    { class: 'overrule' },
    el('summary', {}, 'The facilitator overrules the count…'),
    el(
      'p',
      {},
      'Take an option the room did not put first. The report records it as the facilitator’s choice against the majority, with the counts beside it.',
    ),
    buttons,
  );
  return {
    element,
    /** The options of the decision on screen; folded away again. */
    offer(choices: readonly ChoiceOption[]): void {
      element.open = false;
      buttons.replaceChildren(...choices.map((choice, position) => takeButton(position, choice, onTake, true)));
    },
  };
}

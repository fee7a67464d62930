import type { ChoiceOption } from '../../core/events.ts';
import { el } from '../dom.ts';

/**
 * "Key decisions only": a menu that is not a key decision is not put to the vote. The facilitator
 * takes an option with one click (history's option first, where one is marked), and the report
 * records it as settled, not voted.
 */
export function createSettleBox(onSettle: (position: number) => void) {
  const list = el('ul', { class: 'settle-options' });
  const element = el(
    'div',
    { class: 'club-settle' },
    el(
      'p',
      { class: 'settle-why' },
      'Not a key decision: it does not touch the record, and every option leads on to the same endings. It is not put to the vote — read it out, and pick one to go on.',
    ),
    list,
  );
  return {
    element,
    offer(choices: readonly ChoiceOption[], historical: ChoiceOption | null): void {
      list.replaceChildren(
        ...choices.map((choice, position) => {
          const ours = choice.index === historical?.index;
          const button = el(
            'button',
            { type: 'button', class: ours ? 'primary' : undefined },
            `${choice.text}${ours ? ' (as it happened)' : ''}`,
          );
          button.addEventListener('click', () => onSettle(position));
          return el('li', {}, button);
        }),
      );
    },
  };
}

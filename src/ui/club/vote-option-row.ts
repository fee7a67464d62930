import { cleanCount, MAX_HANDS } from '../../core/club-vote.ts';
import type { ChoiceOption } from '../../core/events.ts';
import { el } from '../dom.ts';

export interface OptionRow {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
}

/** A count box with − and + for one option: type the count, or tap once per raised hand. */
export function optionRow(choice: ChoiceOption, position: number): OptionRow {
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

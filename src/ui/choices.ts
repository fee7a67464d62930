import type { ChoiceOption } from '../core/events.ts';
import { el } from './dom.ts';

export interface ChoicesView {
  readonly element: HTMLElement;
  render(choices: readonly ChoiceOption[], atEnd: boolean): void;
  /** Chooses by the number shown beside a choice (1-9); false if there is no such choice. */
  chooseByNumber(number: number): boolean;
  focusFirst(): void;
}

export interface ChoicesActions {
  choose(inkIndex: number): void;
  playAgain(): void;
  toTitle(): void;
}

/** The choices as real buttons in a list named "Choices". */
export function createChoices(actions: ChoicesActions): ChoicesView {
  const list = el('ol', { class: 'choice-list' });
  const element = el('nav', { class: 'choices', 'aria-label': 'Choices' }, list);
  let buttons: HTMLButtonElement[] = [];
  return {
    element,
    render(choices, atEnd) {
      if (atEnd) {
        buttons = [
          el('button', { type: 'button', class: 'choice' }, 'Play this chapter again'),
          el('button', { type: 'button', class: 'choice' }, 'Choose another role'),
        ];
        buttons[0]?.addEventListener('click', () => actions.playAgain());
        buttons[1]?.addEventListener('click', () => actions.toTitle());
      } else {
        buttons = choices.map((choice, position) => {
          const button = el(
            'button',
            { type: 'button', class: 'choice', 'data-historicity': choice.historicity ?? undefined },
            el('span', { class: 'choice-key', 'aria-hidden': 'true' }, String(position + 1)),
            el('span', { class: 'choice-text' }, choice.text),
          );
          button.addEventListener('click', (event) => {
            // the second click of a double click lands on the next choices: one gesture, one choice
            if (event.detail > 1) return;
            actions.choose(choice.index);
          });
          return button;
        });
      }
      list.replaceChildren(...buttons.map((button) => el('li', {}, button)));
    },
    chooseByNumber(number) {
      const button = buttons[number - 1];
      if (!button) return false;
      button.click();
      return true;
    },
    focusFirst() {
      buttons[0]?.focus();
    },
  };
}

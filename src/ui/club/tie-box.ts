import { tallyOutcome, type Tally } from '../../core/club-vote.ts';
import { tieLine } from '../../core/club-wording.ts';
import type { ChoiceOption } from '../../core/events.ts';
import { el } from '../dom.ts';

/**
 * "Take option 2: Go to Smolny" to break a tie, or, plainer, "Take option 2 against the count: …"
 * to overrule the room.
 */
export function takeButton(
  position: number,
  choice: ChoiceOption | undefined,
  onTake: (position: number) => void,
  against = false,
): HTMLLIElement {
  const button = el(
    'button',
    { type: 'button', class: against ? undefined : 'primary' },
    `Take option ${position + 1}${against ? ' against the count' : ''}: ${choice?.text ?? ''}`,
  );
  button.addEventListener('click', () => onTake(position));
  return el('li', {}, button);
}

/**
 * The tie, put to the facilitator in so many words. Once shown it follows the counts: a changed
 * count redraws it (other options tied, another number each) or takes it away (no longer a tie),
 * so the screen never shows a tie the counts beside it do not.
 */
export function createTieBox(onTake: (position: number) => void) {
  const text = el('p', { class: 'tie-text', id: 'tie-text' });
  const buttons = el('ul', { class: 'tie-buttons' });
  const element = el('div', { class: 'tie', role: 'group', 'aria-labelledby': 'tie-text' }, text, buttons);
  element.hidden = true;

  /** Draws the tie in `tally`; false (and hidden) when the counts show a majority. */
  const draw = (tally: Tally, choices: readonly ChoiceOption[]): boolean => {
    const outcome = tallyOutcome(tally);
    element.hidden = outcome.kind === 'majority';
    if (outcome.kind === 'majority') return false;
    text.textContent = tieLine(tally);
    buttons.replaceChildren(...outcome.tied.map((position) => takeButton(position, choices[position], onTake)));
    return true;
  };

  return {
    element,
    /** After "Count the votes" found a tie: shown, with the focus on its first button. */
    show(tally: Tally, choices: readonly ChoiceOption[]): void {
      if (draw(tally, choices)) buttons.querySelector('button')?.focus();
    },
    /** A count changed: a tie on screen is drawn again from the new counts. */
    follow(tally: Tally, choices: readonly ChoiceOption[]): void {
      if (!element.hidden) draw(tally, choices);
    },
    hide(): void {
      element.hidden = true;
    },
  };
}

import { chooseAgainText, plural, type ChooseAgainCost } from '../../core/club-wording.ts';
import { el } from '../dom.ts';

/**
 * In club mode "Choose again here" asks first: going back sets aside what the room decided since,
 * and a slip of the mouse must not do that to a week's votes.
 */
export function createChooseAgainDialog(): {
  element: HTMLDialogElement;
  ask(cost: ChooseAgainCost, onConfirm: () => void): void;
} {
  const title = el('h2', { id: 'choose-again-title' });
  const text = el('p', { id: 'choose-again-text' });
  const confirm = el('button', { type: 'button', class: 'primary' });
  const cancel = el('button', { type: 'button' }, 'Cancel: keep playing on');
  const element = el(
    'dialog',
    { class: 'choose-again', 'aria-labelledby': 'choose-again-title', 'aria-describedby': 'choose-again-text' },
    title,
    text,
    el('p', { class: 'actions' }, confirm, ' ', cancel),
  );
  let confirmed: (() => void) | null = null;
  confirm.addEventListener('click', () => {
    const go = confirmed;
    confirmed = null;
    element.close();
    go?.();
  });
  cancel.addEventListener('click', () => element.close());
  // Escape, or "cancel": nothing is set aside
  element.addEventListener('close', () => {
    confirmed = null;
  });
  return {
    element,
    ask(cost, onConfirm) {
      confirmed = onConfirm;
      title.textContent = `Choose again at choice ${cost.choice}?`;
      text.textContent = chooseAgainText(cost);
      confirm.textContent =
        cost.votes === 0 ? 'Choose again' : `Set aside ${plural(cost.votes, 'vote', 'votes')} and choose again`;
      if (!element.open) element.showModal();
      // the safe answer has the focus: Enter alone does not set a week's votes aside
      cancel.focus();
    },
  };
}

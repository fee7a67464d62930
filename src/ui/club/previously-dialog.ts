import type { NamedStart } from '../../core/club-starts.ts';
import { el } from '../dom.ts';

/**
 * "Previously": what happened, historically, before a named start, read to the room (or by a
 * solo player) before the first decision. A modal dialog, so that it is read before anything is chosen.
 */
export function createPreviouslyDialog() {
  const title = el('h2', { id: 'previously-title' });
  const date = el('p', { class: 'previously-date' });
  const text = el('p', { class: 'previously-text' });
  const begin = el('button', { type: 'button', class: 'primary' }, 'Begin here');
  const element = el(
    'dialog',
    { class: 'previously-dialog', 'aria-labelledby': 'previously-title' },
    el('p', { class: 'previously-kicker' }, 'Previously'),
    title,
    date,
    text,
    el(
      'p',
      { class: 'previously-note' },
      'The choices before this point were taken as they happened in 1917; the story on screen picks up from here.',
    ),
    el('p', {}, begin),
  );
  begin.addEventListener('click', () => element.close());
  return {
    element,
    show(start: NamedStart): void {
      title.textContent = start.title;
      date.textContent = start.date;
      text.textContent = start.previously;
      if (!element.open) element.showModal();
      begin.focus();
    },
  };
}

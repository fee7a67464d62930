import type { NamedStart } from '../core/club-starts.ts';
import { ROLE_CARDS } from './role-cards.ts';
import { el } from './dom.ts';

/**
 * "Begin at a decision…" from the title: a run that starts at one of the named decisions of a role (the same
 * starts a club lesson can begin at, story/club/starts.json), the choices before it taken as they were in 1917.
 */
export function createStartAtDialog(starts: readonly NamedStart[], begin: (start: NamedStart) => void) {
  const sections = ROLE_CARDS.flatMap((card) => {
    const own = starts.filter((start) => start.role === card.role);
    if (own.length === 0) return [];
    return [
      el(
        'section',
        { 'aria-labelledby': `start-at-${card.role}` },
        el('h3', { id: `start-at-${card.role}` }, card.name),
        el(
          'ul',
          { class: 'start-at-list' },
          ...own.map((start) => {
            const button = el(
              'button',
              { type: 'button', class: 'start-at-button' },
              el('span', { class: 'start-at-title' }, start.title),
              el('span', { class: 'start-at-date' }, start.date),
            );
            button.addEventListener('click', () => {
              element.close();
              begin(start);
            });
            return el('li', {}, button);
          }),
        ),
      ),
    ];
  });
  const close = el('button', { type: 'button' }, 'Close');
  const element = el(
    'dialog',
    { class: 'start-at-dialog', 'aria-labelledby': 'start-at-heading' },
    el('h2', { id: 'start-at-heading' }, 'Begin at a decision'),
    el(
      'p',
      {},
      'Start a run at one of the moments that decided October. What came before is told in a paragraph, as it happened in 1917; from there the choices are yours.',
    ),
    ...sections,
    el('p', {}, close),
  );
  close.addEventListener('click', () => element.close());
  return {
    element,
    open(): void {
      if (!element.open) element.showModal();
      element.querySelector<HTMLButtonElement>('.start-at-button')?.focus();
    },
  };
}

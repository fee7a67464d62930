import type { ChoiceMap } from '../core/choice-map/graph.ts';
import { markMap } from '../core/choice-map/marked.ts';
import { ROLES, type Role } from '../core/roles.ts';
import type { ChoiceMapActions } from './choice-map-dialog.ts';
import { endingItem } from './choice-map-dialog.ts';
import { el } from './dom.ts';

const ROLE_NAMES: Readonly<Record<Role, string>> = { lenin: 'Lenin', kerensky: 'Kerensky', junker: 'The cadet' };

/** Every role's endings across all runs: the ones found, with their last words, and the ones still hidden. */
export function createEndingsGallery(actions: Pick<ChoiceMapActions, 'loadMaps' | 'exploration'>): {
  element: HTMLDialogElement;
  open(): void;
} {
  const body = el('div', { class: 'gallery-body' });
  const status = el('p', { role: 'status' });
  const close = el('button', { type: 'button', class: 'primary' }, 'Close');
  const element = el(
    'dialog',
    { class: 'endings-gallery', 'aria-labelledby': 'endings-gallery-title' },
    el('h2', { id: 'endings-gallery-title' }, 'Endings'),
    status,
    body,
    el('p', {}, close),
  );
  close.addEventListener('click', () => element.close());
  const render = (maps: Readonly<Record<Role, ChoiceMap>>): void => {
    body.replaceChildren(
      ...ROLES.map((role) => {
        const marked = markMap(maps[role], actions.exploration(role));
        return el(
          'section',
          { class: 'gallery-role', 'aria-labelledby': `gallery-${role}` },
          el(
            'h3',
            { id: `gallery-${role}` },
            `${ROLE_NAMES[role]}: ${marked.endingsReached} of ${marked.endings.length} found`,
          ),
          el('ul', { class: 'gallery-endings' }, ...marked.endings.map((ending) => endingItem(ending, false))),
        );
      }),
    );
    status.textContent = '';
  };
  return {
    element,
    open() {
      element.showModal();
      close.focus();
      status.textContent = 'Gathering your endings…';
      actions.loadMaps().then(render, (error: unknown) => {
        status.textContent = 'The endings could not be loaded.';
        console.warn('[endings]', error);
      });
    },
  };
}

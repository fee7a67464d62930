import { MAP_PEEK_ATTRIBUTE } from '../stage/map-peek-attribute.ts';
import { el } from './dom.ts';

/** Where a typed M is a letter, not a command. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The map and the clock for a moment: on a projector the story column covers most of the city, so M (or the
 * Map button club mode shows in the story's header) puts the column away until M or Escape brings it back.
 */
export function createMapPeek() {
  const open = el('button', { type: 'button', class: 'menu-button map-peek-open', 'aria-keyshortcuts': 'M' }, 'Map');
  const back = el(
    'button',
    { type: 'button', class: 'map-peek-back', 'aria-keyshortcuts': 'M Escape' },
    'Back to the story (M or Esc)',
  );
  back.hidden = true;
  // outside the story's column, which is hidden while the map shows: what happens is still said
  const said = el('p', { class: 'visually-hidden', role: 'status' });
  const element = el('div', { class: 'map-peek' }, back, said);
  let returnTo: HTMLElement | null = null;

  const showing = (): boolean => document.body.hasAttribute(MAP_PEEK_ATTRIBUTE);
  const show = (): void => {
    returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.body.setAttribute(MAP_PEEK_ATTRIBUTE, '');
    back.hidden = false;
    back.focus();
    said.textContent = 'The map and the clock, full screen. M or Escape goes back to the story.';
  };
  const hide = (): void => {
    document.body.removeAttribute(MAP_PEEK_ATTRIBUTE);
    back.hidden = true;
    said.textContent = 'Back to the story.';
    (returnTo?.isConnected ? returnTo : open).focus({ preventScroll: true });
    returnTo = null;
  };
  open.addEventListener('click', show);
  back.addEventListener('click', hide);

  return {
    /** The header's button (shown in club mode) and the way back (placed outside the story's column). */
    open,
    element,
    showing,
    hide,
    /** M shows or hides the map, Escape hides it; false for any other key, or a letter typed into a field. */
    handleKey(event: KeyboardEvent): boolean {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || typing(event.target)) return false;
      if (event.key === 'm' || event.key === 'M') {
        if (showing()) hide();
        else show();
        return true;
      }
      if (event.key === 'Escape' && showing()) {
        hide();
        return true;
      }
      return false;
    },
  };
}

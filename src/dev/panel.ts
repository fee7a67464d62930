import type { Session } from '../core/session.ts';
import { el } from '../ui/dom.ts';
import { createExploreSection } from './panel-explore.ts';
import { createJumpSection } from './panel-jump.ts';
import { createPassageSection } from './panel-passage.ts';
import { createReportSection } from './panel-report.ts';
import { createVariablesSection } from './panel-variables.ts';
import type { DevRoom } from './room.ts';

/** The key that opens and closes the panel (story/README.md lists it for the writers). */
export const PANEL_KEY = '`';

export interface WritersPanel {
  /** The panel and the button that opens it. */
  readonly elements: readonly HTMLElement[];
  toggle(): void;
  /** The session on screen changed: what the panel shows follows it, if the panel is open. */
  refresh(session: Session | null): void;
}

/** The writers' panel, in development only (src/play.ts imports src/dev only when import.meta.env.DEV). */
export function createWritersPanel(room: DevRoom): WritersPanel {
  const jump = createJumpSection(room);
  const variables = createVariablesSection(room);
  const passage = createPassageSection(room);
  const close = el('button', { type: 'button', 'aria-label': 'Close the writers’ room' }, '×');
  const element = el(
    'aside',
    { class: 'writers-panel', 'aria-labelledby': 'writers-title', hidden: true },
    el('header', {}, el('h2', { id: 'writers-title' }, 'Writers’ room'), close),
    jump.element,
    variables.element,
    passage.element,
    createExploreSection(room).element,
    createReportSection(room).element,
  );
  const opener = el(
    'button',
    { type: 'button', class: 'writers-open', 'aria-expanded': 'false', title: `Writers’ room (${PANEL_KEY})` },
    'Writers',
  );
  const panel: WritersPanel = {
    elements: [element, opener],
    toggle() {
      element.hidden = !element.hidden;
      opener.setAttribute('aria-expanded', String(!element.hidden));
      if (element.hidden) {
        opener.focus();
        return;
      }
      panel.refresh(room.director.current());
      close.focus();
    },
    refresh(session) {
      if (element.hidden) return;
      jump.refresh(session);
      variables.refresh(session);
      passage.refresh(session);
    },
  };
  opener.addEventListener('click', () => panel.toggle());
  close.addEventListener('click', () => panel.toggle());
  // keys typed in the panel are the panel's: a number in a variable's field must not choose in the story
  element.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') panel.toggle();
  });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (event.key !== PANEL_KEY || typing || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    panel.toggle();
  });
  return panel;
}

import type { Bus } from '../app/bus.ts';
import type { GameEvents } from '../app/game-events.ts';
import { buildDebrief, type DebriefContent } from '../core/debrief/debrief.ts';
import { el } from './dom.ts';
import { renderDebrief, type DebriefActions } from './debrief-view.ts';
import { printOnly } from './print.ts';

/** Under the story, once it ends: the debrief of this run. Empty (and hidden) while the story goes on. */
export function createDebriefPanel(
  bus: Bus<GameEvents>,
  content: () => DebriefContent,
  actions: Omit<DebriefActions, 'print'>,
): { element: HTMLElement } {
  const element = el('div', { class: 'debrief-panel', hidden: true });
  bus.on('session', ({ session }) => {
    if (!session.ending) {
      element.hidden = true;
      element.replaceChildren();
      return;
    }
    const debrief = buildDebrief(session, content());
    const view = renderDebrief(debrief, { ...actions, print: () => printOnly(view) });
    element.replaceChildren(view);
    element.hidden = false;
  });
  return { element };
}

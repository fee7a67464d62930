import type { Bus } from '../app/bus.ts';
import type { GameEvents } from '../app/game-events.ts';
import type { DebriefContent } from '../core/debrief/debrief.ts';
import { el } from './dom.ts';
import type { DebriefActions } from './debrief-view.ts';
import { printOnly } from './print.ts';

/** The debrief's making and drawing: a chunk of their own, fetched at the first ending (not on the first page). */
const debriefCode = (): Promise<[typeof import('../core/debrief/debrief.ts'), typeof import('./debrief-view.ts')]> =>
  Promise.all([import('../core/debrief/debrief.ts'), import('./debrief-view.ts')]);

/** Under the story, once it ends: the debrief of this run. Empty (and hidden) while the story goes on. */
export function createDebriefPanel(
  bus: Bus<GameEvents>,
  content: () => Promise<DebriefContent>,
  actions: Omit<DebriefActions, 'print'>,
): { element: HTMLElement } {
  const element = el('div', { class: 'debrief-panel', hidden: true });
  // the content may still be on its way when the next session arrives: only the latest is drawn
  let latest = 0;
  bus.on('session', ({ session }) => {
    const mine = ++latest;
    element.hidden = true;
    element.replaceChildren();
    if (!session.ending) return;
    Promise.all([content(), debriefCode()]).then(
      ([loaded, [{ buildDebrief }, { renderDebrief }]]) => {
        if (mine !== latest) return;
        const debrief = buildDebrief(session, loaded);
        const view = renderDebrief(debrief, { ...actions, print: () => printOnly(view) });
        element.replaceChildren(view);
        element.hidden = false;
      },
      () => {
        if (mine !== latest) return;
        element.replaceChildren(
          el(
            'p',
            { class: 'debrief-missing' },
            'The debrief could not be loaded: the connection may be down. Your run is saved; the debrief will show when you come back to this ending online.',
          ),
        );
        element.hidden = false;
      },
    );
  });
  return { element };
}

/**
 * Writes the title screen into index.html at build time, so the story's opening question and its
 * three roles are on screen as soon as the page and its stylesheet arrive, before any script has
 * run. The markup is drawn by the game's own title code (drawTitleScreen in src/ui/title-screen.ts)
 * with a stand-in document; it is `inert` until src/boot.ts has wired it, so nothing on it can be
 * clicked before it works.
 */
import type { Plugin } from 'vite';
import { drawTitleScreen } from '../../src/ui/title-screen.ts';
import { HISTORY_ENTRY_LABELS } from '../../src/ui/history-entry-labels.ts';
import { MarkupElement, withMarkupDocument } from './markup-document.ts';

const PLACEHOLDER = '<!-- the title screen, written here at build time -->';

export function staticTitleMarkup(): string {
  return withMarkupDocument(() => {
    const element: unknown = drawTitleScreen([
      HISTORY_ENTRY_LABELS.starts,
      HISTORY_ENTRY_LABELS.endings,
      HISTORY_ENTRY_LABELS.map,
    ]);
    if (!(element instanceof MarkupElement)) throw new Error('the title screen was not built with the markup document');
    return `<main id="main" inert>${element.toHtml()}</main>`;
  });
}

export function staticTitlePlugin(): Plugin {
  return {
    name: 'petrograd-static-title',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        // only the game's page has a title screen (join.html, crowd play's phone page, has none)
        if (context.path !== '/index.html') return html;
        if (!html.includes(PLACEHOLDER)) throw new Error(`index.html has no "${PLACEHOLDER}" for the title screen`);
        return html.replace(PLACEHOLDER, staticTitleMarkup());
      },
    },
  };
}

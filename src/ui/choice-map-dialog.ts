import './debrief.css';
import type { Exploration } from '../core/choice-map/exploration.ts';
import type { ChoiceMap } from '../core/choice-map/graph.ts';
import { markMap, type MarkedEnding, type MarkedMap, type MarkedNode } from '../core/choice-map/marked.ts';
import { promptExcerpt } from '../core/choice-map/prompt-excerpt.ts';
import { formatClock, formatDate, toNewStyle } from '../core/clock.ts';
import { PLACES } from '../core/places.ts';
import { ROLES, type Role } from '../core/roles.ts';
import { loadOnce } from '../app/load-once.ts';
import type { Drawing } from './choice-map-drawing.ts';
import { drawMapLines } from './choice-map-lines.ts';
import { el } from './dom.ts';
import { endingTitle } from './ending-title.ts';
import { printOnly } from './print.ts';

export interface ChoiceMapActions {
  readonly loadMaps: () => Promise<Readonly<Record<Role, ChoiceMap>>>;
  readonly exploration: (role: Role) => Exploration;
  readonly currentRole: () => Role | null;
  /** A new run of the role, replaying the recorded path to a choice point. */
  startAt(role: Role, path: readonly number[]): void;
}

const ROLE_NAMES: Readonly<Record<Role, string>> = { lenin: 'Lenin', kerensky: 'Kerensky', junker: 'The cadet' };
const HISTORICITY = { historical: 'historical', plausible: 'plausible', speculative: 'speculative' } as const;
/** The drawing and its pan-and-zoom library come with the map's data, when the dialog first opens, not on the first page. */
const drawingCode = loadOnce(() => import('./choice-map-drawing.ts'));

export const nodeAnchor = (id: string): string => `map-node-${id}`;
export const endingAnchor = (id: string): string => `map-ending-${id}`;

function whenAndWhere(node: MarkedNode): string {
  const when = node.time
    ? `${formatDate(node.time)} (${formatDate(toNewStyle(node.time))} NS), ${formatClock(node.time)}`
    : '';
  return [when, node.place ? PLACES[node.place].name : ''].filter(Boolean).join(' · ');
}

function nodeCard(
  node: MarkedNode,
  marked: MarkedMap,
  titles: ReadonlyMap<string, string>,
  start: (path: readonly number[]) => void,
): HTMLElement {
  const heading = el('h4', { class: 'map-node-title' }, titles.get(node.id) ?? '');
  const meta = el('p', { class: 'map-node-when' }, whenAndWhere(node));
  const flags = el(
    'p',
    { class: 'map-node-flags' },
    node.onHistoricalPath ? el('span', { class: 'flag historical-path' }, 'On the historical path') : null,
    node.explored ? null : el('span', { class: 'flag unexplored' }, 'Not reached yet'),
  );
  if (!node.explored) {
    return el(
      'li',
      { class: 'map-node unexplored', id: nodeAnchor(node.id), 'data-historical': String(node.onHistoricalPath) },
      heading,
      meta,
      flags,
      el(
        'p',
        { class: 'map-node-hidden' },
        `${node.options.length === 1 ? 'One option' : `${node.options.length} options`}, still to discover.`,
      ),
    );
  }
  const options = node.options.map((option) => {
    const targets = [
      ...option.toNodes.map((id) => el('a', { href: `#${nodeAnchor(id)}` }, titles.get(id) ?? 'a later choice')),
      ...option.toEndings.map((id) => {
        const reached = (marked.endings.find((ending) => ending.id === id)?.reached ?? 0) > 0;
        return el('a', { href: `#${endingAnchor(id)}` }, reached ? endingTitle(id) : 'an ending not yet found');
      }),
    ];
    return el(
      'li',
      {
        class: 'map-option',
        'data-taken': String(option.taken),
        'data-historical': String(option.onHistoricalPath),
        'data-historicity': option.historicity ?? 'manner',
      },
      el('span', { class: 'map-option-text' }, option.text),
      ' ',
      option.taken
        ? el('span', { class: 'flag taken' }, 'Taken')
        : el('span', { class: 'visually-hidden' }, '(not taken)'),
      option.historicity ? el('span', { class: 'flag historicity' }, HISTORICITY[option.historicity]) : null,
      option.onHistoricalPath && option.historicity === 'historical'
        ? el('span', { class: 'flag historical-path' }, 'What really happened')
        : null,
      targets.length > 0 ? el('span', { class: 'map-option-to' }, ' → ', ...joinWith(targets, ', ')) : null,
    );
  });
  const startButton = el(
    'button',
    { type: 'button', class: 'map-start', 'aria-label': `Start a new run here: ${titles.get(node.id) ?? ''}` },
    'Start a new run here',
  );
  startButton.addEventListener('click', () => {
    if (node.startPath) start(node.startPath);
  });
  return el(
    'li',
    { class: 'map-node explored', id: nodeAnchor(node.id), 'data-historical': String(node.onHistoricalPath) },
    heading,
    meta,
    flags,
    node.prompt ? el('p', { class: 'map-node-prompt' }, promptExcerpt(node.prompt)) : null,
    el('ul', { class: 'map-options', 'aria-label': 'Options' }, ...options),
    startButton,
  );
}

function joinWith(nodes: readonly HTMLElement[], separator: string): (HTMLElement | string)[] {
  return nodes.flatMap((node, index) => (index === 0 ? [node] : [separator, node]));
}

/** An ending as a card: its title and last words once found, "Unknown ending" until then. */
export function endingItem(ending: MarkedEnding, anchored = true): HTMLElement {
  const found = ending.reached > 0;
  return el(
    'li',
    {
      class: found ? 'map-ending reached' : 'map-ending hidden-ending',
      id: anchored ? endingAnchor(ending.id) : undefined,
    },
    el('h4', {}, found ? endingTitle(ending.id) : 'Unknown ending'),
    found && ending.closingText ? el('p', {}, ending.closingText) : null,
    el(
      'p',
      { class: 'map-node-flags' },
      found
        ? el('span', { class: 'flag taken' }, ending.reached === 1 ? 'Reached once' : `Reached ${ending.reached} times`)
        : el('span', { class: 'flag unexplored' }, 'Not found yet'),
      ending.onHistoricalPath ? el('span', { class: 'flag historical-path' }, 'The historical ending') : null,
    ),
  );
}

/** Step numbers as titles ("Choice 3"), letters where one step has several: titles a list can be read by. */
function nodeTitles(marked: MarkedMap): Map<string, string> {
  const titles = new Map<string, string>();
  marked.rows.forEach((row, step) =>
    row.forEach((node, index) =>
      titles.set(node.id, `Choice ${step + 1}${row.length > 1 ? String.fromCharCode(97 + index) : ''}`),
    ),
  );
  return titles;
}

/** The map of choices for a role: explored and unexplored, the historical path, endings found and hidden. */
export function createChoiceMapDialog(actions: ChoiceMapActions): {
  element: HTMLDialogElement;
  open(role?: Role): void;
} {
  const roleButtons = ROLES.map((role) =>
    el('button', { type: 'button', 'aria-pressed': 'false', 'data-role': role }, ROLE_NAMES[role]),
  );
  const printButton = el('button', { type: 'button' }, 'Print the map');
  const close = el('button', { type: 'button', class: 'primary' }, 'Close');
  const status = el('p', { class: 'map-status', role: 'status' });
  const body = el('div', { class: 'map-body' });
  const element = el(
    'dialog',
    { class: 'choice-map-dialog', 'aria-labelledby': 'choice-map-title' },
    el(
      'header',
      { class: 'map-header' },
      el('h2', { id: 'choice-map-title' }, 'Map of choices'),
      el('p', { class: 'map-roles', role: 'group', 'aria-label': 'Role' }, ...roleButtons),
      el('p', { class: 'map-tools' }, printButton, close),
    ),
    status,
    el(
      'p',
      { class: 'map-legend' },
      'Solid lines: choices you took. Dashed: not yet taken. Red: the historical path, what really happened. Drag, pinch, scroll or use the arrow keys and + and − to move about the drawing; press a choice point to see it, and one you have reached can start a new run from there.',
    ),
    body,
  );
  let shown: Role = 'lenin';
  let redraw: (() => void) | null = null;
  let drawing: Drawing | null = null;

  const render = async (role: Role): Promise<void> => {
    shown = role;
    roleButtons.forEach((button) => button.setAttribute('aria-pressed', String(button.dataset['role'] === role)));
    status.textContent = 'Drawing the map…';
    let maps: Readonly<Record<Role, ChoiceMap>>;
    let createDrawing: (typeof import('./choice-map-drawing.ts'))['createDrawing'];
    try {
      [maps, { createDrawing }] = await Promise.all([actions.loadMaps(), drawingCode.load()]);
    } catch (error) {
      status.textContent = 'The map of choices could not be loaded.';
      console.warn('[map]', error);
      return;
    }
    if (shown !== role) return; // the player switched roles while it loaded
    const marked = markMap(maps[role], actions.exploration(role));
    const titles = nodeTitles(marked);
    const start = (path: readonly number[]): void => {
      element.close();
      actions.startAt(role, path);
    };
    const rows = marked.rows.map((row, step) =>
      el(
        'li',
        { class: 'map-row' },
        el('h3', { class: 'visually-hidden' }, `Step ${step + 1}`),
        el('ol', { class: 'map-nodes' }, ...row.map((node) => nodeCard(node, marked, titles, start))),
      ),
    );
    drawing?.destroy();
    const layout = maps[role].layout;
    drawing = layout
      ? createDrawing(layout, marked, {
          titles,
          card: (id) => {
            const node = marked.rows.flat().find((candidate) => candidate.id === id);
            const card = node ? nodeCard(node, marked, titles, start) : el('li', {});
            card.removeAttribute('id'); // the list's card keeps the anchor
            return card;
          },
        })
      : null;
    const canvas = el(
      'div',
      { class: 'map-canvas' },
      el('ol', { class: 'map-rows', 'aria-label': `${ROLE_NAMES[role]}: choices in order` }, ...rows),
    );
    body.replaceChildren(
      ...(drawing ? [drawing.element, el('h3', { class: 'map-list-title' }, 'The same map as a list')] : []),
      canvas,
      el(
        'section',
        { class: 'map-endings', 'aria-labelledby': 'map-endings-title' },
        el('h3', { id: 'map-endings-title' }, 'Endings'),
        el('ul', {}, ...marked.endings.map((ending) => endingItem(ending))),
      ),
    );
    status.textContent = `${ROLE_NAMES[role]}: you have reached ${marked.explored} of ${marked.total} choice points and found ${marked.endingsReached} of ${marked.endings.length} endings.`;
    redraw = () => drawMapLines(canvas, marked);
    requestAnimationFrame(() => {
      redraw?.();
      drawing?.fit();
    });
  };

  roleButtons.forEach((button) =>
    button.addEventListener('click', () => void render((button.dataset['role'] as Role | undefined) ?? 'lenin')),
  );
  close.addEventListener('click', () => element.close());
  printButton.addEventListener('click', () => printOnly(element));
  // the lines follow the cards: redraw when the layout changes (a resize, or print's page width)
  window.addEventListener('resize', () => redraw?.());
  window.addEventListener('beforeprint', () => redraw?.());
  window.addEventListener('afterprint', () => redraw?.());
  return {
    element,
    open(role) {
      element.showModal();
      close.focus();
      void render(role ?? actions.currentRole() ?? shown);
    },
  };
}

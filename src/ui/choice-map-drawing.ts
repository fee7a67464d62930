import Panzoom, { type PanzoomObject } from '@panzoom/panzoom';
import './choice-map-drawing.css';
import type { MapBox, MapEdge, MapLayout } from '../core/choice-map/graph.ts';
import type { MarkedMap, MarkedNode } from '../core/choice-map/marked.ts';
import { formatClock, formatDate } from '../core/clock.ts';
import { el } from './dom.ts';
import { endingTitle } from './ending-title.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** How far one arrow key moves the drawing, in screen pixels. */
const KEY_PAN = 80;
const MAX_SCALE = 2;
/** Below this scale the drawing is an overview: no arrowheads (the stylesheet). */
const FAR_SCALE = 0.35;
const LABEL_CHARS = 46;
/** The width of a printed page's text in CSS pixels (A4 or Letter, portrait, with the browser's margins). */
const PRINT_WIDTH = 680;

export interface DrawingActions {
  /** Titles the list uses for its choice points ("Choice 3b"), so the two views name them alike. */
  readonly titles: ReadonlyMap<string, string>;
  /** The list's card for a choice point, with its "Start a new run here" when it has been reached. */
  readonly card: (id: string) => HTMLElement;
}

export interface Drawing {
  readonly element: HTMLElement;
  /** Frames the whole map once the drawing is on screen (it needs its size to do so). */
  fit(): void;
  destroy(): void;
}

const shorten = (text: string): string =>
  text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS).replace(/\s+\S*$/, '')}…`;

function place(element: HTMLElement, box: MapBox): HTMLElement {
  element.style.left = `${box.x - box.width / 2}px`;
  element.style.top = `${box.y - box.height / 2}px`;
  element.style.width = `${box.width}px`;
  element.style.height = `${box.height}px`;
  return element;
}

function when(node: MarkedNode): string {
  return node.time ? `${formatDate(node.time)}, ${formatClock(node.time)}` : '';
}

/** The lines: taken solid, not taken dashed, the historical path red (classes styled in the CSS). */
function lines(layout: MapLayout, marked: MarkedMap): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'drawn-lines');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', String(layout.width));
  svg.setAttribute('height', String(layout.height));
  const defs = document.createElementNS(SVG, 'defs');
  for (const kind of ['plain', 'historical']) {
    const marker = document.createElementNS(SVG, 'marker');
    marker.setAttribute('id', `drawn-arrow-${kind}`);
    marker.setAttribute('viewBox', '0 0 10 10');
    marker.setAttribute('refX', '9');
    marker.setAttribute('refY', '5');
    // in widths of its line, which stays as thick on screen at every zoom (the stylesheet)
    marker.setAttribute('markerWidth', '4.5');
    marker.setAttribute('markerHeight', '4.5');
    marker.setAttribute('orient', 'auto-start-reverse');
    const tip = document.createElementNS(SVG, 'path');
    tip.setAttribute('d', 'M 0 0 L 10 5 L 0 10 z');
    tip.setAttribute('class', `drawn-arrow ${kind}`);
    marker.append(tip);
    defs.append(marker);
  }
  svg.append(defs);
  const nodes = new Map(marked.rows.flat().map((node) => [node.id, node]));
  // the historical path over the rest, so its red is never hidden under a grey line
  const ordered = [...layout.edges].sort(
    (a, b) => Number(optionOf(nodes, a)?.onHistoricalPath) - Number(optionOf(nodes, b)?.onHistoricalPath),
  );
  for (const edge of ordered) {
    const option = optionOf(nodes, edge);
    const historical = option?.onHistoricalPath === true && nodes.get(edge.from)?.onHistoricalPath === true;
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' '));
    path.setAttribute(
      'class',
      ['drawn-line', option?.taken ? 'taken' : 'untaken', historical ? 'historical' : ''].join(' ').trim(),
    );
    path.setAttribute('marker-end', `url(#drawn-arrow-${historical ? 'historical' : 'plain'})`);
    svg.append(path);
  }
  return svg;
}

function optionOf(nodes: ReadonlyMap<string, MarkedNode>, edge: MapEdge): MarkedNode['options'][number] | undefined {
  return nodes.get(edge.from)?.options[edge.option];
}

/** An option's words beside its line, once its choice point has been reached; its historicity always. */
function label(edge: MapEdge, node: MarkedNode | undefined): HTMLElement | null {
  const option = node?.options[edge.option];
  if (!option || !node) return null;
  const words = node.explored ? shorten(option.text) : '';
  if (!words && !option.historicity) return null;
  const element = el(
    'span',
    {
      class: 'drawn-label',
      'data-taken': String(option.taken),
      title: node.explored ? option.text : undefined,
    },
    words,
    option.historicity ? el('span', { class: `drawn-historicity ${option.historicity}` }, option.historicity) : null,
  );
  element.style.left = `${edge.label.x}px`;
  element.style.top = `${edge.label.y}px`;
  return element;
}

/**
 * The map of choices drawn as a flowchart from the coordinates laid out at build time: each choice
 * point a button (it shows the list's card, with "Start a new run here"), each option a line, endings
 * at the foot. Pans and zooms by mouse, touch (Panzoom) and keys.
 */
export function createDrawing(layout: MapLayout, marked: MarkedMap, actions: DrawingActions): Drawing {
  const nodes = new Map(marked.rows.flat().map((node) => [node.id, node]));
  let pressedAt: { x: number; y: number } | null = null;
  let dragged = false;
  const detail = el('section', { class: 'drawn-detail', 'aria-live': 'polite', 'aria-label': 'The chosen point' });
  const buttons = [...nodes.values()].map((node) => {
    const title = actions.titles.get(node.id) ?? '';
    const button = el(
      'button',
      {
        type: 'button',
        class: `drawn-node ${node.explored ? 'explored' : 'unexplored'}`,
        'data-node': node.id,
        'data-historical': String(node.onHistoricalPath),
        'aria-label': `${title}${node.explored ? '' : ', not reached yet'}${node.onHistoricalPath ? ', on the historical path' : ''}`,
      },
      el('span', { class: 'drawn-node-title' }, title),
      el('span', { class: 'drawn-node-when' }, node.explored ? when(node) : 'not reached yet'),
    );
    const box = layout.nodes[node.id];
    if (box) place(button, box);
    button.addEventListener('click', () => {
      if (dragged) return; // the end of a drag that began on this point, not a press
      buttons.forEach((other) => other.removeAttribute('aria-current'));
      button.setAttribute('aria-current', 'true');
      const card = actions.card(node.id);
      detail.replaceChildren(el('ul', { class: 'map-nodes' }, card));
      // the card's own button, as in the list: the next key press starts the run
      const start = card.querySelector<HTMLButtonElement>('.map-start');
      start?.focus({ preventScroll: true });
      (start ?? detail).scrollIntoView({ block: 'nearest' });
      // on a wide screen the card takes the drawing's right side: the point comes back into view if hidden
      const [seen, frame] = [button.getBoundingClientRect(), view.getBoundingClientRect()];
      const box = layout.nodes[node.id];
      if (
        box &&
        (seen.left < frame.left || seen.right > frame.right || seen.top < frame.top || seen.bottom > frame.bottom)
      )
        centreOn(box.x, box.y, pz().getScale());
    });
    return button;
  });
  const endings = marked.endings.map((ending) => {
    const found = ending.reached > 0;
    const box = layout.endings[ending.id];
    const element = el(
      'div',
      {
        class: `drawn-ending ${found ? 'reached' : 'hidden-ending'}`,
        'data-historical': String(ending.onHistoricalPath),
      },
      el('span', { class: 'drawn-node-title' }, found ? endingTitle(ending.id) : 'Unknown ending'),
      el('span', { class: 'drawn-node-when' }, ending.onHistoricalPath ? 'the historical ending' : 'an ending'),
    );
    return box ? place(element, box) : element;
  });
  const labels = layout.edges.map((edge) => label(edge, nodes.get(edge.from))).filter((item) => item !== null);
  const plane = el('div', { class: 'drawn-plane' }, lines(layout, marked), ...labels, ...buttons, ...endings);
  plane.style.width = `${layout.width}px`;
  plane.style.height = `${layout.height}px`;
  // printed whole, scaled to the page's width (the print rules in the CSS use it)
  plane.style.setProperty('--print-zoom', String(Math.min(1, PRINT_WIDTH / layout.width)));
  const view = el(
    'div',
    {
      class: 'drawn-view',
      tabindex: '0',
      role: 'group',
      'aria-label':
        'Drawing of the choices: arrow keys move it, + and − zoom, 0 shows it whole; Tab goes from point to point',
    },
    plane,
  );
  const zoomIn = el('button', { type: 'button' }, 'Zoom in');
  const zoomOut = el('button', { type: 'button' }, 'Zoom out');
  const wholeButton = el('button', { type: 'button' }, 'Whole map');
  const element = el(
    'section',
    { class: 'drawn-map', 'aria-label': 'The map drawn' },
    el('p', { class: 'drawn-tools' }, zoomIn, zoomOut, wholeButton),
    view,
    detail,
  );

  const viewSize = (): { width: number; height: number } => ({ width: view.clientWidth, height: view.clientHeight });
  /** The pan and scale that put the plane's point (x, y) at the view's centre (Panzoom scales about the plane's centre). */
  const centred = (x: number, y: number, scale: number): { x: number; y: number; scale: number } => {
    const { width, height } = viewSize();
    const [cx, cy] = [layout.width / 2, layout.height / 2];
    return { x: (width / 2 - cx) / scale + cx - x, y: (height / 2 - cy) / scale + cy - y, scale };
  };
  const whole = (): { x: number; y: number; scale: number } => {
    const { width, height } = viewSize();
    return centred(layout.width / 2, layout.height / 2, Math.min(1, width / layout.width, height / layout.height));
  };
  // Panzoom measures the plane when it starts, so it starts once the drawing is in the page; it sets its
  // starting pan a moment later, so it is given the whole map as its start
  let started: PanzoomObject | null = null;
  // the scale for the stylesheet, which keeps lines and borders as thick on screen at every zoom, so the
  // paths taken still read when the whole campaign is framed at a tenth of its size
  const zoomed = (scale: number): void => {
    if (plane.style.getPropertyValue('--zoom') !== String(scale)) plane.style.setProperty('--zoom', String(scale));
    // seen from afar the arrowheads would outweigh their lines (the flow runs down the page anyway)
    plane.toggleAttribute('data-far', scale < FAR_SCALE);
  };
  plane.addEventListener('panzoomchange', () => {
    if (started) zoomed(started.getScale());
  });
  const pz = (): PanzoomObject => {
    if (started) return started;
    const start = whole();
    zoomed(start.scale);
    started = Panzoom(plane, {
      maxScale: MAX_SCALE,
      minScale: 0.05,
      canvas: true,
      cursor: 'grab',
      startScale: start.scale,
      startX: start.x,
      startY: start.y,
    });
    return started;
  };
  const centreOn = (x: number, y: number, scale: number): void => {
    const goal = centred(x, y, scale);
    pz().zoom(goal.scale, { animate: false, force: true });
    pz().pan(goal.x, goal.y, { animate: false, force: true });
  };
  const fit = (): void => {
    if (!started) {
      pz();
      return;
    }
    const goal = whole();
    centreOn(layout.width / 2, layout.height / 2, goal.scale);
  };
  const zoomBy = (factor: number): void => {
    const { width, height } = viewSize();
    const scale = pz().getScale();
    const pan = pz().getPan();
    // the point at the view's centre stays there
    const [cx, cy] = [layout.width / 2, layout.height / 2];
    const x = (width / 2 - cx) / scale + cx - pan.x;
    const y = (height / 2 - cy) / scale + cy - pan.y;
    centreOn(x, y, Math.min(MAX_SCALE, Math.max(0.05, scale * factor)));
  };
  const panBy = (dx: number, dy: number): void => {
    const scale = pz().getScale();
    const pan = pz().getPan();
    pz().pan(pan.x + dx / scale, pan.y + dy / scale, { animate: false, force: true });
  };

  view.addEventListener('pointerdown', (event) => {
    pressedAt = { x: event.clientX, y: event.clientY };
    dragged = false;
  });
  view.addEventListener('pointermove', (event) => {
    if (pressedAt && Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y) > 6) dragged = true;
  });
  view.addEventListener('pointerup', () => {
    pressedAt = null;
  });
  // a key press on a point is never a drag
  view.addEventListener('keydown', () => {
    dragged = false;
  });
  view.addEventListener('wheel', (event) => {
    event.preventDefault();
    pz().zoomWithWheel(event);
  });
  view.addEventListener('keydown', (event) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [KEY_PAN, 0],
      ArrowRight: [-KEY_PAN, 0],
      ArrowUp: [0, KEY_PAN],
      ArrowDown: [0, -KEY_PAN],
    };
    const move = moves[event.key];
    if (move) panBy(...move);
    else if (event.key === '+' || event.key === '=') zoomBy(1.25);
    else if (event.key === '-' || event.key === '_') zoomBy(0.8);
    else if (event.key === '0') fit();
    else return;
    event.preventDefault();
  });
  // a point reached by Tab comes into view, at a scale it can be read at
  view.addEventListener('focusin', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.dataset['node']) return;
    const box = layout.nodes[target.dataset['node']];
    if (box) centreOn(box.x, box.y, Math.max(pz().getScale(), 0.8));
    view.scrollLeft = 0;
    view.scrollTop = 0;
  });
  zoomIn.addEventListener('click', () => zoomBy(1.25));
  zoomOut.addEventListener('click', () => zoomBy(0.8));
  wholeButton.addEventListener('click', fit);

  return {
    element,
    fit,
    destroy: () => started?.destroy(),
  };
}

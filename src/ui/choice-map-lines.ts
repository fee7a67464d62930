import type { MarkedMap } from '../core/choice-map/marked.ts';

const SVG = 'http://www.w3.org/2000/svg';

interface Edge {
  readonly from: string;
  readonly to: string;
  taken: boolean;
  historical: boolean;
}

/** One line per pair of choice points an option joins, marked taken and historical if any option says so. */
function edgesOf(marked: MarkedMap): Edge[] {
  const edges = new Map<string, Edge>();
  for (const node of marked.rows.flat()) {
    for (const option of node.options) {
      for (const to of option.toNodes) {
        const key = `${node.id}>${to}`;
        const edge = edges.get(key) ?? { from: node.id, to, taken: false, historical: false };
        edge.taken ||= option.taken;
        edge.historical ||= option.onHistoricalPath;
        edges.set(key, edge);
      }
    }
  }
  return [...edges.values()];
}

/**
 * Draws the flowchart's connecting lines behind the cards. Decoration only (aria-hidden): each card
 * already names where its options lead, as links.
 */
export function drawMapLines(canvas: HTMLElement, marked: MarkedMap): void {
  canvas.querySelector(':scope > svg.map-lines')?.remove();
  const box = canvas.getBoundingClientRect();
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'map-lines');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', String(canvas.scrollWidth));
  svg.setAttribute('height', String(canvas.scrollHeight));
  const card = (id: string): DOMRect | undefined =>
    canvas.querySelector(`#map-node-${CSS.escape(id)}`)?.getBoundingClientRect();
  for (const edge of edgesOf(marked)) {
    const from = card(edge.from);
    const to = card(edge.to);
    if (!from || !to) continue;
    const x1 = from.left + from.width / 2 - box.left + canvas.scrollLeft;
    const y1 = from.bottom - box.top + canvas.scrollTop;
    const x2 = to.left + to.width / 2 - box.left + canvas.scrollLeft;
    const y2 = to.top - box.top + canvas.scrollTop;
    const bend = Math.max(24, Math.abs(y2 - y1) / 2);
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', `M ${x1} ${y1} C ${x1} ${y1 + bend}, ${x2} ${y2 - bend}, ${x2} ${y2}`);
    path.setAttribute(
      'class',
      ['map-line', edge.taken ? 'taken' : 'untaken', edge.historical ? 'historical' : ''].join(' ').trim(),
    );
    svg.append(path);
  }
  canvas.prepend(svg);
}

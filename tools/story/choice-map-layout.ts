import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { ChoiceMap, MapBox, MapEdge, MapLayout, MapPoint } from '../../src/core/choice-map/graph.ts';

/** The drawing's boxes, in CSS pixels at zoom 1; src/ui/choice-map-drawing.ts writes inside them. */
export const NODE_SIZE = { width: 176, height: 52 } as const;
export const ENDING_SIZE = { width: 176, height: 44 } as const;
/** Room for an option's words beside its line: two short lines of small type. */
export const LABEL_SIZE = { width: 150, height: 30 } as const;

const endingKey = (id: string): string => `ending:${id}`;
const round = (value: number): number => Math.round(value * 10) / 10;
const point = ({ x, y }: MapPoint): MapPoint => ({ x: round(x), y: round(y) });
const box = (label: { x?: number; y?: number; width: number; height: number }): MapBox => ({
  x: round(label.x ?? 0),
  y: round(label.y ?? 0),
  width: label.width,
  height: label.height,
});

/**
 * Lays the map out as a flowchart, top to bottom: each choice point and ending a box, each option a
 * line (one per place it can lead) with room for its words. dagre runs here, at build time.
 */
export function layOutChoiceMap(map: Omit<ChoiceMap, 'layout'>): MapLayout {
  const graph = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 28, edgesep: 12, ranksep: 36, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of map.nodes) graph.setNode(node.id, { ...NODE_SIZE });
  for (const ending of map.endings) graph.setNode(endingKey(ending.id), { ...ENDING_SIZE });
  const named: { name: string; edge: Omit<MapEdge, 'points' | 'label'> }[] = [];
  for (const node of map.nodes) {
    node.options.forEach((option, index) => {
      const targets = [
        ...option.toNodes.map((to) => ({ to, toEnding: false, key: to })),
        ...option.toEndings.map((to) => ({ to, toEnding: true, key: endingKey(to) })),
      ];
      for (const target of targets) {
        if (!graph.hasNode(target.key)) continue; // a choice point past a broken path: the story check reports it
        const name = `${index}>${target.key}`;
        graph.setEdge(node.id, target.key, { ...LABEL_SIZE, labelpos: 'c' }, name);
        named.push({ name, edge: { from: node.id, option: index, to: target.to, toEnding: target.toEnding } });
      }
    });
  }
  dagre.layout(graph);
  const nodes: Record<string, MapBox> = {};
  const endings: Record<string, MapBox> = {};
  for (const node of map.nodes) nodes[node.id] = box(graph.node(node.id));
  for (const ending of map.endings) endings[ending.id] = box(graph.node(endingKey(ending.id)));
  const edges = named.map(({ name, edge }) => {
    const laid = graph.edge({ v: edge.from, w: edge.toEnding ? endingKey(edge.to) : edge.to, name });
    return {
      ...edge,
      points: (laid.points ?? []).map(point),
      label: point({ x: laid.x ?? 0, y: laid.y ?? 0 }),
    };
  });
  const size = graph.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, endings, edges };
}

import { describe, expect, it } from 'vitest';
import { buildChoiceMap } from '../../tools/story/choice-map.ts';
import { ENDING_SIZE, layOutChoiceMap, NODE_SIZE } from '../../tools/story/choice-map-layout.ts';
import { compileFixture } from './fixture.ts';

describe('the map of choices, laid out at build time', () => {
  const map = buildChoiceMap(compileFixture('choice-map'), 'lenin');
  const layout = layOutChoiceMap(map);

  it('places every choice point and ending inside the drawing, none on top of another', () => {
    const boxes = [...Object.values(layout.nodes), ...Object.values(layout.endings)];
    expect(Object.keys(layout.nodes).sort()).toEqual(map.nodes.map((node) => node.id).sort());
    expect(Object.keys(layout.endings).sort()).toEqual(map.endings.map((ending) => ending.id).sort());
    for (const box of boxes) {
      expect(box.x - box.width / 2).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height / 2).toBeLessThanOrEqual(layout.height);
    }
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2).toBe(
          true,
        );
    expect(layout.nodes[map.nodes[0]?.id ?? '']).toMatchObject(NODE_SIZE);
    expect(Object.values(layout.endings)[0]).toMatchObject(ENDING_SIZE);
  });

  it('draws one line per option and place it leads, top to bottom, with room for its words', () => {
    const expected = map.nodes.flatMap((node) =>
      node.options.flatMap((option, index) => [
        ...option.toNodes.map((to) => `${node.id}/${index}>${to}`),
        ...option.toEndings.map((to) => `${node.id}/${index}>${to}`),
      ]),
    );
    expect(layout.edges.map((edge) => `${edge.from}/${edge.option}>${edge.to}`).sort()).toEqual(expected.sort());
    for (const edge of layout.edges) {
      const from = layout.nodes[edge.from];
      const to = edge.toEnding ? layout.endings[edge.to] : layout.nodes[edge.to];
      expect(edge.points.length).toBeGreaterThanOrEqual(2);
      expect(to?.y).toBeGreaterThan(from?.y ?? Number.POSITIVE_INFINITY);
      expect(edge.label.y).toBeGreaterThan(from?.y ?? Number.POSITIVE_INFINITY);
    }
  });

  it('gives the same drawing for the same story, so the build is reproducible', () => {
    expect(layOutChoiceMap(map)).toEqual(layout);
  });
});

import { describe, expect, it } from 'vitest';
import { menuId, type ChoiceMap, type MapNode } from '../../src/core/choice-map/graph.ts';
import { recordNote, settledOption, weighChoices, weighMenus } from '../../src/core/club-decisions.ts';
import type { ChoiceOption, Historicity } from '../../src/core/events.ts';

const option = (text: string, toNodes: string[], toEndings: string[] = [], historicity: Historicity | null = null) => ({
  text,
  historicity,
  branch: null,
  toNodes,
  toEndings,
  onHistoricalPath: false,
});

function node(id: string, options: MapNode['options']): MapNode {
  return { id, chapter: null, time: null, place: null, prompt: null, depth: 0, onHistoricalPath: false, options };
}

/**
 * mirror: two ways to look, both on to `vote` (flavour).
 * questions: ask one thing or another, both back round to `vote` or on to it (a loop, the same endings).
 * vote: marked historical / speculative, leading to different endings.
 * walk: unmarked, but one way leads to an ending the other cannot reach.
 */
const MAP: ChoiceMap = {
  role: 'lenin',
  start: 'mirror',
  nodes: [
    node('mirror', [option('Look in the mirror', ['questions']), option('Look away', ['questions'])]),
    node('questions', [option('Ask Kamenev', ['questions', 'vote']), option('Enough questions', ['vote'])]),
    node('vote', [
      option('Put the resolution', ['walk'], [], 'historical'),
      option('Resign', [], ['split'], 'speculative'),
    ]),
    node('walk', [option('Take the tram', [], ['rising']), option('Walk by the river', [], ['arrest'])]),
    node('only', [option('Now answer them', ['vote'])]),
  ],
  endings: [],
};

const choices = (texts: string[], historicity: (Historicity | null)[] = []): ChoiceOption[] =>
  texts.map((text, index) => ({ index, text, historicity: historicity[index] ?? null, branch: null }));

describe('key decisions', () => {
  const weights = weighMenus([MAP]);

  it('counts a menu marked against the record as a decision that touches the record', () => {
    expect(weights.get('vote')).toEqual({ decision: true, touchesRecord: true });
  });

  it('counts an unmarked menu whose options reach different endings as a decision off the record', () => {
    expect(weights.get('walk')).toEqual({ decision: true, touchesRecord: false });
  });

  it('does not count flavour, or questions that come round to the same choice, as decisions', () => {
    expect(weights.get('mirror')).toEqual({ decision: false, touchesRecord: false });
    expect(weights.get('questions')).toEqual({ decision: false, touchesRecord: false });
    expect(weights.has('only')).toBe(false);
  });

  it('weighs the menu on screen by its options’ texts, as the map names it', () => {
    const mirror = choices(['Look in the mirror', 'Look away']);
    const byText = new Map([[menuId(mirror), { decision: false, touchesRecord: false }]]);
    expect(weighChoices(mirror, byText)).toEqual({ decision: false, touchesRecord: false });
  });

  it('puts a menu the map does not know to the vote, and reads the record from its own marks', () => {
    expect(weighChoices(choices(['New', 'Also new']), new Map())).toEqual({ decision: true, touchesRecord: false });
    expect(weighChoices(choices(['New', 'Also new'], ['historical', 'plausible']), null)).toEqual({
      decision: true,
      touchesRecord: true,
    });
    expect(weighChoices(choices(['Go on']), null).decision).toBe(false);
  });

  it('settles along history where an option is marked historical, and leaves the rest to the facilitator', () => {
    expect(settledOption(choices(['a', 'b'], ['plausible', 'historical']))?.text).toBe('b');
    expect(settledOption(choices(['a', 'b']))).toBeNull();
  });

  it('tells the facilitator before the vote whether it touches the record', () => {
    expect(recordNote({ decision: true, touchesRecord: true })).toMatch(/^Touches the record/);
    expect(recordNote({ decision: true, touchesRecord: false })).toMatch(/^Off the record/);
  });
});

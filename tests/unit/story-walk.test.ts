import { describe, expect, it } from 'vitest';
import { Narrator } from '../../src/core/narrator.ts';
import { countedPaths } from '../../tools/story/counted-paths.ts';
import { memoKey, spread, walkStory } from '../../tools/story/walk.ts';
import { compileFixture } from './fixture.ts';

describe('walkStory', () => {
  it('counts every path to every ending', () => {
    const walk = walkStory(compileFixture('small'), 'lenin');
    expect(walk.problems).toEqual([]);
    expect(Object.fromEntries(walk.endings)).toEqual({ lenin_test_end: 2 });
    expect(spread(walk.choicesPerPath)).toEqual({ min: 2, median: 2, max: 2, paths: 2 });
  });

  it('keeps once-only choices apart when they can be met again', () => {
    const walk = walkStory(compileFixture('questions'), 'lenin');
    expect(walk.problems).toEqual([]);
    // go at once; ask one then go (2); ask one, then the other, then go (2)
    expect(Object.fromEntries(walk.endings)).toEqual({ lenin_out_end: 5 });
    expect(spread(walk.choicesPerPath)).toEqual({ min: 1, median: 2, max: 3, paths: 5 });
  });

  it('finds a dead end and says which choices lead there', () => {
    const walk = walkStory(compileFixture('deadend'), 'lenin');
    expect(walk.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/dead end/) as string, trail: ['Right'] }),
    ]);
  });

  it('finds a loop that can go on for ever', () => {
    const walk = walkStory(compileFixture('loop'), 'lenin');
    expect(walk.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^loop/)]);
  });

  it('reports a runtime error with the text near it', () => {
    const walk = walkStory(compileFixture('runtime-error'), 'lenin');
    expect(walk.problems[0]?.message).toMatch(/runtime error: .*RANDOM/);
    expect(walk.problems[0]?.trail).toEqual(['Step into the fault']);
  });

  it('tells a choice that matters from a cosmetic one and a fake one', () => {
    const walk = walkStory(compileFixture('choice-kinds'), 'lenin');
    expect(Object.fromEntries([...walk.choiceKinds.values()].map((kind) => [kind.firstOption, kind]))).toEqual({
      // sets a variable that nothing reads, and both options go on with the same words
      'Look in the mirror': { firstOption: 'Look in the mirror', cosmetic: true, fake: true },
      // each option has its own sentence, then the story goes on the same
      'Drink your tea slowly': { firstOption: 'Drink your tea slowly', cosmetic: true, fake: false },
      // a later line reads what was chosen
      'Tell her you will go tonight': { firstOption: 'Tell her you will go tonight', cosmetic: false, fake: false },
    });
  });

  it('keys states alike when they differ only in a variable the story never reads', () => {
    const json = compileFixture('choice-kinds');
    const narrator = new Narrator(json);
    narrator.start('lenin');
    const state = JSON.parse(narrator.saveState()) as { variablesState: Record<string, number> };
    const withVariable = (name: string): string =>
      JSON.stringify({ ...state, variablesState: { ...state.variablesState, [name]: 1 } });
    const counted = countedPaths(json);
    expect(memoKey(withVariable('lenin_unread'), counted)).toBe(memoKey(JSON.stringify(state), counted));
    expect(memoKey(withVariable('lenin_bold'), counted)).not.toBe(memoKey(JSON.stringify(state), counted));
  });
});

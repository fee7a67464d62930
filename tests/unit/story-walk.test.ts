import { describe, expect, it } from 'vitest';
import { spread, walkStory } from '../../tools/story/walk.ts';
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
});

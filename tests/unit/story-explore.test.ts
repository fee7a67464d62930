import { describe, expect, it } from 'vitest';
import { exploreRole, formatExplorer } from '../../tools/story/explore.ts';
import { walkStory } from '../../tools/story/walk.ts';
import { compileFixture } from './fixture.ts';

describe('exploreRole', () => {
  const json = compileFixture('questions');

  it('plays seeded random runs to their endings, the same for the same seed', () => {
    const stats = exploreRole(json, 'lenin', 200, 7);
    expect(stats.endings).toEqual({ lenin_out_end: 200 });
    // go at once, or ask one or both questions first: 1 to 3 choices
    expect(stats.choices.min).toBe(1);
    expect(stats.choices.max).toBe(3);
    expect(stats.words.min).toBeLessThan(stats.words.max);
    expect(exploreRole(json, 'lenin', 200, 7)).toEqual(stats);
    expect(formatExplorer(stats)).toMatch(/lenin_out_end 100\.0 %/);
  });

  it('names the lines no run reached', () => {
    const lines = walkStory(json, 'lenin').lines;
    // one run picks one way through; of three ways, it cannot have seen both questions and the bare exit
    const one = exploreRole(json, 'lenin', 1, 3, lines);
    expect(one.unreached.length).toBeGreaterThan(0);
    expect(exploreRole(json, 'lenin', 500, 3, lines).unreached).toEqual([]);
  });
});

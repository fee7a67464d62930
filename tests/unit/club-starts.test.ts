import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBus } from '../../src/app/bus.ts';
import { createDirector } from '../../src/app/director.ts';
import type { GameEvents } from '../../src/app/game-events.ts';
import { menuIsIn, NAMED_STARTS, readStarts, resolveStart, startsFor } from '../../src/core/club-starts.ts';
import { ROLES } from '../../src/core/roles.ts';
import { countWords } from '../../src/core/explore.ts';
import { createMemoryStore } from '../../src/platform/storage.ts';
import { compileInk } from '../../tools/ink/compile.ts';

const compiled = compileInk(resolve(import.meta.dirname, '../../story/main.ink'));

function director() {
  if (!compiled.json) throw new Error('the story does not compile');
  return createDirector({
    story: compiled.json,
    storyHash: 'h',
    bus: createBus<GameEvents>(),
    store: createMemoryStore(),
  });
}

describe('named starts', () => {
  it('offers two or three starts per role, each with a "previously" of 60 to 120 words in plain words', () => {
    for (const role of ROLES) expect(startsFor(role).length).toBeGreaterThanOrEqual(2);
    for (const role of ROLES) expect(startsFor(role).length).toBeLessThanOrEqual(3);
    for (const start of NAMED_STARTS) {
      expect(countWords(start.previously), start.id).toBeGreaterThanOrEqual(60);
      expect(countWords(start.previously), start.id).toBeLessThanOrEqual(120);
      expect(`${start.title} ${start.previously}`).not.toMatch(/bible|\b[LKJ]\d\b|_/i);
    }
    expect(new Set(NAMED_STARTS.map((start) => start.id)).size).toBe(NAMED_STARTS.length);
  });

  it('resolves every start in the current story, along history, to a menu written in its knot', () => {
    const play = director();
    for (const start of NAMED_STARTS) {
      const path = resolveStart(play, start);
      expect(path, `${start.id} (${start.knot}) is not reached along the historical path`).not.toBeNull();
      expect(play.startAt(start.role, path ?? [])).toBe(true);
      const session = play.current();
      expect(session && menuIsIn(session, start.knot), start.id).toBe(true);
      expect(session?.choices.length, start.id).toBeGreaterThan(0);
    }
  });

  it('says so, rather than guessing, when a knot is not on the historical path', () => {
    const play = director();
    const [first] = NAMED_STARTS;
    if (!first) throw new Error('no starts');
    expect(resolveStart(play, { ...first, knot: 'no_such_knot' })).toBeNull();
  });

  it('keeps the run on screen where it was while it searches', () => {
    const play = director();
    play.startRole('lenin');
    const before = play.current();
    const chosen = before?.choices[0];
    if (!chosen) throw new Error('no choice');
    play.choose(chosen.index);
    const state = play.current();
    const [karpovka] = startsFor('lenin');
    if (!karpovka) throw new Error('no start');
    resolveStart(play, karpovka);
    const next = state?.choices[0];
    if (!next) throw new Error('no choice');
    play.choose(next.index);
    expect(play.current()?.path).toEqual([chosen.index, next.index]);
  });

  it('skips a malformed entry in the starts file', () => {
    expect(
      readStarts([
        { id: 'a', role: 'lenin', knot: 'k', title: 't', date: 'd', previously: 'p' },
        { id: 'b', role: 'tsar', knot: 'k', title: 't', date: 'd', previously: 'p' },
        { id: 'c', role: 'lenin', knot: '', title: 't', date: 'd', previously: 'p' },
        'nonsense',
      ]).map((start) => start.id),
    ).toEqual(['a']);
    expect(readStarts({})).toEqual([]);
  });
});

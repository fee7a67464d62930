import { describe, expect, it } from 'vitest';
import { createBus } from '../../src/app/bus.ts';
import { AUTOSAVE_KEY, createDirector } from '../../src/app/director.ts';
import type { GameEvents } from '../../src/app/game-events.ts';
import { createMemoryStore, type KeyValueStore } from '../../src/platform/storage.ts';
import { compileFixture } from './fixture.ts';

function setup(store: KeyValueStore = createMemoryStore(), story = compileFixture('small'), storyHash = 'h1') {
  const bus = createBus<GameEvents>();
  const seen: { [K in keyof GameEvents]: GameEvents[K][] } = {
    session: [],
    sfx: [],
    problem: [],
    notice: [],
    title: [],
  };
  (Object.keys(seen) as (keyof GameEvents)[]).forEach((type) =>
    bus.on(type, (payload) => (seen[type] as unknown[]).push(payload)),
  );
  const director = createDirector({ story, storyHash, bus, store, now: () => new Date('2026-11-26T00:00:00Z') });
  return { director, seen, store };
}

describe('director', () => {
  it('starts a role, publishes the session and fires effects', () => {
    const { director, seen } = setup();
    director.startRole('lenin');
    expect(seen.session).toHaveLength(1);
    expect(seen.session[0]?.reset).toBe(true);
    expect(seen.session[0]?.session.scene.place).toBe('smolny');
    expect(seen.sfx).toEqual([{ id: 'door_knock' }]);
  });

  it('chooses, autosaves after every choice and resumes exactly', () => {
    const { director, store } = setup();
    director.startRole('lenin');
    director.choose(1);
    const saved = store.get(AUTOSAVE_KEY);
    expect(saved).toContain('"path":[1]');
    const again = setup(store);
    expect(again.director.autosaveText()).toBe(saved);
    expect(again.director.open(saved ?? '')).toEqual({ kind: 'opened' });
    expect(again.director.current()?.transcript).toEqual(director.current()?.transcript);
    again.director.choose(0);
    expect(again.director.current()?.ending).toBe('lenin_test_end');
  });

  it('goes back to the moment before the last choice', () => {
    const { director } = setup();
    director.startRole('lenin');
    const first = director.current();
    director.choose(0);
    expect(director.goBack()).toBe(true);
    expect(director.current()).toEqual(first);
    expect(director.goBack()).toBe(false);
  });

  it('says once that saves are off when storage is unavailable, and plays on', () => {
    const { director, seen } = setup(createMemoryStore(false));
    director.startRole('lenin');
    director.choose(0);
    expect(seen.notice.map((n) => n.id)).toEqual(['saves-off']);
    expect(director.current()?.path).toEqual([0]);
  });

  it('asks before replaying a save made on a changed story, and replays it when told to', () => {
    const first = setup(createMemoryStore(), compileFixture('small'), 'old-hash');
    first.director.startRole('lenin');
    first.director.choose(1);
    const text = first.store.get(AUTOSAVE_KEY) ?? '';
    const later = setup(createMemoryStore(), compileFixture('small'), 'new-hash');
    const outcome = later.director.open(text);
    expect(outcome.kind).toBe('story-changed');
    expect(later.seen.session).toEqual([]); // nothing is loaded silently
    if (outcome.kind !== 'story-changed') return;
    expect(later.director.replay(outcome.save)).toBe(true);
    expect(later.director.current()?.path).toEqual([1]);
    expect(later.director.current()?.transcript).toEqual(first.director.current()?.transcript);
  });

  it('leaves everything as it was when a changed story no longer has the save’s choices', () => {
    const first = setup(createMemoryStore(), compileFixture('small'), 'old-hash');
    first.director.startRole('lenin');
    first.director.choose(1);
    const text = (first.store.get(AUTOSAVE_KEY) ?? '').replace('"path":[1]', '"path":[7]');
    const store = createMemoryStore();
    store.set(AUTOSAVE_KEY, text);
    const later = setup(store, compileFixture('small'), 'new-hash');
    const outcome = later.director.open(text);
    if (outcome.kind !== 'story-changed') throw new Error(outcome.kind);
    expect(later.director.replay(outcome.save)).toBe(false);
    expect(later.seen.session).toEqual([]);
    expect(store.get(AUTOSAVE_KEY)).toBe(text);
  });

  it('refuses a corrupt save with a reason and leaves it in place', () => {
    const store = createMemoryStore();
    store.set(AUTOSAVE_KEY, '{"format":"petrograd-1917-save","ver');
    const { director, seen } = setup(store);
    const outcome = director.open(director.autosaveText() ?? '');
    expect(outcome).toEqual({ kind: 'refused', reason: expect.stringMatching(/damaged/) as string });
    expect(seen.session).toEqual([]);
    expect(store.get(AUTOSAVE_KEY)).toBe('{"format":"petrograd-1917-save","ver');
  });

  it('rewinds to any earlier choice, from snapshots or by replaying after a reload', () => {
    const { director, store } = setup();
    director.startRole('lenin');
    const atStart = director.current();
    director.choose(1);
    director.choose(0);
    expect(director.current()?.ending).toBe('lenin_test_end');
    expect(director.rewindTo(0)).toBe(true);
    expect(director.current()).toEqual(atStart);
    director.choose(0); // take the other branch this time
    expect(director.current()?.transcript.map((e) => e.text)).toContain('You stay.');

    const reloaded = setup(store);
    reloaded.director.open(reloaded.director.autosaveText() ?? '');
    expect(reloaded.director.rewindTo(0)).toBe(true); // no snapshots after a reload: rebuilt by replay
    expect(reloaded.director.current()?.transcript).toEqual(atStart?.transcript);
    expect(reloaded.director.rewindTo(5)).toBe(false);
  });

  it('restarts the chapter where its chapter tag began it', () => {
    const { director } = setup();
    director.startRole('lenin');
    director.choose(1);
    expect(director.current()?.chapterStartAt).toBe(0);
    director.restartChapter();
    expect(director.current()?.path).toEqual([]);
  });

  it('turns a story runtime error into a problem the player can step back from', () => {
    const { director, seen } = setup(createMemoryStore(), compileFixture('runtime-error'));
    director.startRole('lenin');
    const before = director.current();
    director.choose(0);
    expect(seen.problem).toHaveLength(1);
    expect(seen.problem[0]?.message).toMatch(/cannot go on/);
    expect(seen.problem[0]?.detail).toMatch(/RANDOM/);
    expect(seen.problem[0]?.canGoBack).toBe(true);
    expect(director.goBack()).toBe(true);
    expect(director.current()).toEqual(before);
  });

  it('reports a role the story does not have as a problem', () => {
    const { director, seen } = setup(createMemoryStore(), compileFixture('runtime-error'));
    director.startRole('kerensky');
    expect(seen.problem).toHaveLength(1);
    expect(seen.problem[0]?.canGoBack).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createBus } from '../../src/app/bus.ts';
import { AUTOSAVE_KEY, createDirector, KEPT_SAVE_KEY } from '../../src/app/director.ts';
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
    expect(again.director.hasAutosave()).toBe(true);
    expect(again.director.resume()).toBe(true);
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

  it('replays a save on a changed story when its choices still exist', () => {
    const first = setup(createMemoryStore(), compileFixture('small'), 'old-hash');
    first.director.startRole('lenin');
    first.director.choose(1);
    const later = setup(first.store, compileFixture('small'), 'new-hash');
    expect(later.director.resume()).toBe(true);
    expect(later.seen.notice.map((n) => n.id)).toEqual(['save-replayed']);
    expect(later.director.current()?.path).toEqual([1]);
  });

  it('keeps a mismatched save untouched when its choices no longer fit', () => {
    const store = createMemoryStore();
    const first = setup(store, compileFixture('small'), 'old-hash');
    first.director.startRole('lenin');
    first.director.choose(1);
    const text = store.get(AUTOSAVE_KEY) ?? '';
    store.set(AUTOSAVE_KEY, text.replace('"path":[1]', '"path":[7]'));
    const later = setup(store, compileFixture('small'), 'new-hash');
    expect(later.director.resume()).toBe(false);
    expect(later.seen.notice.map((n) => n.id)).toEqual(['save-mismatch']);
    expect(store.get(KEPT_SAVE_KEY)).toBe(text.replace('"path":[1]', '"path":[7]'));
    expect(later.seen.session).toEqual([]);
  });

  it('refuses a corrupt autosave with a notice and leaves it in place', () => {
    const store = createMemoryStore();
    store.set(AUTOSAVE_KEY, '{"format":"petrograd-1917-save","ver');
    const { director, seen } = setup(store);
    expect(director.resume()).toBe(false);
    expect(seen.notice[0]?.message).toMatch(/damaged/);
    expect(store.get(AUTOSAVE_KEY)).toBe('{"format":"petrograd-1917-save","ver');
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

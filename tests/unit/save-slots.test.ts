import { describe, expect, it } from 'vitest';
import { createSaveSlots, exportFileName, SLOT_COUNT } from '../../src/app/save-slots.ts';
import { Narrator } from '../../src/core/narrator.ts';
import { newSession, reduceBeat } from '../../src/core/session.ts';
import { createMemoryStore, type KeyValueStore } from '../../src/platform/storage.ts';
import { compileFixture } from './fixture.ts';

const session = (() => {
  const narrator = new Narrator(compileFixture('small'));
  return reduceBeat(newSession('lenin'), narrator.start('lenin'), narrator.saveState()).session;
})();
const NOW = new Date('2026-11-26T18:00:00Z');

describe('save slots', () => {
  it('lists three slots with role, chapter, story date and real time saved', () => {
    const slots = createSaveSlots(createMemoryStore(), 'hash', () => NOW);
    expect(slots.write(2, session, '  Before the vote  ')).toEqual({ ok: true });
    const list = slots.list();
    expect(list).toHaveLength(SLOT_COUNT);
    expect(list[0]).toEqual({ slot: 1, state: 'empty' });
    expect(list[1]).toEqual({
      slot: 2,
      state: 'saved',
      label: 'Before the vote',
      role: 'lenin',
      chapter: 'A test chapter',
      storyTime: 'Wednesday 25 October (7 November NS), 21:40',
      savedAt: NOW,
      storyChanged: false,
    });
  });

  it('marks a damaged slot and a slot from an earlier story', () => {
    const store = createMemoryStore();
    store.set('petrograd1917.slot.1', '{not json');
    createSaveSlots(store, 'old', () => NOW).write(3, session, '');
    const list = createSaveSlots(store, 'new', () => NOW).list();
    expect(list[0]).toMatchObject({ state: 'damaged', reason: expect.stringMatching(/damaged/) as string });
    expect(list[2]).toMatchObject({ state: 'saved', storyChanged: true });
  });

  it('reports a full store and leaves the old save in place', () => {
    const inner = createMemoryStore();
    const slots = createSaveSlots(inner, 'hash', () => NOW);
    slots.write(1, session, 'first');
    const full: KeyValueStore = { ...inner, set: () => ({ ok: false, reason: 'full' }) };
    expect(createSaveSlots(full, 'hash', () => NOW).write(1, session, 'second')).toEqual({ ok: false, reason: 'full' });
    expect(slots.list()[0]).toMatchObject({ label: 'first' });
  });

  it('names an exported file after the role and the story date', () => {
    expect(exportFileName(session)).toBe('petrograd-1917-lenin-1917-10-25.json');
  });
});

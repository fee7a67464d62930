import { describe, expect, it } from 'vitest';
import { createBus } from '../../src/app/bus.ts';
import { continuesRun, createClubMode } from '../../src/app/club-mode.ts';
import { createClubStore } from '../../src/app/club-store.ts';
import { createDirector } from '../../src/app/director.ts';
import type { GameEvents } from '../../src/app/game-events.ts';
import { createMemoryStore, type KeyValueStore } from '../../src/platform/storage.ts';
import { compileFixture } from './fixture.ts';

const NOW = new Date('2026-11-26T16:00:00Z');

function setup(store: KeyValueStore = createMemoryStore()) {
  const bus = createBus<GameEvents>();
  const notices: string[] = [];
  bus.on('notice', ({ message }) => notices.push(message));
  const director = createDirector({ story: compileFixture('small'), storyHash: 'h1', bus, store, now: () => NOW });
  const clubs = createClubStore(store, 'h1', () => NOW);
  const club = createClubMode({ director, bus, clubs, roleName: () => 'Vladimir Lenin', now: () => NOW });
  return { bus, director, clubs, club, notices, store };
}

describe('club mode', () => {
  it('takes each choice by vote and keeps the votes with the game in a club slot', () => {
    const { club, clubs, director } = setup();
    club.start('  Year 11\n history ', 'lenin');
    club.decide([2, 5], 1, 'Bolder');
    club.decide([4], 0, '');
    expect(director.current()?.ending).toBe('lenin_test_end');
    const [first] = clubs.list();
    expect(first).toMatchObject({ slot: 1, state: 'saved', groupName: 'Year 11 history', role: 'lenin', votes: 2 });
    const report = club.report();
    expect(report?.votes.map((vote) => [vote.decidedBy, vote.total, vote.reason])).toEqual([
      ['majority', 7, 'Bolder'],
      ['majority', 4, ''],
    ]);
    expect(report?.divergences.map((step) => step.text)).toEqual(['Go out']);
    expect(report?.ending).toBe('lenin_test_end');
  });

  it('resumes next week exactly where the group stopped, with its votes', () => {
    const { club, store } = setup();
    club.start('Thursday', 'lenin');
    club.decide([3, 3], 0, 'tie: the facilitator chose');
    const nextWeek = setup(store);
    expect(nextWeek.club.resume(1)).toEqual({ ok: true });
    expect(nextWeek.club.active()).toBe(true);
    expect(nextWeek.director.current()?.path).toEqual([0]);
    expect(nextWeek.club.report()?.votes[0]).toMatchObject({ decidedBy: 'facilitator', total: 6 });
  });

  it('drops the votes of choices the group went back on', () => {
    const { club, director } = setup();
    club.start('Rewinders', 'lenin');
    club.decide([1, 0], 0, '');
    director.rewindTo(0);
    expect(club.report()?.votes).toEqual([]);
  });

  it('refuses a damaged slot with a reason and stays out of club mode', () => {
    const { club, store } = setup();
    store.set('petrograd1917.club.2', '{"format":"petrograd-1917-club"');
    const outcome = club.resume(2);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/Club slot 2 could not be opened\. It is damaged/);
    expect(club.active()).toBe(false);
  });

  it('plays on without storage and says once that the session is not being kept', () => {
    const { club, notices } = setup(createMemoryStore(false));
    club.start('No storage', 'lenin');
    club.decide([1, 0], 0, '');
    expect(notices.filter((message) => message.includes('club session cannot be saved'))).toHaveLength(1);
    expect(club.report()?.steps).toHaveLength(1);
  });

  it('ends club mode, keeping the slot untouched, when another game is opened over it', () => {
    const { club, clubs, director, notices } = setup();
    club.start('Careful', 'lenin');
    club.decide([2, 1], 1, '');
    const other = setup();
    other.director.startRole('lenin');
    other.director.choose(0);
    const otherSave = other.director.autosaveText() ?? '';
    expect(director.open(otherSave)).toEqual({ kind: 'opened' });
    expect(club.active()).toBe(false);
    expect(notices.some((message) => message.includes('kept in club slot 1'))).toBe(true);
    expect(clubs.list()[0]).toMatchObject({ state: 'saved', votes: 1 });
    expect(clubs.read(1)).toMatchObject({ ok: true, file: { save: { session: { path: [1] } } } });
  });

  it('tells the same run (a choice, a rewind) from another game', () => {
    expect(continuesRun({ role: 'lenin', path: [0, 1] }, { role: 'lenin', path: [0, 1, 2] })).toBe(true);
    expect(continuesRun({ role: 'lenin', path: [0, 1] }, { role: 'lenin', path: [0] })).toBe(true);
    expect(continuesRun({ role: 'lenin', path: [0, 1] }, { role: 'lenin', path: [0, 2, 0] })).toBe(false);
    expect(continuesRun({ role: 'lenin', path: [] }, { role: 'junker', path: [] })).toBe(false);
  });

  it('leaves club mode when the group returns to the title', () => {
    const { club, director } = setup();
    club.start('Leavers', 'lenin');
    director.toTitle();
    expect(club.active()).toBe(false);
    expect(club.report()).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { createBus } from '../../src/app/bus.ts';
import { continuesRun, createClubMode } from '../../src/app/club-mode.ts';
import { createClubStore } from '../../src/app/club-store.ts';
import { createDirector } from '../../src/app/director.ts';
import type { GameEvents } from '../../src/app/game-events.ts';
import { createMemoryStore, type KeyValueStore } from '../../src/platform/storage.ts';
import { compileFixture } from './fixture.ts';

const NOW = new Date('2026-11-26T16:00:00Z');

const NEXT_WEEK = new Date('2026-12-03T16:00:00Z');

function setup(store: KeyValueStore = createMemoryStore(), today: Date = NOW) {
  const bus = createBus<GameEvents>();
  const notices: string[] = [];
  bus.on('notice', ({ message }) => notices.push(message));
  const director = createDirector({ story: compileFixture('small'), storyHash: 'h1', bus, store, now: () => today });
  const clubs = createClubStore(store, 'h1', () => today);
  const club = createClubMode({ director, bus, clubs, roleName: () => 'Vladimir Lenin', now: () => today });
  return { bus, director, clubs, club, notices, store };
}

describe('club mode', () => {
  it('takes each choice by vote and keeps the votes with the game in a club slot', () => {
    const { club, clubs, director } = setup();
    club.start('  Year 11\n history ', 'lenin');
    club.decide([2, 5], 1, 'Bolder');
    club.continueOn();
    expect(director.current()?.ending).toBe('lenin_test_end');
    const [first] = clubs.list();
    expect(first).toMatchObject({ slot: 1, state: 'saved', groupName: 'Year 11 history', role: 'lenin', votes: 1 });
    const report = club.report();
    expect(report?.votes.map((vote) => [vote.decidedBy, vote.total, vote.reason])).toEqual([['majority', 7, 'Bolder']]);
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
    expect(nextWeek.club.report()?.votes[0]).toMatchObject({ decidedBy: 'tie', total: 6 });
  });

  it('sets aside, never drops, the votes and the ending of a path the group went back on', () => {
    const { club, clubs, director } = setup();
    club.start('Rewinders', 'lenin');
    club.decide([2, 5], 1, 'Bolder');
    club.continueOn();
    expect(club.chooseAgainCost(0)).toEqual({
      choice: 1,
      text: 'Go out',
      votes: 1,
      choices: 2,
      ending: 'lenin_test_end',
    });
    director.rewindTo(0);
    expect(club.report()?.votes).toEqual([]);
    expect(club.report()?.setAside).toMatchObject([
      { choice: 1, choices: 2, ending: 'lenin_test_end', votes: [{ reason: 'Bolder', decidedBy: 'majority' }] },
    ]);
    club.decide([4, 1], 0, 'Careful now');
    const report = club.report();
    expect(report?.votes.map((vote) => vote.reason)).toEqual(['Careful now']);
    expect(report?.setAside[0]?.votes.map((vote) => vote.reason)).toEqual(['Bolder']);
    const kept = clubs.read(1);
    expect(kept?.ok && kept.file.club.setAside[0]?.ending).toBe('lenin_test_end');
  });

  it('takes a one-option decision with "Continue", recording no vote', () => {
    const { club, clubs } = setup();
    club.start('Continuers', 'lenin');
    club.decide([1, 0], 0, '');
    expect(club.decide([3], 0, 'nothing to decide')).toBeNull();
    const report = club.report();
    expect(report?.steps.map((step) => step.voteNumber)).toEqual([1, null]);
    expect(report?.votes).toHaveLength(1);
    expect(clubs.list()[0]).toMatchObject({ votes: 1, ending: 'lenin_test_end' });
  });

  it('records the facilitator taking the minority as an override of the majority', () => {
    const { club } = setup();
    club.start('Overruled', 'lenin');
    expect(club.decide([5, 4], 1, 'to see what happens')?.decidedBy).toBe('override');
    expect(club.report()?.votes[0]).toMatchObject({ decidedBy: 'override', total: 9, chosen: 1 });
  });

  it('starts a new sitting next week, and each vote carries the sitting it was taken in', () => {
    const { club, store } = setup();
    club.start('Weekly', 'lenin');
    club.decide([2, 1], 1, 'week one');
    expect(setup(store).club.resume(1)).toEqual({ ok: true }); // the same day again: the same sitting
    const nextWeek = setup(store, NEXT_WEEK);
    expect(nextWeek.club.resume(1)).toEqual({ ok: true });
    nextWeek.club.continueOn();
    nextWeek.director.rewindTo(0);
    nextWeek.club.decide([1, 3], 1, 'week two');
    const report = nextWeek.club.report();
    expect(report?.sittings).toEqual([
      { number: 1, date: '26 November 2026' },
      { number: 2, date: '3 December 2026' },
    ]);
    expect(report?.votes.map((vote) => [vote.reason, vote.sitting.number])).toEqual([['week two', 2]]);
    expect(report?.setAside[0]).toMatchObject({ date: '3 December 2026', sitting: { number: 2 } });
    expect(report?.setAside[0]?.votes.map((vote) => [vote.reason, vote.sitting.number])).toEqual([['week one', 1]]);
    expect(nextWeek.clubs.list()[0]).toMatchObject({ sittings: 2 });
  });

  it('keeps the discussion length for next week', () => {
    const { club, store } = setup();
    club.start('Timed', 'lenin');
    expect(club.timerMinutes()).toBe(3);
    club.setTimerMinutes(10);
    club.setTimerMinutes(4); // not a length the timer offers
    const nextWeek = setup(store, NEXT_WEEK);
    nextWeek.club.resume(1);
    expect(nextWeek.club.timerMinutes()).toBe(10);
  });

  it('says a finished session is finished, in the slot list and on resuming it', () => {
    const { club, clubs, store } = setup();
    club.start('Finishers', 'lenin');
    club.decide([0, 2], 1, '');
    club.continueOn();
    expect(clubs.list()[0]).toMatchObject({ state: 'saved', ending: 'lenin_test_end' });
    const nextWeek = setup(store, NEXT_WEEK);
    expect(nextWeek.club.resume(1)).toEqual({ ok: true });
    expect(nextWeek.notices.some((message) => message.includes('finished — ending reached'))).toBe(true);
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

describe('club mode: key decisions only, and named starts', () => {
  it('records a choice settled along history as settled, never as a vote, and keeps the setting for next week', () => {
    const { club, clubs, store } = setup();
    club.start('Key only', 'lenin', { keyOnly: true });
    expect(club.keyOnly()).toBe(true);
    club.settle(0); // "Stay", the option marked historical
    const report = club.report();
    expect(report?.votes).toEqual([]);
    expect(report?.steps[0]).toMatchObject({ text: 'Stay', voteNumber: null, settledBy: 'history' });
    expect(clubs.list()[0]).toMatchObject({ votes: 0 });
    const nextWeek = setup(store, NEXT_WEEK);
    expect(nextWeek.club.resume(1)).toEqual({ ok: true });
    expect(nextWeek.club.keyOnly()).toBe(true);
    expect(nextWeek.club.report()?.steps[0]?.settledBy).toBe('history');
  });

  it('records the facilitator’s click on another option as settled by the facilitator', () => {
    const { club } = setup();
    club.start('Clickers', 'lenin', { keyOnly: true });
    club.settle(1);
    expect(club.report()?.steps[0]).toMatchObject({ text: 'Go out', settledBy: 'facilitator' });
  });

  it('forgets a settled choice the group went back on, and a vote there replaces it', () => {
    const { club, director } = setup();
    club.start('Back again', 'lenin', { keyOnly: true });
    club.settle(1);
    director.rewindTo(0);
    club.decide([1, 4], 0, 'put it to the room after all');
    const step = club.report()?.steps[0];
    expect(step).toMatchObject({ text: 'Stay', voteNumber: 1, settledBy: null });
    expect(club.report()?.votes.map((vote) => vote.decidedBy)).toEqual(['override']);
  });

  it('begins at a named start: the choices before it are history’s, not the group’s', () => {
    const { club, director, clubs } = setup();
    club.start('Late start', 'lenin', { from: [0] });
    expect(director.current()?.path).toEqual([0]);
    club.continueOn();
    const report = club.report();
    expect(report?.steps.map((step) => [step.beforeGroup, step.voteNumber])).toEqual([
      [true, null],
      [false, null],
    ]);
    const kept = clubs.read(1);
    expect(kept?.ok && kept.file.club.beganAt).toBe(1);
  });

  it('begins at the beginning when a start’s path no longer fits the story', () => {
    const { club, director } = setup();
    club.start('Changed story', 'lenin', { from: [7] });
    expect(director.current()?.path).toEqual([]);
    expect(club.report()?.steps).toEqual([]);
  });
});

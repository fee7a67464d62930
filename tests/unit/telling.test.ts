/**
 * "In this telling" beside "in history", and the invented front page, played on a fixture story
 * (tests/fixtures/telling): the run's tellings survive save and load, rewind and replay, and reach the
 * codex check and the debrief.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBus } from '../../src/app/bus.ts';
import { createDirector } from '../../src/app/director.ts';
import type { GameEvents } from '../../src/app/game-events.ts';
import { buildDebrief } from '../../src/core/debrief/debrief.ts';
import { debriefToMarkdown } from '../../src/core/debrief/markdown.ts';
import { debriefSections } from '../../src/core/debrief/report-sections.ts';
import { describeFront } from '../../src/core/map-news.ts';
import { Narrator } from '../../src/core/narrator.ts';
import { replayRun } from '../../src/core/replay.ts';
import { createSave, readSave, serializeSave } from '../../src/core/save-file.ts';
import { tellingsOf, type Session } from '../../src/core/session.ts';
import { createMemoryStore } from '../../src/platform/storage.ts';
import { loadCodex } from '../../tools/codex/load-codex.ts';
import { checkCodexUse } from '../../tools/story/codex-use.ts';
import { compileFixture } from './fixture.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/telling');
const CODEX = loadCodex(join(FIXTURE, 'codex'));

function setup(store = createMemoryStore()) {
  const bus = createBus<GameEvents>();
  const director = createDirector({ story: compileFixture('telling'), storyHash: 'h', bus, store });
  return { director, store };
}

const choose = (director: ReturnType<typeof setup>['director'], text: string): void => {
  const choice = director.current()?.choices.find((c) => c.text === text);
  if (!choice) throw new Error(`no choice "${text}"`);
  director.choose(choice.index);
};

/** The divergent path: wait for the Congress, accept the coalition, finish. */
function playDivergence(director: ReturnType<typeof setup>['director']): Session {
  director.startRole('lenin');
  choose(director, 'Wait for the Congress');
  choose(director, 'Accept it');
  choose(director, 'Finish');
  const session = director.current();
  if (!session) throw new Error('no session');
  return session;
}

describe('invented front pages', () => {
  it('carries the invented mark from the tag into the scene, the words and the save', () => {
    const { director } = setup();
    director.startRole('lenin');
    const front = director.current()?.scene.front;
    expect(front).toEqual({ paper: 'izvestia', headline: 'The Congress will decide', invented: true });
    expect(front && describeFront(front)).toBe(
      'Front page of Izvestia (Invented — this issue never appeared): “The Congress will decide”.',
    );
    const text = director.autosaveText() ?? '';
    const read = readSave(text, 'h');
    expect(read.ok && read.save.session.scene.front?.invented).toBe(true);
  });

  it('reads a front page saved before invented issues existed as a real one', () => {
    const { director } = setup();
    director.startRole('lenin');
    const old = (director.autosaveText() ?? '').replace(',"invented":true', '');
    expect(old).not.toContain('"invented":');
    const read = readSave(old, 'h');
    expect(read.ok && read.save.session.scene.front).toEqual({
      paper: 'izvestia',
      headline: 'The Congress will decide',
      invented: false,
    });
  });
});

describe('the run’s tellings', () => {
  it('collects each # telling: once, in order, with the time and the choices taken before it', () => {
    const session = playDivergence(setup().director);
    expect(session.tellings.map(({ id, afterChoices }) => [id, afterChoices])).toEqual([
      ['martov', 1],
      ['congress_of_soviets', 1],
      ['martov', 3],
    ]);
    expect(session.tellings[0]?.time).toEqual({ year: 1917, month: 10, day: 26, hour: 10, minute: 0 });
    expect(tellingsOf(session.tellings, 'martov')).toEqual([
      'Martov sat in a government of all the socialists.',
      'Martov outlived the coalition by a winter.',
    ]);
    expect(tellingsOf(session.tellings, 'dan')).toEqual([]);
  });

  it('survive save and load, and a save from before tellings loads with none', () => {
    const { director, store } = setup();
    const session = playDivergence(director);
    const again = setup(store);
    expect(again.director.open(again.director.autosaveText() ?? '')).toEqual({ kind: 'opened' });
    expect(again.director.current()?.tellings).toEqual(session.tellings);
    const text = serializeSave(createSave(session, 'h', new Date(0))).replace(/,"tellings":\[.*?\]\}/, '}');
    expect(text).not.toContain('tellings');
    const read = readSave(text, 'h');
    expect(read.ok && read.save.session.tellings).toEqual([]);
  });

  it('are unsaid by a rewind, from snapshots or rebuilt by replay after a reload', () => {
    const { director, store } = setup();
    playDivergence(director);
    expect(director.rewindTo(1)).toBe(true);
    expect(director.current()?.tellings.map((t) => t.id)).toEqual(['martov', 'congress_of_soviets']);
    const reloaded = setup(store);
    reloaded.director.open(reloaded.director.autosaveText() ?? '');
    expect(reloaded.director.rewindTo(0)).toBe(true);
    expect(reloaded.director.current()?.tellings).toEqual([]);
    choose(reloaded.director, 'Rise tonight');
    expect(reloaded.director.current()?.tellings.map((t) => t.text)).toEqual([
      'Martov walked out, as he did in history.',
    ]);
  });

  it('come back when the writers’ room replays the run on the story', () => {
    const narrator = new Narrator(compileFixture('telling'));
    const replayed = replayRun(narrator, {
      role: 'lenin',
      from: 'lenin',
      choices: ['Wait for the Congress', 'Accept it'],
      sets: [],
    });
    expect(replayed.broke).toBeNull();
    expect(replayed.session.tellings.map((t) => t.id)).toEqual(['martov', 'congress_of_soviets']);
  });
});

describe('the debrief: in history and in this telling', () => {
  const debriefOf = (session: Session) => buildDebrief(session, { events: [], notes: new Map(), codex: CODEX.entries });

  it('gives each person met both fates, and a person only told of is met too', () => {
    const debrief = debriefOf(playDivergence(setup().director));
    expect(debrief.people).toEqual([
      {
        id: 'martov',
        title: 'Yulii Martov',
        fate: 'Left Russia in 1920 and died in Germany in 1923.',
        telling: 'Martov sat in a government of all the socialists. Martov outlived the coalition by a winter.',
      },
    ]);
    // Dan is named only in the epilogue and nothing is told of him: no meeting
    expect(debrief.people.map((person) => person.id)).not.toContain('dan');
  });

  it('sets the tellings in the hour by hour among the choices, named by their entries', () => {
    const debrief = debriefOf(playDivergence(setup().director));
    const yours = debrief.timeline.map((row) =>
      row.kind === 'telling' ? `told ${row.title}` : row.kind === 'yours' ? `chose ${row.decision.text}` : 'real',
    );
    expect(yours).toEqual([
      'chose Wait for the Congress',
      'told Yulii Martov',
      'told Second Congress of Soviets',
      'chose Accept it',
      'chose Finish',
      'told Yulii Martov',
    ]);
    const markdown = debriefToMarkdown(debrief);
    expect(markdown).toContain('| When (Old Style, New Style) | In history | In this telling |');
    expect(markdown).toContain(
      '| 26 October 1917, 10:00 (8 November 1917 NS) | | *Second Congress of Soviets:* The Congress, not the Committee, made the government. |',
    );
    expect(markdown).toContain(
      '- **Yulii Martov**: In history: Left Russia in 1920 and died in Germany in 1923. In this telling: Martov sat',
    );
    const sections = debriefSections(debrief);
    expect(sections[1]?.paragraphs).toContain(
      '26 October 1917, 10:00 (8 November 1917 NS). In this telling, Yulii Martov: Martov sat in a government of all the socialists.',
    );
  });
});

describe('the story check and tellings', () => {
  it('counts a telling as naming its entry, and rejects one that names no entry', () => {
    expect(checkCodexUse([join(FIXTURE, 'lenin/01_congress.ink')], CODEX, join(FIXTURE, 'codex'))).toEqual([]);
    const stray = resolve(import.meta.dirname, '../fixtures/telling-unknown/main.ink');
    const messages = checkCodexUse([join(FIXTURE, 'lenin/01_congress.ink'), stray], CODEX, join(FIXTURE, 'codex')).map(
      (d) => `${d.file?.split('/').slice(-2).join('/') ?? ''}:${d.line ?? ''}: ${d.message}`,
    );
    expect(messages).toEqual(["telling-unknown/main.ink:3: # telling: names no codex entry: 'trotsky'"]);
  });
});

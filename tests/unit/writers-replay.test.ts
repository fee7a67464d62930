import { describe, expect, it } from 'vitest';
import { createBus } from '../../src/app/bus.ts';
import { createDirector } from '../../src/app/director.ts';
import type { GameEvents } from '../../src/app/game-events.ts';
import { endingsOf, exploreRuns } from '../../src/core/explore.ts';
import { Narrator } from '../../src/core/narrator.ts';
import { replayRun, type RunRecord } from '../../src/core/replay.ts';
import { storyOutline } from '../../src/core/story-outline.ts';
import { createMemoryStore } from '../../src/platform/storage.ts';
import { compileFixture } from './fixture.ts';

const json = compileFixture('writers');
const kerensky: RunRecord = {
  role: 'kerensky',
  from: 'kerensky',
  choices: ['Call the staff', 'Send for the Cossacks', 'Stay at the palace'],
  sets: [],
};
const paragraphs = (record: RunRecord, story = json): string[] =>
  replayRun(new Narrator(story), record)
    .session.transcript.filter((entry) => entry.kind === 'paragraph')
    .map((entry) => entry.text);

describe('replayRun', () => {
  it('plays a run again by the words of its choices, keeping each moment before a choice', () => {
    const replayed = replayRun(new Narrator(json), kerensky);
    expect(replayed.broke).toBeNull();
    expect(replayed.session.path).toHaveLength(3);
    expect(replayed.before.map((moment) => moment.path.length)).toEqual([0, 1, 2]);
    expect(replayed.session.scene.chapter).toBe('The night');
    expect(replayed.beat.lines.some((line) => line.events.some((event) => event.kind === 'basis'))).toBe(true);
  });

  it('shows the edited text of the story it is given', () => {
    const edited = json.replace('The bridges are up.', 'The bridges are raised.');
    expect(paragraphs(kerensky, edited).at(-1)).toContain('The bridges are raised.');
  });

  it('stops at the last choice the story still offers and says which one broke', () => {
    const edited = json.replaceAll('Send for the Cossacks', 'Call the Cossacks');
    const replayed = replayRun(new Narrator(edited), kerensky);
    expect(replayed.session.path).toHaveLength(1);
    expect(replayed.broke?.at).toBe(1);
    expect(replayed.broke?.message).toMatch(
      /choice 2, “Send for the Cossacks”, is no longer offered.*“Call the Cossacks”/,
    );
  });

  it('starts where the writer jumped, sets variables where they were set, and says when the knot is gone', () => {
    const brave: RunRecord = { role: 'junker', from: 'junker_ch3', choices: ['Hold the gate'], sets: [] };
    expect(paragraphs(brave).at(-1)).toBe('Your hands shake at the gate.');
    const set = { ...brave, sets: [{ at: 0, name: 'junker_courage', value: 5 }] };
    expect(paragraphs(set).at(-1)).toBe('You stand at the gate without fear.');
    const renamed = replayRun(new Narrator(json.replaceAll('junker_ch3', 'junker_palace')), brave);
    expect(renamed.broke?.message).toMatch(/began at junker_ch3, which the story no longer has/);
    const undeclared = replayRun(new Narrator(json), { ...brave, sets: [{ at: 1, name: 'junker_fear', value: 1 }] });
    expect(undeclared.broke).toMatchObject({ at: 1, message: expect.stringMatching(/junker_fear/) as unknown });
  });
});

describe('the story outline and its variables', () => {
  it('lists a role’s knots and stitches in order, and the story’s variables', () => {
    const outline = storyOutline(json, 'junker');
    expect(outline.paths).toEqual(['junker', 'junker_ch3', 'junker_ch3.hall']);
    expect(outline.variables).toEqual(expect.arrayContaining(['kerensky_resolve', 'junker_courage']));
  });

  it('reads and sets variables through the narrator', () => {
    const narrator = new Narrator(json);
    narrator.start('junker');
    expect(narrator.variable('junker_courage')).toEqual({ value: 0 });
    narrator.setVariable('junker_courage', 3);
    expect(narrator.variable('junker_courage')).toEqual({ value: 3 });
    expect(narrator.variable('nobody')).toBeNull();
    expect(() => narrator.setVariable('nobody', 1)).toThrow();
  });
});

describe('exploring from a moment', () => {
  it('plays seeded runs from a saved state and counts each ending with the words to it', () => {
    const narrator = new Narrator(json);
    narrator.start('junker_ch3');
    const state = narrator.saveState();
    const start = () => {
      narrator.loadState(state);
      return { lines: [], choices: narrator.currentChoices(), ending: null };
    };
    const runs = exploreRuns(narrator, start, 200, 1917);
    expect(exploreRuns(narrator, start, 200, 1917)).toEqual(runs);
    const endings = endingsOf(runs);
    expect([...endings.keys()].sort()).toEqual([
      'junker_fixture_home',
      'junker_fixture_stand',
      'junker_fixture_surrender',
    ]);
    expect([...endings.values()].reduce((sum, ending) => sum + ending.runs, 0)).toBe(200);
    expect(endings.get('junker_fixture_home')?.words.max).toBe(3);
  });
});

describe('the director on an edited story', () => {
  it('plays on from a replayed moment, and goes back through the replay’s moments', () => {
    const bus = createBus<GameEvents>();
    const shown: string[] = [];
    bus.on('session', ({ session }) => {
      const last = session.transcript.at(-1);
      shown.push(last?.text ?? '');
    });
    const director = createDirector({ story: json, storyHash: 'h', bus, store: createMemoryStore() });
    director.startRole('kerensky');
    const edited = json.replace('The bridges are up.', 'The bridges are raised.');
    director.replaceStory(edited);
    const replayed = replayRun(new Narrator(edited), kerensky);
    director.resume(replayed.session, replayed.before);
    expect(shown.at(-1)).toBe('Night of 24 October (6 November New Style). The bridges are raised.');
    director.choose(director.current()?.choices[0]?.index ?? -1);
    expect(director.current()?.path).toHaveLength(4);
    expect(director.goBack()).toBe(true);
    expect(director.goBack()).toBe(true);
    expect(director.current()?.path).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { createBus } from '../../src/app/bus.ts';
import { createDirector } from '../../src/app/director.ts';
import type { GameEvents } from '../../src/app/game-events.ts';
import { describeBeginning } from '../../src/core/debrief/beginning.ts';
import { buildDebrief } from '../../src/core/debrief/debrief.ts';
import { debriefToMarkdown } from '../../src/core/debrief/markdown.ts';
import { readSave } from '../../src/core/save-file.ts';
import type { BeganAt } from '../../src/core/session.ts';
import { createMemoryStore } from '../../src/platform/storage.ts';
import { compileFixture } from './fixture.ts';

const story = compileFixture('choice-map');

function setup(store = createMemoryStore()) {
  const director = createDirector({ story, storyHash: 'h', bus: createBus<GameEvents>(), store });
  return { director, store };
}

type Director = ReturnType<typeof setup>['director'];

const chooseText = (director: Director, text: string): void => {
  const choice = director.current()?.choices.find((c) => c.text === text);
  if (!choice) throw new Error(`no choice "${text}"`);
  director.choose(choice.index);
};

/** The fixture's path to the patrol at Smolny, as history took it: two choices. */
function pathToThePatrol(): number[] {
  const { director } = setup();
  director.startRole('lenin');
  chooseText(director, 'Read the letter again');
  chooseText(director, 'Go to Smolny with Rahja');
  return [...(director.current()?.path ?? [])];
}

const AT_THE_PATROL: BeganAt = { title: 'The patrol at the gate', date: '24 October 1917', choices: 2 };
const noContent = { events: [], notes: new Map(), codex: [] };

describe('a solo run begun at a named decision', () => {
  it('remembers where it began through its choices, its autosave and a replay of that save', () => {
    const path = pathToThePatrol();
    const { director, store } = setup();
    expect(director.startAt('lenin', path, AT_THE_PATROL)).toBe(true);
    expect(director.current()?.beganAt).toEqual(AT_THE_PATROL);
    chooseText(director, 'Let Rahja play the drunk');
    expect(director.current()?.beganAt).toEqual(AT_THE_PATROL);

    const saved = director.autosaveText();
    if (!saved) throw new Error('no autosave');
    const read = readSave(saved, 'h');
    if (!read.ok) throw new Error(read.reason);
    expect(read.save.session.beganAt).toEqual(AT_THE_PATROL);
    const later = setup(store).director;
    expect(later.open(saved)).toEqual({ kind: 'opened' });
    expect(later.current()?.beganAt).toEqual(AT_THE_PATROL);
    expect(later.replay(read.save)).toBe(true);
    expect(later.current()?.beganAt).toEqual(AT_THE_PATROL);
  });

  it('has fewer choices made for it once taken back before its decision, none at the role’s start', () => {
    const { director } = setup();
    director.startAt('lenin', pathToThePatrol(), AT_THE_PATROL);
    chooseText(director, 'Let Rahja play the drunk');
    expect(director.goBack()).toBe(true);
    expect(director.current()?.beganAt?.choices).toBe(2);
    expect(director.goBack()).toBe(true);
    expect(director.current()?.beganAt?.choices).toBe(1);
    // the player chooses anew from there: their own choice, and the run still says where it began
    chooseText(director, 'Stay at the flat, as the Committee asks');
    expect(director.current()?.beganAt).toEqual({ ...AT_THE_PATROL, choices: 1 });
    expect(director.rewindTo(0)).toBe(true);
    expect(director.current()?.beganAt).toBeUndefined();
    director.startAt('lenin', pathToThePatrol(), AT_THE_PATROL);
    director.restartRole();
    expect(director.current()?.beganAt).toBeUndefined();
  });

  it('gets a debrief that says so, and asks about the player’s own choices, not history’s', () => {
    const { director } = setup();
    director.startAt('lenin', pathToThePatrol(), AT_THE_PATROL);
    chooseText(director, 'Let Rahja play the drunk');
    chooseText(director, 'Finish');
    const session = director.current();
    if (!session) throw new Error('no session');
    const debrief = buildDebrief(session, noContent);
    expect(debrief.began).toEqual(AT_THE_PATROL);
    const said = describeBeginning(AT_THE_PATROL);
    expect(said).toBe(
      'This run began at a decision: “The patrol at the gate” (24 October 1917). The 2 choices before it were made for you, as they were made in 1917; the record below counts them as history’s, not yours.',
    );
    expect(debriefToMarkdown(debrief)).toContain(said);
    // two of the three weighed choices were history's: the player kept to the record at one
    expect(debrief.ledger.weighed).toBe(2);
    expect(debrief.questions[0]?.text).toMatch(
      /^Since the decision your run began at, you kept to the record at the one choice that mattered\./,
    );
    expect(debrief.questions.some((question) => question.text.includes('“Let Rahja play the drunk”'))).toBe(true);
    expect(debrief.questions.some((question) => question.text.includes('“Go to Smolny with Rahja”'))).toBe(false);
  });

  it('says nothing of a beginning for a run played from the role’s start', () => {
    const { director } = setup();
    director.startRole('lenin');
    chooseText(director, 'Read the letter again');
    const session = director.current();
    if (!session) throw new Error('no session');
    const debrief = buildDebrief(session, noContent);
    expect(debrief.began).toBeNull();
    expect(debriefToMarkdown(debrief)).not.toContain('This run began at a decision');
    expect(describeBeginning({ ...AT_THE_PATROL, choices: 1 })).toContain(
      'The one choice before it was made for you, as it was made in 1917; the record below counts it as history’s',
    );
  });
});

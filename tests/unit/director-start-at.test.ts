import { describe, expect, it } from 'vitest';
import { createBus } from '../../src/app/bus.ts';
import { createDirector } from '../../src/app/director.ts';
import { createExplorationStore } from '../../src/app/exploration-store.ts';
import type { GameEvents } from '../../src/app/game-events.ts';
import { buildDebrief } from '../../src/core/debrief/debrief.ts';
import { debriefSections } from '../../src/core/debrief/report-sections.ts';
import { debriefToMarkdown } from '../../src/core/debrief/markdown.ts';
import type { Session } from '../../src/core/session.ts';
import { createMemoryStore } from '../../src/platform/storage.ts';
import { compileFixture } from './fixture.ts';

function setup(store = createMemoryStore()) {
  const bus = createBus<GameEvents>();
  const director = createDirector({ story: compileFixture('choice-map'), storyHash: 'h', bus, store });
  const exploration = createExplorationStore(bus, store);
  return { bus, director, exploration, store };
}

const chooseText = (director: ReturnType<typeof setup>['director'], text: string): void => {
  const choice = director.current()?.choices.find((c) => c.text === text);
  if (!choice) throw new Error(`no choice "${text}"`);
  director.choose(choice.index);
};

describe('a new run from a point on the map of choices', () => {
  it('replays the recorded path to the choice point, and the exploration survives a reload of the page', () => {
    const { director, exploration, store } = setup();
    director.startRole('lenin');
    chooseText(director, 'Look out of the window');
    chooseText(director, 'Go to Smolny with Rahja');
    chooseText(director, 'Give your own name');
    expect(director.current()?.ending).toBe('lenin_arrested');
    const explored = exploration.get('lenin');
    expect(explored.endings).toEqual({ lenin_arrested: 1 });

    const later = setup(store);
    expect(later.exploration.get('lenin')).toEqual(explored);
    const patrolPath = Object.values(explored.nodes).find((path) => path.length === 2) ?? [];
    expect(later.director.startAt('lenin', patrolPath)).toBe(true);
    const session = later.director.current();
    expect(session?.path).toEqual(patrolPath);
    expect(session?.ending).toBeNull();
    expect(session?.choices.map((c) => c.text)).toEqual(['Let Rahja play the drunk', 'Give your own name']);
    // a path the story no longer offers changes nothing
    expect(later.director.startAt('lenin', [7, 7])).toBe(false);
    expect(later.director.current()?.path).toEqual(patrolPath);
  });

  it('keeps exploring when the browser allows no storage', () => {
    const { director, exploration } = setup(createMemoryStore(false));
    director.startRole('lenin');
    chooseText(director, 'Read the letter again');
    expect(Object.keys(exploration.get('lenin').nodes)).toHaveLength(2);
  });

  it('builds the debrief of a finished run as plain data', () => {
    const { director } = setup();
    director.startRole('lenin');
    chooseText(director, 'Read the letter again');
    chooseText(director, 'Stay at the flat, as the Committee asks');
    chooseText(director, 'Finish');
    const session = director.current();
    if (!session) throw new Error('no session');
    const notes = new Map([['L1', { id: 'L1', title: 'Stay', happened: 'He went.', historians: 'Argued.' }]]);
    const debrief = buildDebrief(session, { events: [], notes, codex: [] });
    expect(debrief).toMatchObject({ role: 'lenin', ending: 'lenin_waited', closingText: 'It is over.' });
    expect(debrief.ledger).toMatchObject({ standing: 'plausible', distance: 1, branches: ['L1'] });
    expect(debrief.timeline.filter((row) => row.kind === 'yours')).toHaveLength(3);
    expect(debrief.questions[0]?.text).toContain('“Stay at the flat, as the Committee asks”');
    // plain data: it survives JSON (the club report stores and prints it)
    expect(JSON.parse(JSON.stringify(debrief.questions))).toEqual(debrief.questions);
  });
});

/** Lenin's run in the fixture that meets Rahja and leaves history at the patrol (branch L2). */
function playToThePatrol(): Session {
  const { director } = setup();
  director.startRole('lenin');
  chooseText(director, 'Read the letter again');
  chooseText(director, 'Go to Smolny with Rahja');
  chooseText(director, 'Give your own name');
  const session = director.current();
  if (!session) throw new Error('no session');
  return session;
}

const patrolNotes = new Map([
  ['L2', { id: 'L2', title: 'Stopped by the patrol', happened: 'He got past.', historians: 'Figes.' }],
]);
const rahjaCodex = [
  {
    id: 'rahja',
    title: 'Eino Rahja',
    kind: 'person' as const,
    aliases: ['Rahja'],
    paragraphs: [],
    fate: 'Died in 1936.',
    sources: [],
  },
];

describe('the debrief as Markdown', () => {
  it('gives the ledger, a row per real event and per choice, the people and the questions', () => {
    const session = playToThePatrol();
    const events = [
      {
        time: { year: 1917, month: 10, day: 24, hour: 18, minute: 0 },
        precision: 'about' as const,
        place: null,
        grade: 'A' as const,
        text: 'A letter | with a pipe.',
      },
    ];
    const markdown = debriefToMarkdown(buildDebrief(session, { events, notes: patrolNotes, codex: rahjaCodex }));
    expect(markdown).toContain('## Your October and the real October');
    expect(markdown).toContain('Distance from history 2 of a possible 4: 1 historical, 0 plausible, 1 speculative.');
    expect(markdown).toContain(
      '| 24 October 1917, about 18:00 (6 November 1917 NS) | A letter \\| with a pipe. [A] | |',
    );
    expect(markdown).toContain(
      '| 24 October 1917, 23:00 (6 November 1917 NS) | | **speculative** “Give your own name” *Stopped by the patrol.* Figes. |',
    );
    expect(markdown).toContain('- **Eino Rahja**: Died in 1936.');
    expect(markdown).toMatch(/\n1\. Your run first left the record when you chose “Give your own name”/);
  });
});

describe('the debrief as sections of a club report', () => {
  it('gives plain sentences: the distance, the group’s choices beside the real hours, the people, the questions', () => {
    const session = playToThePatrol();
    const events = [
      {
        time: { year: 1917, month: 10, day: 24, hour: 23, minute: 30 },
        precision: 'about' as const,
        place: null,
        grade: 'A' as const,
        text: 'Lenin reaches Smolny.',
      },
    ];
    const sections = debriefSections(buildDebrief(session, { events, notes: patrolNotes, codex: rahjaCodex }));
    expect(sections.map((section) => section.title)).toEqual([
      'How far the group left history',
      'The group’s October beside the real October',
      'What became of the people met',
      'Questions for discussion',
    ]);
    expect(sections[0]?.paragraphs).toContain(
      'Distance from history 2 of a possible 4: 1 historical, 0 plausible, 1 speculative.',
    );
    expect(sections[1]?.paragraphs).toContain(
      '24 October 1917, 23:00 (6 November 1917 NS). The group: “Give your own name” (speculative). Stopped by the patrol: Figes.',
    );
    expect(sections[2]?.paragraphs).toEqual(['Eino Rahja: Died in 1936.']);
    expect(sections[3]?.paragraphs[0]).toMatch(
      /^1\. Your run first left the record when you chose “Give your own name”/,
    );
    // nothing in a section is markup: the report escapes and prints it as it is
    expect(JSON.stringify(sections)).not.toMatch(/\*\*|\|/);
  });
});

import { describe, expect, it } from 'vitest';
import { Narrator } from '../../src/core/narrator.ts';
import { newSession, reduceBeat } from '../../src/core/session.ts';
import { compileFixture } from './fixture.ts';

describe('reduceBeat', () => {
  it('folds the beat into scene, transcript and effects', () => {
    const narrator = new Narrator(compileFixture('small'));
    const { session, effects } = reduceBeat(newSession('lenin'), narrator.start('lenin'), narrator.saveState());
    expect(session.scene).toMatchObject({ chapter: 'A test chapter', place: 'smolny', music: 'internationale' });
    expect(session.transcript).toEqual([
      { kind: 'chapter', text: 'A test chapter' },
      { kind: 'dateline', text: 'Wednesday 25 October (7 November NS), 21:40' },
      { kind: 'paragraph', text: 'The first line.' },
    ]);
    expect(effects).toEqual(['door_knock']);
    const chosen = session.choices[1];
    if (!chosen) throw new Error('no choice');
    const next = reduceBeat(session, narrator.choose(chosen.index), narrator.saveState(), chosen).session;
    expect(next.path).toEqual([1]);
    expect(next.scene.route).toEqual(['smolny', 'palace_square']);
    expect(next.transcript.slice(3)).toEqual([
      { kind: 'choice', text: 'Go out' },
      { kind: 'paragraph', text: 'You go out.' },
      { kind: 'paragraph', text: 'Bold.' },
    ]);
    // the decision is recorded where and when it was taken, before the new beat moved the scene
    expect(next.decisions).toEqual([
      {
        text: 'Go out',
        historicity: chosen.historicity,
        branch: chosen.branch,
        chapter: 'A test chapter',
        time: { year: 1917, month: 10, day: 25, hour: 21, minute: 40 },
        place: 'smolny',
      },
    ]);
  });
});

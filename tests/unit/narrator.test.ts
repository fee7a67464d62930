import { describe, expect, it } from 'vitest';
import { Narrator, type StoryProblem } from '../../src/core/narrator.ts';
import { compileFixture } from './fixture.ts';

describe('Narrator', () => {
  const json = compileFixture('small');

  it('hands out a beat of lines with their tags already parsed, then the choices', () => {
    const beat = new Narrator(json).start('lenin');
    expect(beat.lines.map((line) => line.text)).toEqual(['The first line.']);
    expect(beat.lines[0]?.events.map((event) => event.kind)).toEqual(['chapter', 'time', 'place', 'music', 'sfx']);
    expect(beat.choices).toEqual([
      { index: 0, text: 'Stay', historicity: 'historical', branch: null },
      { index: 1, text: 'Go out', historicity: 'plausible', branch: null },
    ]);
    expect(beat.ending).toBeNull();
  });

  it('gives global tags with the first line when started from the top', () => {
    const beat = new Narrator(json).start();
    expect(beat.lines[0]?.events[0]).toEqual({ kind: 'meta', key: 'title', value: 'Fixture' });
  });

  it('follows a choice, and reports the ending when the story stops', () => {
    const narrator = new Narrator(json);
    narrator.start('lenin');
    const out = narrator.choose(1);
    expect(out.lines.map((line) => line.text)).toEqual(['You go out.', 'Bold.']);
    expect(out.lines[0]?.events).toEqual([{ kind: 'place', place: 'palace_square' }]);
    const end = narrator.choose(out.choices[0]?.index ?? -1);
    expect(end.ending).toBe('lenin_test_end');
    expect(end.choices).toEqual([]);
  });

  it('restores a saved state and offers the same choices', () => {
    const narrator = new Narrator(json);
    narrator.start('lenin');
    const saved = narrator.saveState();
    narrator.choose(0);
    narrator.loadState(saved);
    expect(narrator.currentChoices().map((choice) => choice.text)).toEqual(['Stay', 'Go out']);
  });

  it('reports an unknown tag without stopping the story', () => {
    const problems: StoryProblem[] = [];
    const story = compileFixture('small').replace('^place: smolny', '^place: moscow');
    const beat = new Narrator(story, { onProblem: (p) => problems.push(p) }).start('lenin');
    expect(beat.choices).toHaveLength(2);
    expect(problems).toEqual([
      { kind: 'tag', message: "#place: moscow: unknown place 'moscow'", nearText: 'The first line.' },
    ]);
  });
});

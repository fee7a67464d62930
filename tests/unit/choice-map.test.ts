import { describe, expect, it } from 'vitest';
import { EMPTY_EXPLORATION, explore, readExploration } from '../../src/core/choice-map/exploration.ts';
import { menuId } from '../../src/core/choice-map/graph.ts';
import { markMap } from '../../src/core/choice-map/marked.ts';
import { Narrator } from '../../src/core/narrator.ts';
import { newSession, reduceBeat, type Session } from '../../src/core/session.ts';
import { buildChoiceMap } from '../../tools/story/choice-map.ts';
import { compileFixture } from './fixture.ts';

const story = compileFixture('choice-map');

/** Plays the fixture by choice text, keeping every moment shown (as the director would publish them). */
function play(texts: string[]): Session[] {
  const narrator = new Narrator(story);
  let session = reduceBeat(newSession('lenin'), narrator.start('lenin'), narrator.saveState()).session;
  const moments = [session];
  for (const text of texts) {
    const chosen = session.choices.find((choice) => choice.text === text);
    if (!chosen) throw new Error(`no choice "${text}"`);
    session = reduceBeat(session, narrator.choose(chosen.index), narrator.saveState(), chosen).session;
    moments.push(session);
  }
  return moments;
}

describe('the map of choices, built from a story', () => {
  const map = buildChoiceMap(story, 'lenin');
  const node = (prompt: string) => map.nodes.find((n) => n.prompt?.startsWith(prompt));

  it('finds each choice point once, by its options, with where and when it stands and how far from the start', () => {
    expect(map.nodes.map((n) => [n.prompt, n.depth])).toEqual([
      ['Fofanova has gone out. The letter is written.', 0],
      ['The Central Committee wants you to stay here.', 1],
      ['A patrol stops you at the gate.', 2],
      ['Smolny at last.', 2],
    ]);
    expect(map.start).toBe(node('Fofanova')?.id);
    expect(node('A patrol')).toMatchObject({ place: 'smolny', time: { day: 24, hour: 23 }, chapter: 'The fixture' });
    expect(node('Fofanova')?.id).toBe(menuId([{ text: 'Read the letter again' }, { text: 'Look out of the window' }]));
  });

  it('joins each option to where it leads: converging branches, a branch to an ending, one option to two endings', () => {
    const first = node('Fofanova');
    const committee = node('The Central');
    const patrol = node('A patrol');
    const inside = node('Smolny');
    expect(first?.options.map((o) => o.toNodes)).toEqual([[committee?.id], [committee?.id]]);
    expect(committee?.options.map((o) => [o.historicity, o.branch, o.toNodes])).toEqual([
      ['historical', null, [patrol?.id]],
      ['plausible', 'L1', [inside?.id]],
    ]);
    expect(patrol?.options[1]).toMatchObject({
      historicity: 'speculative',
      branch: 'L2',
      toEndings: ['lenin_arrested'],
    });
    expect([...(inside?.options[0]?.toEndings ?? [])].sort()).toEqual(['lenin_smolny', 'lenin_waited']);
  });

  it('marks the historical path (historical choices, else the first) and its ending', () => {
    expect(map.nodes.map((n) => n.onHistoricalPath)).toEqual([true, true, true, true]);
    expect(node('The Central')?.options.map((o) => o.onHistoricalPath)).toEqual([true, false]);
    expect(map.endings.map((e) => [e.id, e.onHistoricalPath]).sort()).toEqual([
      ['lenin_arrested', false],
      ['lenin_smolny', true],
      ['lenin_waited', false],
    ]);
    expect(map.endings.find((e) => e.id === 'lenin_arrested')?.closingText).toBe('You are arrested.');
  });

  it('lays a player’s runs over the map: explored points with the path that reached them, options taken, endings found', () => {
    let exploration = EMPTY_EXPLORATION;
    const runs = [
      play(['Look out of the window', 'Stay at the flat, as the Committee asks', 'Finish']),
      play(['Read the letter again', 'Go to Smolny with Rahja', 'Give your own name']),
    ];
    for (const run of runs) {
      let previous: Session | null = null;
      for (const moment of run) {
        exploration = explore(exploration, previous, moment);
        previous = moment;
      }
    }
    const marked = markMap(map, exploration);
    expect(marked).toMatchObject({ explored: 4, total: 4, endingsReached: 2 });
    const patrol = marked.rows.flat().find((n) => n.prompt?.startsWith('A patrol'));
    expect(patrol?.startPath).toHaveLength(2);
    expect(patrol?.options.map((o) => o.taken)).toEqual([false, true]);
    const first = marked.rows[0]?.[0];
    expect(first?.startPath).toEqual([]);
    expect(first?.options.map((o) => o.taken)).toEqual([true, true]);
    expect(marked.endings.map((e) => [e.id, e.reached]).sort()).toEqual([
      ['lenin_arrested', 1],
      ['lenin_smolny', 0],
      ['lenin_waited', 1],
    ]);
    // stored and read back; anything unreadable is nothing explored, never an error
    expect(readExploration(JSON.stringify(exploration))).toEqual(exploration);
    expect(readExploration('{"nodes":')).toBe(EMPTY_EXPLORATION);
    expect(readExploration('{"nodes":{"m1":[-1]},"taken":{},"endings":{}}')).toBe(EMPTY_EXPLORATION);
    expect(readExploration(null)).toBe(EMPTY_EXPLORATION);
  });

  it('counts an ending when play walks into it, not when a save is reopened there', () => {
    const run = play(['Read the letter again', 'Go to Smolny with Rahja', 'Give your own name']);
    const end = run.at(-1);
    const second = run[1];
    if (!end || !second) throw new Error('the run is too short');
    const reopened = explore(EMPTY_EXPLORATION, null, end);
    expect(reopened.endings).toEqual({});
    const walked = explore(EMPTY_EXPLORATION, run.at(-2) ?? null, end);
    expect(walked.endings).toEqual({ lenin_arrested: 1 });
    // a rewind (one step back) records no option taken
    const back = explore(walked, end, second);
    expect(back.taken).toEqual(walked.taken);
  });
});

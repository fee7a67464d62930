import { describe, expect, it } from 'vitest';
import { CLUB_FORMAT, createClubFile, readClubFile } from '../../src/core/club-file.ts';
import { recordVote } from '../../src/core/club-vote.ts';
import { Narrator } from '../../src/core/narrator.ts';
import { createSave } from '../../src/core/save-file.ts';
import { newSession, reduceBeat } from '../../src/core/session.ts';
import { compileFixture } from './fixture.ts';

const NOW = new Date('2026-11-26T18:00:00Z');

function clubText(): string {
  const narrator = new Narrator(compileFixture('small'));
  const session = reduceBeat(newSession('lenin'), narrator.start('lenin'), narrator.saveState()).session;
  const vote = recordVote(0, [{ index: 0, text: 'Go', historicity: 'historical', branch: null }], [3], 0, 'why not');
  const club = { groupName: 'Year 11', startedAt: NOW.toISOString(), votes: [vote] };
  return JSON.stringify(createClubFile(club, createSave(session, 'hash', NOW), NOW));
}

describe('club session files', () => {
  it('round-trips a club session and the game inside it', () => {
    const text = clubText();
    expect(readClubFile(text)).toEqual({ ok: true, file: JSON.parse(text) as unknown });
  });

  const damage = (change: (data: Record<string, unknown>) => void): string => {
    const data = JSON.parse(clubText()) as Record<string, unknown>;
    change(data);
    return JSON.stringify(data);
  };

  it.each([
    ['cut short', clubText().slice(0, 200), /not complete JSON/],
    ['a game save instead', JSON.stringify({ format: 'petrograd-1917-save' }), /not a Petrograd 1917 club session/],
    ['another version', damage((data) => (data['version'] = 9)), /another version/],
    [
      'a negative tally',
      damage((data) => {
        const club = data['club'] as { votes: { options: { votes: number }[] }[] };
        (club.votes[0]?.options[0] ?? { votes: 0 }).votes = -1;
      }),
      /damaged \(at club\.votes\.0\.options\.0\.votes\)/,
    ],
    [
      'a vote for an option it does not have',
      damage((data) => {
        const club = data['club'] as { votes: { chosen: number }[] };
        (club.votes[0] ?? { chosen: 0 }).chosen = 4;
      }),
      /names an option it does not have/,
    ],
    ['a broken game inside', damage((data) => (data['save'] = { format: 'x' })), /damaged \(at save/],
  ])('refuses %s with a plain reason', (_, text, reason) => {
    const read = readClubFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });

  it('names its own format', () => {
    expect(JSON.parse(clubText())).toMatchObject({ format: CLUB_FORMAT, version: 1 });
  });
});

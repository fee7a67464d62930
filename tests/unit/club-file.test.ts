import { describe, expect, it } from 'vitest';
import { CLUB_FORMAT, createClubFile, readClubFile } from '../../src/core/club-file.ts';
import { newClub, setAsideOffPath, withVote } from '../../src/core/club-record.ts';
import { recordVote } from '../../src/core/club-vote.ts';
import { Narrator } from '../../src/core/narrator.ts';
import { createSave } from '../../src/core/save-file.ts';
import { newSession, reduceBeat } from '../../src/core/session.ts';
import { compileFixture } from './fixture.ts';

const NOW = new Date('2026-11-26T18:00:00Z');
const GO = [
  { index: 0, text: 'Go', historicity: 'historical', branch: null },
  { index: 1, text: 'Stay', historicity: null, branch: null },
] as const;

function clubText(): string {
  const narrator = new Narrator(compileFixture('small'));
  const session = reduceBeat(newSession('lenin'), narrator.start('lenin'), narrator.saveState()).session;
  const vote = recordVote(0, GO, [3, 1], 0, 'why not', 1);
  let club = withVote(newClub('Year 11', NOW), vote, NOW);
  club = setAsideOffPath(club, { path: [0], ending: 'lenin_test_end' }, [], NOW);
  club = withVote({ ...club, timerMinutes: 5 }, recordVote(0, GO, [1, 4], 1, 'again', 1), NOW);
  return JSON.stringify(createClubFile(club, createSave(session, 'hash', NOW), NOW));
}

/** A club session as the first club mode wrote it: no sittings, nothing set aside, no timer, no sitting per vote. */
function oldClubText(votes: readonly number[], chosen: number, decidedBy: string): string {
  const data = JSON.parse(clubText()) as { club: Record<string, unknown> };
  data.club = {
    groupName: 'Year 11',
    startedAt: '2026-11-19T16:00:00.000Z',
    votes: [
      {
        atChoice: 0,
        inkIndex: chosen,
        options: GO.map((option, at) => ({ ...option, votes: votes[at] ?? 0 })),
        chosen,
        decidedBy,
        reason: '',
      },
    ],
  };
  return JSON.stringify(data);
}

describe('club session files', () => {
  it('round-trips a club session, its sittings, what it set aside, its timer and the game inside it', () => {
    const text = clubText();
    const read = readClubFile(text);
    expect(read).toEqual({ ok: true, file: JSON.parse(text) as unknown });
    if (!read.ok) return;
    expect(read.file.club.timerMinutes).toBe(5);
    expect(read.file.club.setAside[0]?.votes[0]?.reason).toBe('why not');
    expect(read.file.club.setAside[0]?.ending).toBe('lenin_test_end');
  });

  it('reads a file from before sittings, set-aside paths and the timer were kept, with sensible defaults', () => {
    const read = readClubFile(oldClubText([5, 2], 0, 'majority'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.club.sittings).toEqual([{ startedAt: '2026-11-19T16:00:00.000Z' }]);
    expect(read.file.club.setAside).toEqual([]);
    expect(read.file.club.timerMinutes).toBe(3);
    expect(read.file.club.votes[0]).toMatchObject({ sitting: 1, decidedBy: 'majority' });
  });

  it('reads an old "facilitator" record from its counts: a minority taken is an override, a tie a tie', () => {
    const minority = readClubFile(oldClubText([5, 4], 1, 'facilitator'));
    const tie = readClubFile(oldClubText([4, 4], 1, 'facilitator'));
    expect(minority.ok && minority.file.club.votes[0]?.decidedBy).toBe('override');
    expect(tie.ok && tie.file.club.votes[0]?.decidedBy).toBe('tie');
  });

  const damage = (change: (data: Record<string, unknown>) => void): string => {
    const data = JSON.parse(clubText()) as Record<string, unknown>;
    change(data);
    return JSON.stringify(data);
  };
  type Votes = { options: { votes: number }[]; chosen: number }[];

  it.each([
    ['cut short', clubText().slice(0, 200), /not complete JSON/],
    ['a game save instead', JSON.stringify({ format: 'petrograd-1917-save' }), /not a Petrograd 1917 club session/],
    ['another version', damage((data) => (data['version'] = 9)), /another version/],
    [
      'a negative tally',
      damage((data) => {
        const club = data['club'] as { votes: Votes };
        (club.votes[0]?.options[0] ?? { votes: 0 }).votes = -1;
      }),
      /damaged \(at club\.votes\.0\.options\.0\.votes\)/,
    ],
    [
      'a vote for an option it does not have',
      damage((data) => {
        const club = data['club'] as { votes: Votes };
        (club.votes[0] ?? { chosen: 0 }).chosen = 4;
      }),
      /names an option it does not have/,
    ],
    [
      'a set-aside vote for an option it does not have',
      damage((data) => {
        const club = data['club'] as { setAside: { votes: Votes }[] };
        (club.setAside[0]?.votes[0] ?? { chosen: 0 }).chosen = 7;
      }),
      /names an option it does not have/,
    ],
    [
      'a sitting numbered 0',
      damage((data) => {
        const club = data['club'] as { votes: { sitting: number }[] };
        (club.votes[0] ?? { sitting: 1 }).sitting = 0;
      }),
      /damaged \(at club\.votes\.0\.sitting\)/,
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

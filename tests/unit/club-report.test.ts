import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClubReport, bySitting, type ReportInput } from '../../src/core/club-report.ts';
import { clubReportMarkdown, escapeMarkdown } from '../../src/core/club-report-markdown.ts';
import { recordVote } from '../../src/core/club-vote.ts';
import { decisionLine } from '../../src/core/club-wording.ts';
import type { ChoiceOption } from '../../src/core/events.ts';
import type { Decision } from '../../src/core/session.ts';

const GOLDEN = join(import.meta.dirname, 'golden/club-report.md');

const night = { year: 1917, month: 10, day: 24, hour: 21, minute: 30 };
const CHOICES_AT_FOFANOVA: readonly ChoiceOption[] = [
  { index: 0, text: 'Go to Smolny tonight, whatever the CC says', historicity: 'historical', branch: null },
  { index: 1, text: 'Obey the CC and stay hidden', historicity: 'plausible', branch: 'L1' },
];
const CHOICES_AT_PATROL: readonly ChoiceOption[] = [
  { index: 0, text: 'Let Rahja play the drunk', historicity: 'historical', branch: null },
  { index: 1, text: 'Run for the side street', historicity: 'speculative', branch: 'L2' },
  { index: 2, text: 'Answer the junkers yourself', historicity: 'speculative', branch: 'L2' },
];
const CHOICES_OF_MANNER: readonly ChoiceOption[] = [
  { index: 0, text: 'Read the letter aloud', historicity: null, branch: null },
  { index: 1, text: 'Fold it | and *keep* it', historicity: null, branch: null },
];

const WALK_ON: readonly ChoiceOption[] = [{ index: 0, text: 'Walk on', historicity: null, branch: null }];

const decision = (option: ChoiceOption, chapter: string, minute: number): Decision => ({
  text: option.text,
  historicity: option.historicity,
  branch: option.branch,
  chapter,
  time: { ...night, minute },
  place: 'fofanova_flat',
});

function input(): ReportInput {
  const stay = CHOICES_AT_FOFANOVA[1] as ChoiceOption;
  const read = CHOICES_OF_MANNER[0] as ChoiceOption;
  const run = CHOICES_AT_PATROL[1] as ChoiceOption;
  const walk = WALK_ON[0] as ChoiceOption;
  return {
    groupName: 'Thursday club [room 12]',
    roleName: 'Vladimir Lenin',
    startedAt: '2026-11-19T16:00:00.000Z',
    madeAt: '2026-11-26T16:45:00.000Z',
    sittings: [{ startedAt: '2026-11-19T16:00:00.000Z' }, { startedAt: '2026-11-26T16:02:00.000Z' }],
    decisions: [
      decision(stay, 'Everything hangs by a thread', 30),
      decision(read, 'Everything hangs by a thread', 40),
      { ...decision(run, 'The walk to Smolny', 50), place: null },
      { ...decision(walk, 'The walk to Smolny', 55), place: null },
    ],
    ending: 'lenin_arrested_on_the_way',
    votes: [
      recordVote(0, CHOICES_AT_FOFANOVA, [7, 9], 1, 'The Congress can take power itself:\nwhy risk *everything*?', 1),
      recordVote(1, CHOICES_OF_MANNER, [0, 0], 0, '', 1),
      recordVote(2, CHOICES_AT_PATROL, [5, 5, 2], 1, '', 2),
      // club mode before one-option decisions went on without a vote recorded them as "0 of 0"
      recordVote(3, WALK_ON, [0], 0, '', 2),
    ],
    setAside: [
      {
        at: '2026-11-26T16:30:00.000Z',
        sitting: 2,
        atChoice: 2,
        choices: 2,
        votes: [recordVote(2, CHOICES_AT_PATROL, [5, 4, 0], 1, 'Lenin would never hide', 1)],
        ending: 'lenin_caught_by_the_patrol',
      },
    ],
  };
}

describe('the club session report', () => {
  const report = buildClubReport(input());

  it('puts each vote beside the choice it took and counts the dissent', () => {
    expect(report.steps.map((step) => step.voteNumber)).toEqual([1, 2, 3, null]);
    expect(report.votes.map((vote) => [vote.decidedBy, vote.total, vote.dissent.length])).toEqual([
      ['majority', 16, 1],
      ['no-votes', 0, 0],
      ['tie', 12, 2],
    ]);
    expect(report.divergences.map((step) => [step.number, step.branch])).toEqual([
      [1, 'L1'],
      [3, 'L2'],
    ]);
  });

  it('says plainly who decided: the majority, a tie broken, nobody voting, or an override', () => {
    expect(report.votes.map(decisionLine)).toEqual([
      'Decided by majority: 9 of 16 votes.',
      'No votes were cast: decided by the facilitator.',
      'A tie, decided by the facilitator: 5 of 12 votes.',
    ]);
    expect(report.setAside[0]?.votes.map(decisionLine)).toEqual([
      'The facilitator chose against the majority: 4 of 9 votes (5 for “Let Rahja play the drunk”).',
    ]);
    expect(decisionLine(recordVote(0, CHOICES_AT_FOFANOVA, [5, 4], 1, '', 1))).toBe(
      'The facilitator chose against the majority: 4 of 9 votes (5 for “Go to Smolny tonight, whatever the CC says”).',
    );
  });

  it('leaves a one-option decision out of the votes: it was not put to one', () => {
    expect(report.votes).toHaveLength(3);
    expect(report.steps[3]).toMatchObject({ text: 'Walk on', voteNumber: null });
    expect(clubReportMarkdown(report)).toContain('4. “Walk on” — no bearing on history; not put to a vote.');
    expect(clubReportMarkdown(report)).not.toContain('0 of 0');
  });

  it('dates every sitting the same way and puts each vote under the sitting it was taken in', () => {
    expect(report.sittings).toEqual([
      { number: 1, date: '19 November 2026' },
      { number: 2, date: '26 November 2026' },
    ]);
    expect(
      bySitting(report.votes).map(({ sitting, votes }) => [sitting.number, votes.map((vote) => vote.number)]),
    ).toEqual([
      [1, [1, 2]],
      [2, [3]],
    ]);
  });

  it('keeps a path the group left, with its votes, reasons and ending, marked as set aside', () => {
    expect(report.setAside).toHaveLength(1);
    const [record] = report.setAside;
    expect(record).toMatchObject({
      choice: 3,
      choices: 2,
      date: '26 November 2026',
      ending: 'lenin_caught_by_the_patrol',
    });
    expect(record?.votes[0]).toMatchObject({
      step: null,
      choice: 3,
      reason: 'Lenin would never hide',
      decidedBy: 'override',
    });
    expect(record?.votes[0]?.sitting).toEqual({ number: 1, date: '19 November 2026' });
  });

  it('renders as the golden Markdown file', () => {
    const markdown = clubReportMarkdown(report);
    if (process.env['UPDATE_GOLDEN']) writeFileSync(GOLDEN, markdown);
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('says so when nothing has been chosen yet', () => {
    const empty = clubReportMarkdown(
      buildClubReport({ ...input(), decisions: [], votes: [], setAside: [], ending: null }),
    );
    expect(empty).toContain('No choices made yet.');
    expect(empty).toContain('No votes taken yet.');
    expect(empty).toContain('No ending yet: the report was made after 0 choices.');
  });

  it('appends sections written elsewhere (the debrief) after its own', () => {
    const markdown = clubReportMarkdown(
      buildClubReport({ ...input(), extraSections: [{ title: 'Questions', paragraphs: ['Why L1?', 'And then?'] }] }),
    );
    expect(markdown.endsWith('## Questions\n\nWhy L1?\n\nAnd then?\n')).toBe(true);
  });

  it('names the phones’ revealed reasons by nickname, or as someone’s when the phone gave none', () => {
    const voices = [
      { nickname: 'Olga', option: 0, reason: 'Strike first.' },
      { nickname: '', option: 1, reason: 'Wait for the Congress.' },
    ];
    const first = input();
    const votes = [recordVote(0, CHOICES_AT_FOFANOVA, [1, 1], 1, '', 1, voices), ...first.votes.slice(1)];
    const markdown = clubReportMarkdown(buildClubReport({ ...first, votes }));
    expect(markdown).toContain('- Olga, for “');
    expect(markdown).toMatch(/- Someone, for “[^”]+”: “Wait for the Congress\.”/);
  });

  it('escapes Markdown in typed text so it prints as typed', () => {
    expect(escapeMarkdown('a|b *c* [d](e) #f\ng')).toBe('a\\|b \\*c\\* \\[d\\](e) \\#f g');
  });
});

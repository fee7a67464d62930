import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClubReport, type ReportInput } from '../../src/core/club-report.ts';
import { clubReportMarkdown, escapeMarkdown } from '../../src/core/club-report-markdown.ts';
import { recordVote } from '../../src/core/club-vote.ts';
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
  return {
    groupName: 'Thursday club [room 12]',
    roleName: 'Vladimir Lenin',
    startedAt: '2026-11-19T16:00:00.000Z',
    madeAt: '2026-11-26T16:45:00.000Z',
    decisions: [
      decision(stay, 'Everything hangs by a thread', 30),
      decision(read, 'Everything hangs by a thread', 40),
      { ...decision(run, 'The walk to Smolny', 50), place: null },
    ],
    ending: 'lenin_arrested_on_the_way',
    votes: [
      recordVote(0, CHOICES_AT_FOFANOVA, [7, 9], 1, 'The Congress can take power itself:\nwhy risk *everything*?'),
      recordVote(1, CHOICES_OF_MANNER, [0, 0], 0, ''),
      recordVote(2, CHOICES_AT_PATROL, [5, 5, 2], 1, ''),
    ],
  };
}

describe('the club session report', () => {
  const report = buildClubReport(input());

  it('puts each vote beside the choice it took and counts the dissent', () => {
    expect(report.steps.map((step) => step.voteNumber)).toEqual([1, 2, 3]);
    expect(report.votes.map((vote) => [vote.decidedBy, vote.total, vote.dissent.length])).toEqual([
      ['majority', 16, 1],
      ['facilitator', 0, 0],
      ['facilitator', 12, 2],
    ]);
    expect(report.divergences.map((step) => [step.number, step.branch])).toEqual([
      [1, 'L1'],
      [3, 'L2'],
    ]);
  });

  it('renders as the golden Markdown file', () => {
    const markdown = clubReportMarkdown(report);
    if (process.env['UPDATE_GOLDEN']) writeFileSync(GOLDEN, markdown);
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('says so when nothing has been chosen yet', () => {
    const empty = clubReportMarkdown(buildClubReport({ ...input(), decisions: [], votes: [], ending: null }));
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

  it('escapes Markdown in typed text so it prints as typed', () => {
    expect(escapeMarkdown('a|b *c* [d](e) #f\ng')).toBe('a\\|b \\*c\\* \\[d\\](e) \\#f g');
  });
});

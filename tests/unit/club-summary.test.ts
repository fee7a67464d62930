import { describe, expect, it } from 'vitest';
import type { ClubReport, ReportVote } from '../../src/core/club-report.ts';
import { clubSummary, DECISIONS_ON_PAGE } from '../../src/core/club-summary.ts';

function vote(number: number, chosen: number, marked = true): ReportVote {
  const options = [
    { text: `history ${number}`, votes: 2, historicity: marked ? ('historical' as const) : null, branch: null },
    { text: `other ${number}`, votes: 5, historicity: marked ? ('plausible' as const) : null, branch: null },
  ].map((option, at) => ({ ...option, chosen: at === chosen }));
  return {
    number,
    choice: number,
    step: null,
    sitting: { number: 1, date: '3 December 2026' },
    options,
    chosen,
    total: 7,
    decidedBy: chosen === 1 ? 'majority' : 'override',
    reason: '',
    dissent: [],
    voices: [],
  };
}

const report = (votes: ReportVote[], extra: ClubReport['extraSections'] = []): ClubReport => ({
  groupName: 'G',
  roleName: 'Vladimir Lenin',
  started: '3 December 2026',
  made: '3 December 2026',
  sittings: [],
  steps: [],
  votes,
  setAside: [],
  divergences: [],
  ending: null,
  extraSections: extra,
});

describe('the report’s one-page summary', () => {
  it('sets the group’s choice beside history’s at each key decision, leaving out votes off the record', () => {
    const summary = clubSummary(report([vote(1, 1), vote(2, 0), vote(3, 1, false)]));
    expect(summary.decisions.map((d) => [d.number, d.group, d.history, d.sameAsHistory])).toEqual([
      [1, 'other 1', 'history 1', false],
      [2, 'history 2', 'history 2', true],
    ]);
    expect(summary.decisions[1]?.howDecided).toMatch(/against the majority/);
  });

  it('keeps to one page: at most the page’s decisions and four questions', () => {
    const many = Array.from({ length: 12 }, (_, index) => vote(index + 1, 1));
    const questions = { title: 'Questions for discussion', paragraphs: ['1', '2', '3', '4', '5', '6'] };
    const summary = clubSummary(report(many, [questions]));
    expect(summary.decisions).toHaveLength(DECISIONS_ON_PAGE);
    expect(summary.questions).toEqual(['1', '2', '3', '4']);
  });

  it('takes the distance from history from the debrief when there is one', () => {
    const distance = { title: 'How far the group left history', paragraphs: ['Close to history.', 'One step.', 'x'] };
    expect(clubSummary(report([], [distance])).distance).toEqual(['Close to history.', 'One step.']);
    expect(clubSummary(report([])).distance[0]).toMatch(/0 of the group’s 0 choices/);
  });
});

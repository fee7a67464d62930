import { describe, expect, it } from 'vitest';
import type { BranchNote } from '../../src/core/debrief/content.ts';
import { mergeTimeline, type TimelineRow } from '../../src/core/debrief/timeline.ts';
import { at, decision, realEvent } from './debrief-fixtures.ts';

const notes = new Map<string, BranchNote>([
  ['L1', { id: 'L1', title: 'Stay in hiding', happened: 'He went.', historians: 'They argue.' }],
]);
const label = (row: TimelineRow): string =>
  row.kind === 'real'
    ? `real:${row.event.text}${row.duringRun ? '*' : ''}`
    : row.kind === 'telling'
      ? `told:${row.title}:${row.text}`
      : `you:${row.decision.text}`;

describe('merging the real timeline with the run', () => {
  const events = [
    realEvent('Vote', at(10, 22)),
    realEvent('Raid', at(24, 6)),
    realEvent('Letter', at(24, 18)),
    realEvent('Arrest', at(26, 2, 10)),
  ];

  it('sets each decision at its story time, real events first at the same minute, and marks the run’s hours', () => {
    const rows = mergeTimeline(
      events,
      [
        decision('Wake', null, at(24, 6)),
        decision('Stay in hiding', 'plausible', at(24, 20), 'L1'),
        decision('Sleep', null, at(24, 23)),
      ],
      notes,
    );
    expect(rows.map(label)).toEqual([
      'real:Vote',
      'real:Raid*',
      'you:Wake',
      'real:Letter*',
      'you:Stay in hiding',
      'you:Sleep',
      'real:Arrest',
    ]);
    const stay = rows.find((row) => row.kind === 'yours' && row.decision.text === 'Stay in hiding');
    expect(stay?.kind === 'yours' && stay.note?.title).toBe('Stay in hiding');
    expect(stay?.kind === 'yours' && stay.choiceNumber).toBe(1);
  });

  it('keeps a decision without a clock after the one before it, and marks nothing as during a clockless run', () => {
    const rows = mergeTimeline(events, [decision('First', null, null), decision('Second', null, null)], notes);
    expect(rows.map(label)).toEqual([
      'you:First',
      'you:Second',
      'real:Vote',
      'real:Raid',
      'real:Letter',
      'real:Arrest',
    ]);
    const later = mergeTimeline(events, [decision('Timed', null, at(24, 12)), decision('Untimed', null, null)], notes);
    expect(later.map(label)).toEqual([
      'real:Vote',
      'real:Raid',
      'you:Timed',
      'you:Untimed',
      'real:Letter',
      'real:Arrest',
    ]);
  });

  it('leaves a branch with no note (or an unknown one) without a note', () => {
    const rows = mergeTimeline([], [decision('Odd', 'speculative', at(25, 1), 'K9')], notes);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.kind === 'yours' && rows[0].note).toBeNull();
  });
});

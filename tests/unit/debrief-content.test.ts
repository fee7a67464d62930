import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import branchesJson from '../../story/debrief/branches.json';
import timelineJson from '../../story/debrief/timeline.json';
import { compareTimes, parseBranchNotes, parseTimeline } from '../../src/core/debrief/content.ts';

const STORY = join(import.meta.dirname, '../../story');
const BIBLE_BRANCHES = [
  ...Array.from({ length: 7 }, (_, i) => `L${i + 1}`),
  ...Array.from({ length: 8 }, (_, i) => `K${i + 1}`),
  ...Array.from({ length: 7 }, (_, i) => `J${i + 1}`),
];

function inkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? inkFiles(join(dir, entry.name)) : entry.name.endsWith('.ink') ? [join(dir, entry.name)] : [],
  );
}

describe('the debrief’s content files', () => {
  it('holds a valid real timeline, in time order, from before the Karpovka vote to after the palace falls', () => {
    const timeline = parseTimeline(timelineJson);
    if (!timeline.ok) throw new Error(timeline.problems.join('\n'));
    const events = timeline.value;
    expect(events.length).toBeGreaterThanOrEqual(40);
    events.slice(1).forEach((event, i) => {
      const before = events[i];
      expect(before && compareTimes(before.time, event.time)).toBeLessThanOrEqual(0);
    });
    expect(events[0]?.time.day).toBeLessThanOrEqual(10);
    // the arrest of the ministers, at about ten past two on the 26th
    expect(events.some((e) => e.time.day === 26 && e.time.hour === 2 && e.time.minute === 10)).toBe(true);
  });

  it('has a historians’ note for every counterfactual in the bible’s section 6, and for every branch the story names', () => {
    const notes = parseBranchNotes(branchesJson);
    if (!notes.ok) throw new Error(notes.problems.join('\n'));
    expect([...notes.value.keys()].sort()).toEqual([...BIBLE_BRANCHES].sort());
    const named = inkFiles(STORY).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/#\s*historicity:\s*\w+\s+([LKJ]\d+)/g)].map((match) => match[1] ?? ''),
    );
    expect(named.filter((id) => !notes.value.has(id))).toEqual([]);
  });

  it('names every problem in a broken file instead of failing silently', () => {
    const timeline = parseTimeline({
      events: [{ time: '1917-10-32 10:00', precision: 'about', grade: 'A', text: 'x' }],
    });
    expect(timeline).toEqual({ ok: false, problems: ['events.0.time: "1917-10-32 10:00" is not YYYY-MM-DD HH:MM'] });
    const badPlace = parseTimeline({
      events: [{ time: '1917-10-25 10:00', precision: 'about', grade: 'A', text: 'x', place: 'moscow' }],
    });
    expect(badPlace.ok).toBe(false);
    expect(!badPlace.ok && badPlace.problems[0]).toMatch(/^events\.0\.place/);
    const notes = parseBranchNotes({ branches: { X1: { title: 't', happened: 'h', historians: 'a' } } });
    expect(notes.ok).toBe(false);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import branchesJson from '../../story/debrief/branches.json';
import timelineJson from '../../story/debrief/timeline.json';
import { GRADE_LEGEND, parseBranchNotes, parseTimeline } from '../../src/core/debrief/content.ts';
import type { Debrief } from '../../src/core/debrief/debrief.ts';
import { endingTitle, titledEndings } from '../../src/core/debrief/ending-titles.ts';
import { ledgerOf } from '../../src/core/debrief/ledger.ts';
import { debriefToMarkdown } from '../../src/core/debrief/markdown.ts';
import { discussionQuestions } from '../../src/core/debrief/questions.ts';
import { debriefSections } from '../../src/core/debrief/report-sections.ts';
import { mergeTimeline } from '../../src/core/debrief/timeline.ts';
import { at, decision } from './debrief-fixtures.ts';

const STORY = join(import.meta.dirname, '../../story');
const BRANCH_CODE = /\b[LKJ][1-8]\b/;

function inkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? inkFiles(join(dir, entry.name)) : entry.name.endsWith('.ink') ? [join(dir, entry.name)] : [],
  );
}

/** Every `# ending:` id the story's ink names. */
function storyEndingIds(): string[] {
  const ids = inkFiles(STORY).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/#\s*ending:\s*([a-z0-9_]+)/g)].map((match) => match[1] ?? ''),
  );
  return [...new Set(ids)].sort();
}

describe('plain words for players', () => {
  it('has a title for every ending in the story, and the titles read as words', () => {
    const ids = storyEndingIds();
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(ids.filter((id) => !titledEndings().includes(id))).toEqual([]);
    for (const id of ids) {
      const title = endingTitle(id);
      expect(title, id).toMatch(/^[A-Z]/);
      expect(title, id).not.toMatch(/_|\b(lenin|kerensky|junker)\b/);
    }
  });

  it('turns an ending not yet titled into words, never its id', () => {
    expect(endingTitle('lenin_walked_out')).toBe('Walked out');
    expect(endingTitle('lenin_ch1_vote')).toBe('Chapter 1: vote');
  });

  it('shows a debrief and its report without branch codes, "bible" or the ending id, and explains the grades', () => {
    const notes = parseBranchNotes(branchesJson);
    const events = parseTimeline(timelineJson);
    if (!notes.ok || !events.ok) throw new Error('the debrief content does not parse');
    const decisions = [
      decision('Stay at the flat', 'plausible', at(24, 21), 'L1'),
      decision('Give your own name', 'speculative', at(24, 23), 'L2'),
    ];
    const ledger = ledgerOf(decisions);
    const debrief: Debrief = {
      role: 'lenin',
      ending: 'lenin_congress',
      closingText: 'The end.',
      ledger,
      counterfactuals: ledger.branches.flatMap((id) => notes.value.get(id)?.title ?? []),
      timeline: mergeTimeline(events.value, decisions, notes.value),
      people: [],
      questions: discussionQuestions({
        role: 'lenin',
        decisions,
        ledger,
        endedAt: at(25, 2),
        notes: notes.value,
        events: events.value,
      }),
    };
    const markdown = debriefToMarkdown(debrief);
    const sections = debriefSections(debrief)
      .flatMap((section) => [section.title, ...section.paragraphs])
      .join('\n');
    for (const text of [markdown, sections]) {
      expect(text).not.toMatch(BRANCH_CODE);
      expect(text).not.toMatch(/bible/i);
      expect(text).not.toContain('lenin_congress');
      expect(text).toContain(notes.value.get('L1')?.title);
    }
    expect(markdown).toContain(`Your ending: **${endingTitle('lenin_congress')}**`);
    expect(markdown).toContain(GRADE_LEGEND);
  });
});

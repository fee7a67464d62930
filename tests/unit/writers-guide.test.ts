import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTag, TAG_KEYS } from '../../src/core/tags.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const guide = readFileSync(resolve(ROOT, 'story/README.md'), 'utf8');

/** The rows of the guide's tag table: key → the example in its last column. */
function tagTable(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of guide.split('\n')) {
    const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim());
    const key = /^`([a-z]+)`$/.exec(cells[1] ?? '')?.[1];
    // the example is the tag, or a line or a choice that ends with it: `* [Stay #historicity: plausible L1]`
    const example = /^`.*?#\s?([a-z]+:[^\]`]*)\]?`$/.exec(cells.at(-2) ?? '')?.[1]?.trim();
    if (key && example) rows.set(key, example);
  }
  return rows;
}

describe('the writers’ guide (story/README.md)', () => {
  it('has a row for every tag the game reads, and no other, each with an example that parses as that tag', () => {
    const rows = tagTable();
    expect([...rows.keys()].sort()).toEqual([...TAG_KEYS].sort());
    for (const [key, example] of rows) {
      expect(example.startsWith(`${key}:`), example).toBe(true);
      expect(parseTag(example).ok, example).toBe(true);
    }
  });

  it('quotes its worked example from the real story, tag for tag', () => {
    const example = /### A worked example[\s\S]*?```ink\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const source = readFileSync(resolve(ROOT, 'story/kerensky/06_gatchina.ink'), 'utf8');
    const lines = example.split('\n').filter((line) => line.trim() && line.trim() !== '…');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      // a line shortened with … must still match the story up to the cut and after it
      const parts = line.split(' … ').map((part) => part.replace(/ …$/, '').trim());
      expect(
        source.split('\n').some((real) => parts.every((part) => real.includes(part))),
        line,
      ).toBe(true);
    }
  });
});

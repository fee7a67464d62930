import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import codex from 'virtual:codex';
import { loadCodex } from '../../tools/codex/load-codex.ts';
import { parseCodexEntry } from '../../tools/codex/parse-entry.ts';
import { checkCodexUse, storyProse } from '../../tools/story/codex-use.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/record');

const entry = (front: string, body = 'Some text.'): string => `---\n${front}\n---\n${body}\n`;

/** A scratch folder of codex files: name → content. */
function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'codex-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('parseCodexEntry', () => {
  it('reads front matter and Markdown paragraphs as plain text, the title always an alias', () => {
    const parsed = parseCodexEntry(
      'x.md',
      entry(
        'id: smolny\ntitle: Smolny Institute\nkind: place\naliases: [Smolny]\nsources: [Figes]',
        'A *former* school\nfor **noble** girls.\n\nSecond [paragraph](https://example.org).',
      ),
      'smolny',
    );
    expect(parsed).toEqual({
      ok: true,
      entry: {
        id: 'smolny',
        title: 'Smolny Institute',
        kind: 'place',
        aliases: ['Smolny Institute', 'Smolny'],
        paragraphs: ['A former school for noble girls.', 'Second paragraph.'],
        fate: null,
        sources: ['Figes'],
      },
    });
  });

  it('points a YAML error at its line in the file', () => {
    const parsed = parseCodexEntry('x.md', entry('id: x\ntitle: X\nkind: [term\nsources: [a]'), 'x');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.diagnostics[0]?.message).toMatch(/^front matter: /);
    expect(parsed.diagnostics[0]?.line).toBeGreaterThanOrEqual(4);
  });

  it('names an unknown kind, a missing source and an unknown key at their lines', () => {
    const parsed = parseCodexEntry('x.md', entry('id: x\ntitle: X\nkind: faction\nsources: []\nfaet: no'), 'x');
    if (parsed.ok) throw new Error('should fail');
    const byLine = parsed.diagnostics.map((d) => [d.line, d.message]);
    expect(byLine).toContainEqual([4, expect.stringMatching(/kind: must be one of person, place/)]);
    expect(byLine).toContainEqual([5, expect.stringMatching(/sources: must name at least one source/)]);
    expect(byLine).toContainEqual([6, expect.stringMatching(/unknown field 'faet' \(known: id, title, kind/)]);
    const missing = parseCodexEntry('x.md', entry('id: x\nkind: term\nsources: [a]'), 'x');
    expect(missing.ok ? [] : missing.diagnostics.map((d) => d.message)).toEqual(['front matter title: is missing']);
  });

  it('wants a fate for a person only, an id matching the file, and text', () => {
    const person = parseCodexEntry('x.md', entry('id: y\ntitle: Y\nkind: person\nsources: [a]', ''), 'x');
    if (person.ok) throw new Error('should fail');
    expect(person.diagnostics.map((d) => d.message)).toEqual([
      "id 'y' must match the file's name 'x'",
      'a person needs a fate: what became of them',
      'the entry has no text',
    ]);
    const place = parseCodexEntry('x.md', entry('id: x\ntitle: X\nkind: place\nfate: gone\nsources: [a]'), 'x');
    expect(place.ok ? [] : place.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [5, 'only a person has a fate, not a place'],
    ]);
  });

  it('refuses HTML, headings and lists in the text: the game shows text, never markup', () => {
    const parsed = parseCodexEntry(
      'x.md',
      entry('id: x\ntitle: X\nkind: term\nsources: [a]', 'Text <b>bold</b>.\n\n# Heading\n\n- item'),
      'x',
    );
    if (parsed.ok) throw new Error('should fail');
    const messages = parsed.diagnostics.map((d) => d.message).join('\n');
    expect(messages).toMatch(/'<b>': only plain text/);
    expect(messages).toMatch(/a heading/);
    expect(messages).toMatch(/a list/);
    expect(parsed.diagnostics.every((d) => d.line === 7)).toBe(true);
  });
});

describe('loadCodex', () => {
  it('finds a duplicate id or alias across files, the waiting folder included', () => {
    const dir = scratch({
      'smolny.md': entry('id: smolny\ntitle: Smolny\nkind: place\nsources: [a]'),
      'smolny_institute.md': entry(
        'id: smolny_institute\ntitle: Institute\nkind: place\naliases: [Smolny]\nsources: [a]',
      ),
      'waiting/other.md': entry('id: other\ntitle: Institute\nkind: term\nsources: [a]'),
    });
    const loaded = loadCodex(dir);
    expect(loaded.diagnostics.map((d) => [d.file?.split('/').slice(-2).join('/'), d.line, d.message])).toEqual([
      [expect.stringContaining('smolny_institute.md'), 5, "alias 'Smolny' is already used by smolny.md"],
      ['waiting/other.md', 3, "alias 'Institute' is already used by smolny_institute.md"],
    ]);
    expect(loaded.entries.map((e) => e.id)).toEqual(['smolny_institute', 'smolny']); // by title
    expect(loaded.waiting.map((e) => e.id)).toEqual(['other']);
  });

  it('loads the game’s own codex cleanly: at least 45 entries, each with sources, persons with fates', () => {
    const loaded = loadCodex(resolve(import.meta.dirname, '../../story/codex'));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.entries.length).toBeGreaterThanOrEqual(45);
    for (const item of loaded.entries) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      expect(item.fate !== null, item.id).toBe(item.kind === 'person');
    }
    // and the build hands the game exactly those entries
    expect(codex).toEqual(loaded.entries);
  });
});

describe('checkCodexUse', () => {
  const files = [join(FIXTURE, 'main.ink')];

  it('passes the fixture: every entry named, every tag known, the waiting entry unnamed', () => {
    expect(checkCodexUse(files, loadCodex(join(FIXTURE, 'codex')), join(FIXTURE, 'codex'))).toEqual([]);
  });

  it('reports an entry nobody names, an unknown # codex: id, and a waiting entry the story now names', () => {
    const dir = scratch({
      'smolny.md': entry('id: smolny\ntitle: Smolny\nkind: place\nsources: [a]'),
      'aurora.md': entry('id: aurora\ntitle: Aurora\nkind: term\nsources: [a]'),
      'waiting/rahja.md': entry('id: rahja\ntitle: Rahja\nkind: person\nfate: Died.\nsources: [a]'),
      'story.ink': 'You walk to Smolny with Rahja. # codex: mrc\n// Aurora is only in a comment\n',
    });
    const messages = checkCodexUse([join(dir, 'story.ink')], loadCodex(dir), dir).map(
      (d) => `${d.file?.split('/').slice(-2).join('/') ?? ''}:${d.line ?? ''}: ${d.message}`,
    );
    expect(messages).toEqual([
      expect.stringMatching(/story\.ink:1: unknown codex entry 'mrc'$/),
      expect.stringMatching(/aurora\.md:1: codex entry 'aurora' is not used: the story names none of "Aurora"/),
      expect.stringMatching(/waiting\/rahja\.md:1: codex entry 'rahja' is waiting, but the story names it \(.*:1\)/),
    ]);
  });

  it('reads only what a player reads: no comments, no tags', () => {
    expect(
      storyProse('Smolny. # place: Smolny\n/* Aurora\nstill */ Kerensky // Lenin\n* [Go #historicity: plausible] on'),
    ).toEqual(['Smolny.  ', '', ' Kerensky ', '* [Go  ] on']);
  });
});

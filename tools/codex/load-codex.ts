import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { CodexEntry } from '../../src/core/codex-entry.ts';
import type { Diagnostic } from '../ink/compile.ts';
import { parseCodexEntry } from './parse-entry.ts';

/** Entries written ahead of the chapter that will name them: checked, but not shipped and not yet required in the story. */
export const WAITING_FOLDER = 'waiting';

export interface LoadedCodex {
  /** Every entry that parsed, sorted by title: what the game ships. */
  readonly entries: readonly CodexEntry[];
  /** Entries in story/codex/waiting/, parsed and checked like the others, not shipped. */
  readonly waiting: readonly CodexEntry[];
  /** Problems as file:line; any one fails the build and the story check. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every .md file read, absolute (for the dev server to watch). */
  readonly files: readonly string[];
}

/** The line of a word in a file (1-based), to point a duplicate alias at where it is written. */
function lineOf(source: string, word: string): number {
  const index = source.split(/\r?\n/).findIndex((text) => text.includes(word));
  return index >= 0 ? index + 1 : 1;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((item) => item.isFile() && item.name.endsWith('.md') && item.name !== 'README.md')
    .map((item) => join(dir, item.name))
    .sort();
}

/**
 * Reads every story/codex/*.md (and story/codex/waiting/*.md), parses each, and checks that no id
 * or alias is claimed twice across both.
 */
export function loadCodex(directory: string): LoadedCodex {
  const dir = resolve(directory);
  let shipped: string[];
  let waitingFiles: string[] = [];
  try {
    shipped = markdownFiles(dir);
    if (existsSync(join(dir, WAITING_FOLDER))) waitingFiles = markdownFiles(join(dir, WAITING_FOLDER));
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return {
      entries: [],
      waiting: [],
      diagnostics: [{ file: dir, line: null, severity: 'error', message }],
      files: [],
    };
  }
  const entries: CodexEntry[] = [];
  const waiting: CodexEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const files = [...shipped, ...waitingFiles];
  /** Who claimed each id and alias first: a word in the story must open exactly one entry. */
  const claimed = new Map<string, string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const parsed = parseCodexEntry(file, source, basename(file, '.md'));
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      continue;
    }
    const entry = parsed.entry;
    const duplicate = (what: string, word: string, owner: string): void => {
      diagnostics.push({
        file,
        line: lineOf(source, word),
        severity: 'error',
        message: `${what} '${word}' is already used by ${owner}.md`,
      });
    };
    const idOwner = claimed.get(`id:${entry.id}`);
    if (idOwner) duplicate('id', entry.id, idOwner);
    claimed.set(`id:${entry.id}`, entry.id);
    for (const alias of entry.aliases) {
      const owner = claimed.get(`alias:${alias}`);
      if (owner && owner !== entry.id) duplicate('alias', alias, owner);
      else claimed.set(`alias:${alias}`, entry.id);
    }
    (waitingFiles.includes(file) ? waiting : entries).push(entry);
  }
  const byTitle = (a: CodexEntry, b: CodexEntry): number => a.title.localeCompare(b.title, 'en');
  return { entries: entries.sort(byTitle), waiting: waiting.sort(byTitle), diagnostics, files };
}

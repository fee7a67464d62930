import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCodexMatcher } from '../../src/core/codex-links.ts';
import { parseTag } from '../../src/core/tags.ts';
import type { Diagnostic } from '../ink/compile.ts';
import { WAITING_FOLDER, type LoadedCodex } from '../codex/load-codex.ts';
import { findTags } from './lint-source.ts';

/**
 * The text a player can read in an .ink file, line by line: comments and tags blanked out, so that
 * an alias counts only where it stands in the story's words (line numbers stay as in the file).
 */
export function storyProse(source: string): string[] {
  let inBlockComment = false;
  return source.split(/\r?\n/).map((raw) => {
    let line = raw;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end < 0) return '';
      line = line.slice(end + 2);
      inBlockComment = false;
    }
    line = line.replace(/\/\*.*?\*\//g, '');
    const open = line.indexOf('/*');
    if (open >= 0) {
      line = line.slice(0, open);
      inBlockComment = true;
    }
    const comment = line.indexOf('//');
    if (comment >= 0) line = line.slice(0, comment);
    // a tag runs to the next tag, the end of a choice's brackets, or the end of the line
    return line.replace(/(?<!\\)#[^#\]]*/g, ' ');
  });
}

/**
 * The codex against the story: every `# codex:` and `# telling:` tag names an entry the game ships,
 * every shipped entry is named in the story (by an alias in its text or one of those tags), and an entry still waiting in
 * story/codex/waiting/ moves up once the story names it.
 */
export function checkCodexUse(files: readonly string[], codex: LoadedCodex, codexDirectory: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [...codex.diagnostics];
  const shipped = new Set(codex.entries.map((entry) => entry.id));
  const waiting = new Set(codex.waiting.map((entry) => entry.id));
  const matcher = createCodexMatcher([...codex.entries, ...codex.waiting]);
  /** Where each entry is first named in the story. */
  const firstUse = new Map<string, { file: string; line: number }>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    storyProse(source).forEach((text, index) => {
      for (const mention of matcher.mentions(text))
        if (!firstUse.has(mention.id)) firstUse.set(mention.id, { file, line: index + 1 });
    });
    for (const tag of findTags(file, source)) {
      const parsed = parseTag(tag.text);
      // a telling says what became of an entry, so it names it as much as a codex tag does
      if (!parsed.ok || (parsed.event.kind !== 'codex' && parsed.event.kind !== 'telling')) continue;
      const { id, kind } = parsed.event;
      if (waiting.has(id)) {
        if (!firstUse.has(id)) firstUse.set(id, { file, line: tag.line });
      } else if (shipped.has(id)) {
        if (!firstUse.has(id)) firstUse.set(id, { file, line: tag.line });
      } else {
        const what = kind === 'telling' ? `# telling: names no codex entry: '${id}'` : `unknown codex entry '${id}'`;
        diagnostics.push({ file, line: tag.line, severity: 'error', message: what });
      }
    }
  }
  for (const entry of codex.entries) {
    if (firstUse.has(entry.id)) continue;
    diagnostics.push({
      file: join(codexDirectory, `${entry.id}.md`),
      line: 1,
      severity: 'error',
      message: `codex entry '${entry.id}' is not used: the story names none of ${entry.aliases.map((a) => `"${a}"`).join(', ')} and no # codex: tag names it (move it to ${WAITING_FOLDER}/ until a chapter does)`,
    });
  }
  for (const entry of codex.waiting) {
    const use = firstUse.get(entry.id);
    if (!use) continue;
    diagnostics.push({
      file: join(codexDirectory, WAITING_FOLDER, `${entry.id}.md`),
      line: 1,
      severity: 'error',
      message: `codex entry '${entry.id}' is waiting, but the story names it (${use.file}:${use.line}): move it up to story/codex/ so the player can open it`,
    });
  }
  return diagnostics;
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCodex } from '../codex/load-codex.ts';
import { compileInk, type CompileResult, type Diagnostic } from '../ink/compile.ts';
import { choiceKindDiagnostics } from './choice-kinds.ts';
import { checkCodexUse } from './codex-use.ts';
import { houseStyle } from './house-style.ts';
import { lintSources, locateText } from './lint-source.ts';
import { readSoundIds } from './sound-ids.ts';
import { walkStory, type WalkResult } from './walk.ts';

export const ROLES = ['lenin', 'kerensky', 'junker'] as const;

export interface StoryCheck {
  readonly compiled: CompileResult;
  readonly diagnostics: readonly Diagnostic[];
  /** The walk from the top of the story (through the hub), when it compiled. */
  readonly walk: WalkResult | null;
  /** How many codex entries the game ships, and how many wait for a chapter to name them. */
  readonly codex: { readonly entries: number; readonly waiting: number };
}

const KNOT_LINE = /^\s*={2,}\s*(function\s+)?([A-Za-z_][\w]*)/;

/** The top-level knots (not functions) declared in the story's files. */
export function knotsIn(files: readonly string[]): string[] {
  const knots: string[] = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const match = KNOT_LINE.exec(line);
      if (match && !match[1] && match[2]) knots.push(match[2]);
    }
  }
  return knots;
}

export interface CheckOptions {
  /**
   * Adds the house style's warnings (house-style.ts: both calendars at a chapter's opening, quotations
   * marked, no wall of text). `npm run story -- check` and the story test turn it on; a unit test of
   * another rule leaves it off so that its fixture needs no dates.
   */
  readonly houseStyle?: boolean;
}

/**
 * Compiles, lints every tag, and walks every path (of one role's campaign when `role` is given).
 * `requireRoles` demands the three role knots (the real story); a writer's scratch entry may hold only one.
 */
export function checkStory(
  entry: string,
  manifestPath: string,
  requireRoles: boolean,
  role?: (typeof ROLES)[number],
  options: CheckOptions = {},
): StoryCheck {
  const compiled = compileInk(entry);
  const diagnostics: Diagnostic[] = [...compiled.diagnostics.filter((d) => d.severity !== 'todo')];
  diagnostics.push(...lintSources(compiled.files, readSoundIds(manifestPath)));
  // the codex lives beside the entry (story/codex); a scratch story without one may name no entries
  const codexDirectory = join(dirname(entry), 'codex');
  const codex = existsSync(codexDirectory)
    ? loadCodex(codexDirectory)
    : { entries: [], waiting: [], diagnostics: [], files: [] };
  diagnostics.push(...checkCodexUse(compiled.files, codex, codexDirectory));
  if (requireRoles) {
    const knots = new Set(knotsIn(compiled.files));
    for (const role of ROLES) {
      if (!knots.has(role))
        diagnostics.push({ file: entry, line: null, severity: 'error', message: `no top-level knot '${role}'` });
    }
  }
  const counts = { entries: codex.entries.length, waiting: codex.waiting.length };
  if (!compiled.json) return { compiled, diagnostics, walk: null, codex: counts };
  // one role's walk is a third of the whole: a writer checks the campaign being written
  const walk = walkStory(compiled.json, role);
  const linted = new Set(diagnostics.map((d) => `${d.file ?? ''}:${d.line ?? ''}`));
  for (const problem of walk.problems) {
    const where = locateText(compiled.files, problem.nearText);
    // the source lint already named this tag at its file:line
    if (problem.message.startsWith('tag:') && where && linted.has(`${where.file}:${where.line}`)) continue;
    const trail = problem.trail.length > 0 ? ` (after: ${problem.trail.map((t) => `"${t}"`).join(' → ')})` : '';
    diagnostics.push({
      file: where?.file ?? null,
      line: where?.line ?? null,
      severity: problem.message.startsWith('runtime warning') ? 'warning' : 'error',
      message: `${problem.message}${trail}`,
    });
  }
  diagnostics.push(...choiceKindDiagnostics(walk.choiceKinds, compiled.files, entry));
  if (options.houseStyle)
    diagnostics.push(
      ...houseStyle({
        files: compiled.files,
        storyJson: compiled.json,
        codex: [...codex.entries, ...codex.waiting],
        roles: role ? [role] : ROLES,
        allRoles: ROLES,
      }),
    );
  return { compiled, diagnostics, walk, codex: counts };
}

/** Warnings fail the check as errors do: a story that warns is not finished. */
export function isClean(check: StoryCheck): boolean {
  return check.diagnostics.length === 0;
}

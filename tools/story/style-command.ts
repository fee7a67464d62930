import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCodex } from '../codex/load-codex.ts';
import { compileInk, formatDiagnostic } from '../ink/compile.ts';
import { ROLES } from './check.ts';
import { endingScenes, formatEndingScenes } from './ending-scenes.ts';
import { declaresKnot, houseStyle } from './house-style.ts';
import { EXPLORER_DEFAULTS } from './stats.ts';

/**
 * `npm run story -- style [--role R]`: the house style's warnings, each at its file:line, with a count
 * per role, and each ending's scene in words (the epilogue before what historians argue); exit 1 when there
 * is any warning (2 for a bad role, or a story that does not compile).
 */
export function styleCommand(entry: string, roleOption: string | undefined): number {
  const role = ROLES.find((known) => known === roleOption);
  if (roleOption !== undefined && !role) {
    console.error(`--role must be one of ${ROLES.join(', ')}`);
    return 2;
  }
  const compiled = compileInk(entry);
  if (!compiled.json) {
    compiled.diagnostics.forEach((d) => console.error(formatDiagnostic(d)));
    return 2;
  }
  const codexDirectory = join(dirname(entry), 'codex');
  const codex = existsSync(codexDirectory) ? loadCodex(codexDirectory) : { entries: [], waiting: [] };
  const roles = role ? [role] : ROLES;
  const counts: string[] = [];
  let total = 0;
  // role by role, so that each campaign's writer finds their own list and its count
  for (const each of roles) {
    const warnings = houseStyle({
      files: compiled.files,
      storyJson: compiled.json,
      codex: [...codex.entries, ...codex.waiting],
      roles: [each],
      allRoles: ROLES,
    }).filter((d) => d.file === null || !ROLES.some((other) => other !== each && d.file?.includes(`/${other}/`)));
    warnings.forEach((d) => console.error(formatDiagnostic(d)));
    if (declaresKnot(compiled.files, each))
      console.log(
        formatEndingScenes(each, endingScenes(compiled.json, each, EXPLORER_DEFAULTS.runs, EXPLORER_DEFAULTS.seed)),
      );
    counts.push(`${each} ${warnings.length}`);
    total += warnings.length;
  }
  console.log(`house style: ${total === 0 ? 'no warnings' : `${total} warning(s)`} (${counts.join(', ')})`);
  return total === 0 ? 0 : 1;
}

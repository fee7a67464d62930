import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileInk, formatDiagnostic } from '../ink/compile.ts';
import { checkStory, isClean, knotsIn, ROLES } from './check.ts';
import { historicalPath } from './golden.ts';
import { ENDING_SCENE_WORDS } from './ending-scenes.ts';
import { styleCommand } from './style-command.ts';
import { exploreRole, formatExplorer, LONG_PASSAGE_WORDS } from './explore.ts';
import { EXPLORER_DEFAULTS, formatStats, storyStats } from './stats.ts';

const DEFAULT_ENTRY = 'story/main.ink';
const MANIFEST = 'assets/audio/manifest.json';
const USAGE = `usage: npm run story -- <command> [options]
  compile [--out FILE]   write the compiled story JSON (default build/story.json)
  check [--role ROLE]    compile, lint every tag, and prove every path ends at an ending
                         (of one campaign with --role: faster while writing it)
  stats [--json]         words, knots, choice points, endings per role, path lengths
  golden --role ROLE     print the role's historical path as a golden playthrough (JSON)
  style [--role ROLE]    the house style's warnings (both calendars at a chapter's opening, quotations
                         marked, passages over ${LONG_PASSAGE_WORDS} words between choices, an ending's scene over
                         ${ENDING_SCENE_WORDS} words before what historians argue) and each ending's scene in
                         words; exit 1 when any warning
  explore [--role ROLE] [--runs N] [--seed S] [--from KNOT] [--json]
                         seeded runs choosing at random (default ${EXPLORER_DEFAULTS.runs}, seed ${EXPLORER_DEFAULTS.seed}), each role or one:
                         words and choices per run, each ending's share, lines no run reached,
                         passages over ${LONG_PASSAGE_WORDS} words, and the cosmetic choice points;
                         --from KNOT: the runs begin at that knot (a divergence: how long it plays on)
options: --entry FILE (default ${DEFAULT_ENTRY})`;

function main(argv: readonly string[]): number {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      entry: { type: 'string' },
      role: { type: 'string' },
      json: { type: 'boolean' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      from: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const [command] = positionals;
  const entry = resolve(values.entry ?? DEFAULT_ENTRY);
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command === 'compile') {
    const result = compileInk(entry);
    result.diagnostics.forEach((d) => console.error(formatDiagnostic(d)));
    if (!result.json) return 1;
    const out = resolve(values.out ?? 'build/story.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, result.json);
    console.log(`wrote ${out} (${Buffer.byteLength(result.json)} bytes from ${result.files.length} files)`);
    return 0;
  }
  if (command === 'check') {
    const started = performance.now();
    const role = ROLES.find((known) => known === values.role);
    if (values.role !== undefined && !role) {
      console.error(`--role must be one of ${ROLES.join(', ')}`);
      return 2;
    }
    const check = checkStory(entry, resolve(MANIFEST), values.entry === undefined, role, { houseStyle: true });
    check.diagnostics.forEach((d) => console.error(formatDiagnostic(d)));
    const walk = check.walk;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (walk) {
      const paths = [...walk.wordsPerPath.values()].reduce((a, b) => a + b, 0);
      console.log(
        `walked ${paths} paths through ${walk.choicePoints} choice points (${walk.states} distinct states) to ${walk.endings.size} endings in ${seconds} s`,
      );
    }
    if (check.codex.entries + check.codex.waiting > 0)
      console.log(`codex: ${check.codex.entries} entries checked against the story, ${check.codex.waiting} waiting`);
    console.log(isClean(check) ? 'story check passed' : `story check FAILED: ${check.diagnostics.length} problem(s)`);
    return isClean(check) ? 0 : 1;
  }
  if (command === 'stats') {
    const result = compileInk(entry);
    if (!result.json) {
      result.diagnostics.forEach((d) => console.error(formatDiagnostic(d)));
      return 1;
    }
    const stats = storyStats(result.json, result.files, ROLES);
    console.log(values.json ? JSON.stringify(stats, null, 2) : formatStats(stats));
    return 0;
  }
  if (command === 'explore') {
    const runs = Number(values.runs ?? EXPLORER_DEFAULTS.runs);
    const seed = Number(values.seed ?? EXPLORER_DEFAULTS.seed);
    const roles = values.role === undefined ? ROLES : ROLES.filter((known) => known === values.role);
    if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || roles.length === 0) {
      console.error(`--runs and --seed take whole numbers (runs ≥ 1); --role one of ${ROLES.join(', ')}`);
      return 2;
    }
    const result = compileInk(entry);
    if (!result.json) {
      result.diagnostics.forEach((d) => console.error(formatDiagnostic(d)));
      return 1;
    }
    if (values.from !== undefined) {
      const from = values.from;
      const role =
        roles.length === 1 ? roles[0] : ROLES.find((known) => from === known || from.startsWith(`${known}_`));
      if (role === undefined || !knotsIn(result.files).includes(from)) {
        console.error(`--from names a knot of the story (${from} is not one), of a role given by --role or its prefix`);
        return 2;
      }
      const explored = exploreRole(result.json, role, runs, seed, new Set(), from);
      console.log(values.json ? JSON.stringify(explored) : formatExplorer(explored));
      return 0;
    }
    const stats = storyStats(result.json, result.files, roles, { runs, seed });
    if (values.json) {
      console.log(JSON.stringify(stats.roles.map((role) => ({ ...role.explorer, choiceKinds: role.choiceKinds }))));
      return 0;
    }
    for (const role of stats.roles) {
      const k = role.choiceKinds;
      console.log(formatExplorer(role.explorer));
      console.log(
        `  cosmetic choice points: ${k.cosmetic} of ${k.decisions}${k.cosmeticAt.map((at) => `\n    ${at}`).join('')}`,
      );
    }
    return 0;
  }
  if (command === 'style') return styleCommand(entry, values.role);
  if (command === 'golden') {
    const role = ROLES.find((known) => known === values.role);
    const result = compileInk(entry);
    if (!role || !result.json) {
      console.error(role ? 'the story does not compile' : `--role must be one of ${ROLES.join(', ')}`);
      return 2;
    }
    console.log(JSON.stringify(historicalPath(result.json, role), null, 2));
    return 0;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = main(process.argv.slice(2));

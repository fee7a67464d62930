/**
 * The house style (campaigns.md, story/README.md) where a machine can check it, as warnings at file:line:
 * a chapter opening without its date in both calendars, real words given to a real person in a documented
 * passage without a `# basis: quoted` mark, passages of more than LONG_PASSAGE_WORDS between choices, and an
 * ending whose scene runs past ENDING_SCENE_WORDS before what historians argue.
 * (A tag holding ink logic is an error of the story check itself: lint-source.ts.)
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { MONTHS, toNewStyle } from '../../src/core/clock.ts';
import type { CodexEntry } from '../../src/core/codex-entry.ts';
import { parseTag } from '../../src/core/tags.ts';
import type { Diagnostic } from '../ink/compile.ts';
import { storyProse } from './codex-use.ts';
import { ENDING_SCENE_WORDS, endingScenes } from './ending-scenes.ts';
import { exploreRole, LONG_PASSAGE_WORDS } from './explore.ts';
import { locateText, findTags } from './lint-source.ts';
import { EXPLORER_DEFAULTS } from './stats.ts';

/** How many lines after a `# chapter:` tag the opening paragraph is looked for (tags and logic come first). */
const OPENING_LOOKAHEAD = 16;

const ORDINAL_WORDS: Readonly<Record<string, number>> = (() => {
  const units = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = [
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
  ];
  const words: Record<string, number> = { twentieth: 20, thirtieth: 30, 'thirty-first': 31 };
  units.forEach((word, index) => {
    words[word] = index + 1;
    words[`twenty-${word}`] = 21 + index;
  });
  teens.forEach((word, index) => (words[word] = 10 + index));
  return words;
})();

const DAY_PATTERN = new RegExp(
  `\\b(?:([1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?|(${Object.keys(ORDINAL_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')}))\\b`,
  'gi',
);

/** The days of the month a paragraph names: "24", "6th", "the twenty-sixth" (not "twenty" or "1917"). */
export function daysNamed(text: string): number[] {
  return [...text.matchAll(DAY_PATTERN)].map((match) =>
    match[1] ? Number(match[1]) : (ORDINAL_WORDS[(match[2] ?? '').toLowerCase()] ?? 0),
  );
}

/**
 * Does a paragraph name a date in both calendars: a day of an Old Style month and the same day's New Style
 * number, in any of the story's forms ("24 October (6 November)", "Tuesday, 24 October 1917, Old Style; in
 * the West, the sixth of November", "the 25th of October, the 7th of November in the West")? The month is
 * the one the paragraph names, else the chapter clock's (`month`), else October.
 */
export function namesBothCalendars(text: string, month: number | null = null): boolean {
  const days = daysNamed(text);
  const months = new Set(MONTHS.flatMap((name, index) => (new RegExp(`\\b${name}\\b`).test(text) ? [index + 1] : [])));
  months.add(month ?? 10);
  return [...months].some((m) =>
    days.some((day) => {
      const ns = toNewStyle({ year: 1917, month: m, day, hour: 0, minute: 0 }).day;
      return ns !== day && days.includes(ns);
    }),
  );
}

/** The story's words on a line with its ink logic taken out: what decides whether the line is a paragraph. */
function wordsOf(prose: string): string {
  let text = prose;
  // a conditional's braces hold text or a divert: a line of nothing but logic or diverts is no paragraph
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(/\{[^{}]*\}/g, (block) => (/->|^\{[^:|]*\}$/.test(block) ? ' ' : block.slice(1, -1)));
  }
  return text.trim();
}

// a multi-line conditional's own lines ("{flag == 3:", "- else:", "}") hold no words: its first branch's text is the opening
const NOT_A_PARAGRAPH =
  /^\s*(?:~|->|=|\*|\+|INCLUDE\b|VAR\b|CONST\b|LIST\b|<>\s*$|\{[^{}]*:\s*$|-\s*else\s*:\s*$|\}\s*$)/;

/** The first paragraph after each `# chapter:` tag, checked for both calendars. */
export function chapterOpenings(file: string, source: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const prose = storyProse(source);
  const lines = source.split(/\r?\n/);
  for (const tag of findTags(file, source)) {
    const parsed = parseTag(tag.text);
    if (!parsed.ok || parsed.event.kind !== 'chapter') continue;
    let month: number | null = null;
    let opening: { line: number; text: string } | null = null;
    for (let index = tag.line - 1; index < Math.min(lines.length, tag.line - 1 + OPENING_LOOKAHEAD); index++) {
      for (const other of findTags(file, lines[index] ?? '')) {
        const event = parseTag(other.text);
        if (event.ok && event.event.kind === 'time') month ??= event.event.time.month;
      }
      const raw = lines[index] ?? '';
      if (index === tag.line - 1 && !wordsOf(prose[index] ?? '')) continue;
      if (NOT_A_PARAGRAPH.test(raw)) continue;
      const text = wordsOf(prose[index] ?? '');
      if (!text) continue;
      opening = { line: index + 1, text };
      break;
    }
    if (opening && namesBothCalendars(opening.text, month)) continue;
    diagnostics.push({
      file,
      line: opening?.line ?? tag.line,
      severity: 'warning',
      message: opening
        ? `house style: the chapter '${parsed.event.title}' opens without its date in both calendars: name the Old Style day and the New Style one in its first paragraph, e.g. "Tuesday, 24 October (6 November)"`
        : `house style: the chapter '${parsed.event.title}' has no opening paragraph within ${OPENING_LOOKAHEAD} lines of its tag`,
    });
  }
  return diagnostics;
}

const SPEECH = [
  'says|said|say|asks|asked|answers|answered|replies|replied|writes|wrote|tells|told|shouts|shouted|cries|cried',
  'calls|called|declares|declared|adds|added|announces|announced|repeats|repeated|snaps|snapped|mutters|muttered',
  'insists|insisted|puts it|put it|goes on|went on|began|begins|interrupts|interrupted|thunders|thundered',
  'admits|admitted|recalls|recalled|remembers|remembered|argues|argued|notes|noted|warns|warned|concedes|conceded',
  'promises|promised|reports|reported|exclaims|exclaimed|protests|protested|explains|explained|demands|demanded',
  'proclaims|proclaimed|orders|ordered|urges|urged|whispers|whispered',
].join('|');
const QUOTATION = /“([^”]*)”|"([^"]*)"/g;

interface Speaker {
  readonly id: string;
  readonly title: string;
  readonly names: readonly string[];
  readonly pattern: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function speakersOf(codex: readonly CodexEntry[]): Speaker[] {
  return codex
    .filter((entry) => entry.kind === 'person')
    .map((entry) => {
      const names = [entry.title, ...entry.aliases].filter((name) => name.trim());
      return { id: entry.id, title: entry.title, names, pattern: names.map(escape).join('|') };
    });
}

/**
 * The real person a quotation is given to, by the words around it: `"…," said Lenin`, `"…," Lenin says`,
 * `Lenin: "…"`, `Lenin says, "…"`. A quotation with no name beside it (a pronoun, a crowd, a headline) has none.
 */
export function speakerOf(before: string, after: string, speakers: readonly Speaker[]): Speaker | null {
  for (const speaker of speakers) {
    const name = `(?<![\\p{L}\\p{N}])(?:${speaker.pattern})(?![\\p{L}\\p{N}])`;
    // `"…," said Lenin` / `"…," Lenin says` / `"…," Lenin later wrote`
    const follows = new RegExp(
      `^[\\s,.!?;:—–-]*(?:(?:${SPEECH})\\s+${name}|${name}\\s+(?:\\p{Ll}+\\s+)?(?:${SPEECH}))`,
      'u',
    );
    // `Lenin: "…"` / `Lenin says, "…"` / `Trotsky admits, "…"` / `Lenin later wrote to Smilga: "…"`
    const precedes = new RegExp(`${name}(?:\\s+(?:\\p{Ll}+\\s+)?(?:${SPEECH})(?:\\s+\\p{L}+){0,3})?\\s*[:,]\\s*$`, 'u');
    if (follows.test(after.slice(0, 60)) || precedes.test(before.slice(-60))) return speaker;
  }
  return null;
}

/**
 * Real words given to a real person in a documented passage need the mark that says whose words they are
 * (`# basis: quoted <who>, <where>`); a quoted mark must name the speaker it quotes. Words under `plausible` or
 * `invented` are ours by their mark, so they may be given to anyone in character.
 */
export function quotations(file: string, source: string, codex: readonly CodexEntry[]): Diagnostic[] {
  const speakers = speakersOf(codex);
  const prose = storyProse(source);
  const diagnostics: Diagnostic[] = [];
  const basisByLine = new Map<number, { basis: string; source: string | null }>();
  for (const tag of findTags(file, source)) {
    const parsed = parseTag(tag.text);
    if (parsed.ok && parsed.event.kind === 'basis')
      basisByLine.set(tag.line, { basis: parsed.event.basis, source: parsed.event.source });
  }
  let pending: { basis: string; source: string | null } | null = null;
  prose.forEach((text, index) => {
    const own = basisByLine.get(index + 1);
    // a tag on a line of its own belongs to the text after it
    if (!text.trim()) {
      if (own) pending = own;
      return;
    }
    const basis = own ?? pending;
    pending = null;
    if (!basis || (basis.basis !== 'documented' && basis.basis !== 'quoted')) return;
    for (const match of text.matchAll(QUOTATION)) {
      const start = match.index;
      const speaker = speakerOf(text.slice(0, start), text.slice(start + match[0].length), speakers);
      if (!speaker) continue;
      const where = { file, line: index + 1, severity: 'warning' as const };
      if (basis.basis === 'documented') {
        diagnostics.push({
          ...where,
          message: `house style: words in quotation marks given to ${speaker.title} in a documented passage: mark whose words they are with '# basis: quoted ${speaker.names.at(-1) ?? speaker.title}, <where>' (or plausible/invented if the words are ours)`,
        });
      } else if (!speaker.names.some((name) => (basis.source ?? '').includes(name))) {
        diagnostics.push({
          ...where,
          message: `house style: the words are given to ${speaker.title}, but the quoted mark names '${basis.source ?? ''}': name the speaker in it`,
        });
      }
      break; // one warning a line says what to fix
    }
  });
  return diagnostics;
}

/** Whether a role's knot is declared in the files: a scratch story may hold one role only. */
export function declaresKnot(files: readonly string[], knot: string): boolean {
  const header = new RegExp(`^\\s*={2,}\\s*${escape(knot)}\\s*(?:=|$)`, 'm');
  return files.some((file) => header.test(readFileSync(file, 'utf8')));
}

/** Passages over LONG_PASSAGE_WORDS between two choices, as the explorer's seeded runs meet them, at file:line. */
export function longPassages(storyJson: string, files: readonly string[], roles: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const role of roles.filter((each) => declaresKnot(files, each))) {
    const stats = exploreRole(storyJson, role, EXPLORER_DEFAULTS.runs, EXPLORER_DEFAULTS.seed);
    for (const passage of stats.longPassages) {
      const where = locateText(files, passage.opening);
      diagnostics.push({
        file: where?.file ?? null,
        line: where?.line ?? null,
        severity: 'warning',
        message: `house style: ${passage.words} words between two choices (more than ${LONG_PASSAGE_WORDS}): give the player a decision, or cut; it opens "${passage.opening.slice(0, 50)}…"`,
      });
    }
  }
  return diagnostics;
}

/** Endings whose scene (after the last choice, before the historians or the fates) runs past ENDING_SCENE_WORDS. */
export function longEndingScenes(storyJson: string, files: readonly string[], roles: readonly string[]): Diagnostic[] {
  return roles
    .filter((each) => declaresKnot(files, each))
    .flatMap((role) => endingScenes(storyJson, role, EXPLORER_DEFAULTS.runs, EXPLORER_DEFAULTS.seed))
    .filter((scene) => scene.words > ENDING_SCENE_WORDS)
    .map((scene): Diagnostic => {
      const where = locateText(files, scene.opening.slice(0, 80));
      return {
        file: where?.file ?? null,
        line: where?.line ?? null,
        severity: 'warning',
        message: `house style: the ending ${scene.ending} reads ${scene.words} words of scene after the last choice before what historians argue (more than ${ENDING_SCENE_WORDS}): cut it; it opens "${scene.opening.slice(0, 50)}…"`,
      };
    });
}

export interface HouseStyleInput {
  /** The story's .ink files (the compiler's list). */
  readonly files: readonly string[];
  /** The compiled story, for the long passages (null: not checked). */
  readonly storyJson: string | null;
  readonly codex: readonly CodexEntry[];
  /** The roles whose files and runs are checked; a file outside every role's folder is checked with any. */
  readonly roles: readonly string[];
  /** All the roles there are, to tell a role's folder from a shared file. */
  readonly allRoles: readonly string[];
}

/** Our working names, which a player must never read: the history "bible" and its branch codes (L3, K2, J4). */
const INTERNAL_NAME = /\bbible\b|\b[LKJ][1-8]\b/;

/** Story text naming the team's sources by their working names: tags and comments may, the words a player reads may not. */
export function internalNames(file: string, source: string): Diagnostic[] {
  return storyProse(source).flatMap((line, index) => {
    const found = INTERNAL_NAME.exec(line)?.[0];
    return found
      ? [
          {
            file,
            line: index + 1,
            severity: 'warning' as const,
            message: `house style: '${found}' is our working name, not a player's word: name the historian and the work, or say it is our own reasoning`,
          },
        ]
      : [];
  });
}

/** A file's role: the role folder it stands in (story/lenin/…), or null for a shared file (main.ink). */
function roleOfFile(file: string, allRoles: readonly string[]): string | null {
  const folder = basename(dirname(file));
  return allRoles.includes(folder) ? folder : null;
}

/** Every house-style warning of the given roles, in file order. */
export function houseStyle(input: HouseStyleInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of input.files) {
    const role = roleOfFile(file, input.allRoles);
    if (role !== null && !input.roles.includes(role)) continue;
    const source = readFileSync(file, 'utf8');
    diagnostics.push(
      ...chapterOpenings(file, source),
      ...quotations(file, source, input.codex),
      ...internalNames(file, source),
    );
  }
  if (input.storyJson)
    diagnostics.push(
      ...longPassages(input.storyJson, input.files, input.roles),
      ...longEndingScenes(input.storyJson, input.files, input.roles),
    );
  return diagnostics;
}

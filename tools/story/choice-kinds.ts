import { basename, dirname, relative, sep } from 'node:path';
import type { Diagnostic } from '../ink/compile.ts';
import { locateText } from './lint-source.ts';
import type { Beat } from '../../src/core/events.ts';

/**
 * What choosing at a menu changes. `cosmetic`: wherever the menu is met, every option leads on to
 * the same story from the next menu on (the same text, tags, choices and endings on every path);
 * `fake`: cosmetic, and every option is followed by the same words too. A menu that matters
 * anywhere it is met is neither.
 */
export interface ChoiceKind {
  readonly firstOption: string;
  readonly cosmetic: boolean;
  readonly fake: boolean;
}

/** Where one option of a menu leads: what it shows before the next stop, and the story from there on. */
export interface Outcome {
  /** The lines of text it shows. */
  readonly texts: readonly string[];
  /** Everything it shows, tags too, as JSON. */
  readonly shown: string;
  /** The digest of the story from the next stop on. */
  readonly next: string;
}

export function outcomeOf(beat: Beat, choiceText: string, next: string): Outcome {
  const shown = beat.lines.filter((line) => line.text !== '' || line.events.length > 0);
  // an option written without brackets is echoed as the first line; that echo is the option, not what follows it
  if (shown[0]?.text === choiceText) shown.shift();
  const texts = shown.map((line) => line.text).filter((text) => text !== '');
  return { texts, shown: JSON.stringify(shown), next };
}

/**
 * Folds one meeting of a menu into what is known of it. Options matter when they lead on to
 * different stories, or when, after a line they share, they show different lines again: the story
 * read back what was chosen. Lines that differ only before the options' shared ending are each
 * option's own words (honest flavour).
 */
export function classify(
  known: ChoiceKind | undefined,
  firstOption: string,
  outcomes: readonly (Outcome | null)[],
): ChoiceKind {
  const reached = outcomes.filter((outcome): outcome is Outcome => outcome !== null);
  const same = (pick: (outcome: Outcome) => string): boolean =>
    reached.length === outcomes.length && reached.every((outcome) => pick(outcome) === pick(reached[0] ?? outcome));
  const cosmetic = same((outcome) => outcome.next) && !readsBack(reached.map((outcome) => outcome.texts));
  const fake = cosmetic && same((outcome) => outcome.texts.join('\n'));
  if (!known) return { firstOption, cosmetic, fake };
  return { firstOption, cosmetic: known.cosmetic && cosmetic, fake: known.fake && fake };
}

/**
 * After the lines all options end with, do two options still share a line? Past the shared ending
 * their last lines differ, so a line they share is one after which the story parted again.
 */
function readsBack(options: readonly (readonly string[])[]): boolean {
  const last = (lines: readonly string[], back: number): string | undefined => lines[lines.length - 1 - back];
  let common = 0;
  const shortest = Math.min(...options.map((lines) => lines.length));
  while (common < shortest && options.every((lines) => last(lines, common) === last(options[0] ?? [], common)))
    common++;
  const heads = options.map((lines) => new Set(lines.slice(0, lines.length - common)));
  return heads.some((a, i) => heads.some((b, j) => j > i && [...a].some((line) => b.has(line))));
}

/** The share of a role's decisions that may be cosmetic (campaigns.md: honest flavour, kept rare). */
export const COSMETIC_LIMIT = 0.15;

export interface ChoiceKindCounts {
  /** Menus of two or more options (a lone option is a "Continue", not a decision). */
  readonly decisions: number;
  /** Options read differently but lead on to the same story. */
  readonly cosmetic: number;
  /** Options lead to the same words and the same story: no choice at all. */
  readonly fake: number;
  /** cosmetic / decisions, 0 where there are none. */
  readonly cosmeticShare: number;
  /** Where each cosmetic one stands: `file.ink:line "first option"`. */
  readonly cosmeticAt: readonly string[];
}

interface PlacedMenu {
  readonly kind: ChoiceKind;
  readonly where: { readonly file: string; readonly line: number } | null;
}

/** Each menu with the source line of its first option. */
export function placeMenus(kinds: Iterable<ChoiceKind>, files: readonly string[]): PlacedMenu[] {
  return [...kinds].map((kind) => ({ kind, where: locateText(files, kind.firstOption) }));
}

export function countChoiceKinds(menus: readonly PlacedMenu[]): ChoiceKindCounts {
  const cosmetic = menus.filter((menu) => menu.kind.cosmetic);
  return {
    decisions: menus.length,
    cosmetic: cosmetic.length,
    fake: menus.filter((menu) => menu.kind.fake).length,
    cosmeticShare: menus.length === 0 ? 0 : cosmetic.length / menus.length,
    cosmeticAt: cosmetic.map(
      (menu) => `${menu.where ? `${basename(menu.where.file)}:${menu.where.line}` : '?'} "${menu.kind.firstOption}"`,
    ),
  };
}

export const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

/**
 * Warnings for the story check: each fake choice point at its source line, and each role (a folder
 * beside the entry: story/lenin/…) whose cosmetic choice points pass COSMETIC_LIMIT, naming them.
 */
export function choiceKindDiagnostics(
  kinds: ReadonlyMap<string, ChoiceKind>,
  files: readonly string[],
  entry: string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byRole = new Map<string, PlacedMenu[]>();
  for (const menu of placeMenus(kinds.values(), files)) {
    const { kind, where } = menu;
    const role = where ? roleOf(where.file, entry) : 'unplaced';
    byRole.set(role, [...(byRole.get(role) ?? []), menu]);
    if (kind.fake)
      diagnostics.push({
        file: where?.file ?? null,
        line: where?.line ?? null,
        severity: 'warning',
        message: `fake choice: every option at "${kind.firstOption}" leads to the same words and the same story after it; make one matter (a variable something later reads) or let each read differently`,
      });
  }
  for (const [role, menus] of byRole) {
    const counts = countChoiceKinds(menus);
    if (counts.cosmeticShare <= COSMETIC_LIMIT) continue;
    diagnostics.push({
      file: null,
      line: null,
      severity: 'warning',
      message: `${role}: ${counts.cosmetic} of ${counts.decisions} choice points are cosmetic (${percent(counts.cosmeticShare)}, at most ${percent(COSMETIC_LIMIT)}): their options lead on to the same story — ${counts.cosmeticAt.join('; ')}`,
    });
  }
  return diagnostics;
}

/** story/lenin/01_karpovka.ink → lenin; a file beside the entry belongs to the entry's own folder. */
function roleOf(file: string, entry: string): string {
  const path = relative(dirname(entry), file);
  return path.includes(sep) ? (path.split(sep)[0] ?? path) : basename(dirname(entry));
}

import { readFileSync } from 'node:fs';
import { knotsIn } from './check.ts';
import { countChoiceKinds, percent, placeMenus, type ChoiceKindCounts } from './choice-kinds.ts';
import { exploreRole, formatExplorer, type ExplorerStats } from './explore.ts';
import { countWords, spread, walkStory, type Spread } from './walk.ts';

export interface RoleStats {
  readonly role: string;
  readonly words: number;
  readonly chapters: number;
  readonly choicePoints: number;
  /** Decisions (menus of two or more options), and how many are cosmetic or fake. */
  readonly choiceKinds: ChoiceKindCounts;
  readonly states: number;
  readonly endings: Record<string, number>;
  readonly paths: number;
  readonly wordsPerPath: Spread;
  readonly choicesPerPath: Spread;
  /** Seeded runs choosing uniformly at random: what a typical player meets. */
  readonly explorer: ExplorerStats;
}

export interface ExplorerOptions {
  readonly runs: number;
  readonly seed: number;
}

export const EXPLORER_DEFAULTS: ExplorerOptions = { runs: 300, seed: 1917 };

export interface StoryStats {
  readonly words: number;
  readonly knots: number;
  readonly choicesInSource: number;
  readonly choicePoints: number;
  readonly endings: number;
  readonly roles: readonly RoleStats[];
}

const CHOICE_LINE = /^\s*[*+]/;

/** Figures for writers: every role is walked from its own knot. */
export function storyStats(
  json: string,
  files: readonly string[],
  roles: readonly string[],
  explorer: ExplorerOptions = EXPLORER_DEFAULTS,
): StoryStats {
  const knots = knotsIn(files);
  const choicesInSource = files
    .flatMap((file) => readFileSync(file, 'utf8').split(/\r?\n/))
    .filter((line) => CHOICE_LINE.test(line)).length;
  const lines = new Set<string>();
  const endingIds = new Set<string>();
  let choicePoints = 0;
  const roleStats = roles
    .filter((role) => knots.includes(role))
    .map((role): RoleStats => {
      const walk = walkStory(json, role);
      walk.lines.forEach((line) => lines.add(line));
      walk.endings.forEach((_, id) => endingIds.add(id));
      choicePoints += walk.choicePoints;
      const wordsPerPath = spread(walk.wordsPerPath);
      return {
        role,
        words: [...walk.lines].reduce((sum, line) => sum + countWords(line), 0),
        chapters: walk.chapters.size,
        choicePoints: walk.choicePoints,
        choiceKinds: countChoiceKinds(placeMenus(walk.choiceKinds.values(), files)),
        states: walk.states,
        endings: Object.fromEntries(walk.endings),
        paths: wordsPerPath.paths,
        wordsPerPath,
        choicesPerPath: spread(walk.choicesPerPath),
        explorer: exploreRole(json, role, explorer.runs, explorer.seed, walk.lines),
      };
    });
  return {
    words: [...lines].reduce((sum, line) => sum + countWords(line), 0),
    knots: knots.length,
    choicesInSource,
    choicePoints,
    endings: endingIds.size,
    roles: roleStats,
  };
}

export function formatStats(stats: StoryStats): string {
  const out = [
    `words ${stats.words}  knots ${stats.knots}  choice points ${stats.choicePoints} (${stats.choicesInSource} options in the source)  endings ${stats.endings}`,
  ];
  for (const role of stats.roles) {
    const w = role.wordsPerPath;
    const c = role.choicesPerPath;
    const k = role.choiceKinds;
    out.push(
      `${role.role}: ${role.words} words, ${role.chapters} chapters, ${role.choicePoints} choice points, ${role.paths} paths (${role.states} distinct states walked)`,
      `  decisions ${k.decisions}  cosmetic ${k.cosmetic} (${percent(k.cosmeticShare)})  fake ${k.fake}`,
      `  words per path   min ${w.min}  median ${w.median}  max ${w.max}`,
      `  choices per path min ${c.min}  median ${c.median}  max ${c.max}`,
      `  endings: ${
        Object.entries(role.endings)
          .map(([id, n]) => `${id} (${n} paths)`)
          .join(', ') || 'none'
      }`,
      formatExplorer(role.explorer)
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n'),
    );
  }
  return out.join('\n');
}

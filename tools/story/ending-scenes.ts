/**
 * The epilogue's scene, measured (campaigns.md: "an epilogue is a scene first, at most 400 words, then a short
 * 'what historians argue'"): the words a player reads after the last choice of a run, up to the paragraph that
 * opens "What historians argue" or the role's fates passage ("What became of them."), whichever comes first.
 * The explorer's seeded runs are replayed (the same runs as `explore` and the long passages), and each ending
 * keeps the longest scene any run read before it.
 */
import { Narrator } from '../../src/core/narrator.ts';
import type { Beat } from '../../src/core/events.ts';
import { countWords, exploreRun, newExplorerLog } from '../../src/core/explore.ts';
import { seeded } from '../../src/core/random.ts';

/** The most words an ending's scene may have before what historians argue. */
export const ENDING_SCENE_WORDS = 400;

/** The paragraph that ends the scene: the historians, or the fates passage of the role. */
const SCENE_ENDS = /^(?:What historians argue\b|What became of them\.)/;

export interface EndingScene {
  readonly ending: string;
  /** The longest scene any run read before this ending, in words. */
  readonly words: number;
  /** That scene's first line, to find it in the source. */
  readonly opening: string;
  /** Whether that run read a "What historians argue" paragraph before the ending. */
  readonly historians: boolean;
}

/** The words of an ending's scene: the lines after the last choice, up to the historians or the fates. */
export function sceneOf(lines: readonly string[]): { words: number; historians: boolean } {
  let words = 0;
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (SCENE_ENDS.test(line.trim())) break;
    words += countWords(line);
  }
  return { words, historians: lines.slice(index).some((line) => /^What historians argue\b/.test(line.trim())) };
}

/** A narrator that remembers the last beat it gave: at the end of a run, the one after the last choice. */
class LastBeat extends Narrator {
  last: Beat | null = null;

  override start(knot?: string): Beat {
    this.last = super.start(knot);
    return this.last;
  }

  override choose(index: number): Beat {
    this.last = super.choose(index);
    return this.last;
  }
}

/** Each ending the role's explorer runs reach, with the longest scene read before it, in the story's order of length. */
export function endingScenes(
  storyJson: string,
  role: string,
  runs: number,
  seed: number,
  from: string = role,
): EndingScene[] {
  const narrator = new LastBeat(storyJson);
  const random = seeded(seed);
  const log = newExplorerLog();
  const longest = new Map<string, EndingScene>();
  for (let run = 0; run < runs; run++) {
    const ending = exploreRun(narrator, narrator.start(from), random, log).ending;
    const lines = (narrator.last?.lines ?? []).map((line) => line.text).filter((text) => text !== '');
    const scene = sceneOf(lines);
    const known = longest.get(ending);
    if (!known || scene.words > known.words)
      longest.set(ending, { ending, words: scene.words, opening: lines[0] ?? '', historians: scene.historians });
  }
  return [...longest.values()].sort((a, b) => b.words - a.words || a.ending.localeCompare(b.ending));
}

export function formatEndingScenes(role: string, scenes: readonly EndingScene[]): string {
  return `${role}: ending scenes (words before what historians argue, at most ${ENDING_SCENE_WORDS}): ${scenes
    .map(
      (scene) =>
        `${scene.ending} ${scene.words}${scene.words > ENDING_SCENE_WORDS ? ' (over)' : ''}${scene.historians ? '' : ' (no historians)'}`,
    )
    .join(', ')}`;
}

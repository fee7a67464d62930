import type { StoryTime } from '../../src/core/clock.ts';
import type { Beat, ChoiceOption, Historicity } from '../../src/core/events.ts';
import {
  historicalChoice,
  menuId,
  type ChoiceMap,
  type MapEnding,
  type MapNode,
} from '../../src/core/choice-map/graph.ts';
import { Narrator, StoryRuntimeError } from '../../src/core/narrator.ts';
import type { PlaceId } from '../../src/core/places.ts';
import type { Role } from '../../src/core/roles.ts';
import { applyEvent, EMPTY_SCENE, type SceneState } from '../../src/core/scene.ts';
import { countedPaths } from './counted-paths.ts';
import { memoKey } from './walk.ts';

type Target = { readonly kind: 'node'; readonly id: string } | { readonly kind: 'ending'; readonly id: string };

interface Building {
  readonly id: string;
  readonly chapter: string | null;
  readonly time: StoryTime | null;
  readonly place: PlaceId | null;
  readonly prompt: string | null;
  readonly options: {
    readonly text: string;
    readonly historicity: Historicity | null;
    readonly branch: string | null;
    readonly toNodes: Set<string>;
    readonly toEndings: Set<string>;
  }[];
}

/**
 * The role's map of choices: plays every reachable path (memoised on ink's state, as the story check
 * does) and folds the states into choice points, each option pointing at where it can lead.
 */
export function buildChoiceMap(storyJson: string, role: Role): ChoiceMap {
  const narrator = new Narrator(storyJson);
  const counted = countedPaths(storyJson);
  const memo = new Map<string, Target>();
  const nodes = new Map<string, Building>();
  const endings = new Map<string, string | null>();

  const afterBeat = (beat: Beat, scene: SceneState, lastText: string | null): Target | null => {
    let shown = scene;
    let text = lastText;
    for (const line of beat.lines) {
      for (const event of line.events) shown = applyEvent(shown, event);
      if (line.text) text = line.text;
    }
    if (beat.choices.length === 0) {
      if (!beat.ending) return null; // a dead end: the story check reports it
      if (!endings.has(beat.ending)) endings.set(beat.ending, text);
      return { kind: 'ending', id: beat.ending };
    }
    return atChoices(beat.choices, shown, text);
  };

  const atChoices = (choices: readonly ChoiceOption[], scene: SceneState, prompt: string | null): Target => {
    const state = narrator.saveState();
    const key = memoKey(state, counted);
    const known = memo.get(key);
    if (known) return known;
    const id = menuId(choices);
    const target: Target = { kind: 'node', id };
    memo.set(key, target);
    let node = nodes.get(id);
    if (!node) {
      node = {
        id,
        chapter: scene.chapter,
        time: scene.time,
        place: scene.place,
        prompt,
        options: choices.map((choice) => ({
          text: choice.text,
          historicity: choice.historicity,
          branch: choice.branch,
          toNodes: new Set(),
          toEndings: new Set(),
        })),
      };
      nodes.set(id, node);
    }
    choices.forEach((choice, position) => {
      narrator.loadState(state);
      let next: Target | null = null;
      try {
        next = afterBeat(narrator.choose(choice.index), scene, prompt);
      } catch (error) {
        if (!(error instanceof StoryRuntimeError)) throw error; // a broken path: the story check reports it
      }
      const option = node.options[position];
      if (next?.kind === 'node') option?.toNodes.add(next.id);
      if (next?.kind === 'ending') option?.toEndings.add(next.id);
    });
    return target;
  };

  const first = afterBeat(narrator.start(role), EMPTY_SCENE, null);
  const historical = historicalRoute(storyJson, role);
  const depths = distancesFrom(first?.kind === 'node' ? first.id : null, nodes);
  const mapNodes: MapNode[] = [...nodes.values()]
    .filter((node) => depths.has(node.id))
    .sort((a, b) => (depths.get(a.id) ?? 0) - (depths.get(b.id) ?? 0))
    .map((node) => ({
      id: node.id,
      chapter: node.chapter,
      time: node.time,
      place: node.place,
      prompt: node.prompt,
      depth: depths.get(node.id) ?? 0,
      onHistoricalPath: historical.steps.has(node.id),
      options: node.options.map((option) => ({
        text: option.text,
        historicity: option.historicity,
        branch: option.branch,
        toNodes: [...option.toNodes],
        toEndings: [...option.toEndings],
        onHistoricalPath: historical.steps.get(node.id) === option.text,
      })),
    }));
  const mapEndings: MapEnding[] = [...endings].map(([id, closingText]) => ({
    id,
    closingText,
    onHistoricalPath: historical.ending === id,
  }));
  return { role, start: first?.kind === 'node' ? first.id : null, nodes: mapNodes, endings: mapEndings };
}

/** The choice points the historical path passes (with the option it takes at each) and its ending. */
function historicalRoute(storyJson: string, role: Role): { steps: Map<string, string>; ending: string | null } {
  const narrator = new Narrator(storyJson);
  const steps = new Map<string, string>();
  let beat = narrator.start(role);
  for (let guard = 0; beat.choices.length > 0 && guard < 1000; guard++) {
    const chosen = historicalChoice(beat.choices);
    if (!chosen) break;
    steps.set(menuId(beat.choices), chosen.text);
    beat = narrator.choose(chosen.index);
  }
  return { steps, ending: beat.ending };
}

/** Choices from the start to each choice point, by the shortest way (breadth first). */
function distancesFrom(start: string | null, nodes: ReadonlyMap<string, Building>): Map<string, number> {
  const depths = new Map<string, number>();
  if (!start) return depths;
  depths.set(start, 0);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const depth = depths.get(id) ?? 0;
    for (const option of nodes.get(id)?.options ?? []) {
      for (const next of option.toNodes) {
        if (depths.has(next)) continue;
        depths.set(next, depth + 1);
        queue.push(next);
      }
    }
  }
  return depths;
}

import { menuId, type ChoiceMap, type MapNode } from './choice-map/graph.ts';
import type { ChoiceOption } from './events.ts';

/**
 * How much a menu weighs for a group at a projector. `touchesRecord`: an option is marked against
 * the record (historical, plausible, speculative), so the debrief sets the group's choice beside
 * history. `decision`: it touches the record, or its options lead on to different sets of endings.
 * A menu whose options only colour later lines (a variable the story reads back) is not a key
 * decision: the story check counts nearly every menu as "mattering" in that sense, so it cannot
 * tell a lesson which votes to hold.
 */
export interface MenuWeight {
  readonly decision: boolean;
  readonly touchesRecord: boolean;
}

/** Menu id → weight, for the menus of one or more roles' maps. */
export type MenuWeights = ReadonlyMap<string, MenuWeight>;

/** The endings each choice point can still reach, found by going round the map until nothing changes. */
function reachableEndings(nodes: readonly MapNode[]): Map<string, Set<string>> {
  const reach = new Map(nodes.map((node) => [node.id, new Set<string>()]));
  for (let changed = true; changed;) {
    changed = false;
    for (const node of nodes) {
      const own = reach.get(node.id) ?? new Set<string>();
      const before = own.size;
      for (const option of node.options) {
        option.toEndings.forEach((ending) => own.add(ending));
        option.toNodes.forEach((next) => reach.get(next)?.forEach((ending) => own.add(ending)));
      }
      if (own.size !== before) changed = true;
    }
  }
  return reach;
}

/** The endings one option leads on to: those it ends at, and those of the choice points it leads to. */
function optionEndings(option: MapNode['options'][number], reach: ReadonlyMap<string, Set<string>>): string {
  const endings = new Set(option.toEndings);
  option.toNodes.forEach((next) => reach.get(next)?.forEach((ending) => endings.add(ending)));
  return [...endings].sort().join('\u0000');
}

/** Weighs every menu of two or more options in the maps (a lone option is a "Continue", never a decision). */
export function weighMenus(maps: Iterable<ChoiceMap>): MenuWeights {
  const weights = new Map<string, MenuWeight>();
  for (const map of maps) {
    const reach = reachableEndings(map.nodes);
    for (const node of map.nodes) {
      if (node.options.length < 2) continue;
      const touchesRecord = node.options.some((option) => option.historicity !== null);
      const futures = new Set(node.options.map((option) => optionEndings(option, reach)));
      const known = weights.get(node.id);
      weights.set(node.id, {
        touchesRecord: touchesRecord || (known?.touchesRecord ?? false),
        decision: touchesRecord || futures.size > 1 || (known?.decision ?? false),
      });
    }
  }
  return weights;
}

/**
 * The weight of the menu on screen. A menu the maps do not know (the story was edited since they
 * were built, or they have not arrived) is judged by its own marks: a choice marked against the
 * record is a decision; an unmarked one is put to the vote too, rather than settled on a guess.
 */
export function weighChoices(choices: readonly ChoiceOption[], weights: MenuWeights | null): MenuWeight {
  const touchesRecord = choices.some((choice) => choice.historicity !== null);
  if (choices.length < 2) return { decision: false, touchesRecord };
  const known = weights?.get(menuId(choices));
  if (known) return { decision: known.decision || touchesRecord, touchesRecord: known.touchesRecord || touchesRecord };
  return { decision: true, touchesRecord };
}

/** How a choice was taken without the room voting on it. */
export type SettledBy = 'history' | 'facilitator';

/**
 * The option a non-decision is settled on without a vote: the one marked historical, if any; else
 * none, and the facilitator picks with one click.
 */
export function settledOption(choices: readonly ChoiceOption[]): ChoiceOption | null {
  return choices.find((choice) => choice.historicity === 'historical') ?? null;
}

/** What the facilitator's screen says before the room votes: whether this decision touches the record. */
export function recordNote(weight: MenuWeight): string {
  return weight.touchesRecord
    ? 'Touches the record: history took one of these options, and the debrief sets the group’s choice beside it.'
    : 'Off the record: no option is history’s, but the group’s pick changes how the story can end.';
}

import type { StoryTime } from './clock.ts';
import type { BridgeId, Control, PlaceId, ShipId } from './places.ts';
import type { PaperId, VignetteId } from './vignettes.ts';

export const HISTORICITIES = ['historical', 'plausible', 'speculative'] as const;
export type Historicity = (typeof HISTORICITIES)[number];

/** How a passage stands to the record: shown beside it, on demand. */
export const BASES = ['documented', 'quoted', 'plausible', 'invented'] as const;
export type Basis = (typeof BASES)[number];

export const WEATHERS = ['clear', 'overcast', 'rain', 'sleet', 'snow', 'fog'] as const;
export type Weather = (typeof WEATHERS)[number];

/**
 * A story tag, parsed once. Everything downstream (director, stage, audio, UI, story check)
 * reads these, never the tag strings.
 */
export type TagEvent =
  | { readonly kind: 'meta'; readonly key: 'title' | 'author'; readonly value: string }
  | { readonly kind: 'chapter'; readonly title: string }
  | { readonly kind: 'place'; readonly place: PlaceId }
  | { readonly kind: 'time'; readonly time: StoryTime }
  | { readonly kind: 'weather'; readonly weather: Weather }
  | { readonly kind: 'map'; readonly place: PlaceId; readonly control: Control }
  | { readonly kind: 'bridge'; readonly bridge: BridgeId; readonly raised: boolean }
  | { readonly kind: 'ship'; readonly ship: ShipId; readonly place: PlaceId }
  /** A room drawn in place of the map; null returns to the map. */
  | { readonly kind: 'scene'; readonly vignette: VignetteId | null }
  /**
   * A chapter's opening front page (or telegram) with its headline; `invented` marks an issue that never
   * appeared (a counterfactual's paper), which the page must say.
   */
  | { readonly kind: 'paper'; readonly paper: PaperId; readonly headline: string; readonly invented: boolean }
  /** What became of a codex entry (a person, a body, a place) in this telling, shown beside its history. */
  | { readonly kind: 'telling'; readonly id: string; readonly text: string }
  | { readonly kind: 'music'; readonly id: string | null }
  | { readonly kind: 'ambience'; readonly id: string | null }
  | { readonly kind: 'sfx'; readonly id: string }
  /** `branch` names the counterfactual in the history bible's section 6 tables (L2, K4, J1…), if any. */
  | { readonly kind: 'historicity'; readonly historicity: Historicity; readonly branch: string | null }
  /** The factual basis of the passage it is on; `source` names where a quotation or fact comes from. */
  | { readonly kind: 'basis'; readonly basis: Basis; readonly source: string | null }
  /** A codex entry this passage is about though its text may not name it (the story check proves the id exists). */
  | { readonly kind: 'codex'; readonly id: string }
  | { readonly kind: 'ending'; readonly id: string };

export type TagKind = TagEvent['kind'];

/** A paragraph of story text with the events its tags carried. */
export interface Line {
  readonly text: string;
  readonly events: readonly TagEvent[];
}

export interface ChoiceOption {
  /** ink's own index: pass it back unchanged, it is not the position on screen. */
  readonly index: number;
  readonly text: string;
  readonly historicity: Historicity | null;
  /** The bible's counterfactual this choice opens (L2, K4, J1…), so the debrief can explain it. */
  readonly branch: string | null;
}

/** Everything the story produced between one choice and the next. */
export interface Beat {
  readonly lines: readonly Line[];
  readonly choices: readonly ChoiceOption[];
  /** Set when the beat reached an `# ending:` line and the story stopped. */
  readonly ending: string | null;
}

import type { StoryTime } from '../clock.ts';
import type { ChoiceOption, Historicity } from '../events.ts';
import type { PlaceId } from '../places.ts';
import type { Role } from '../roles.ts';

/**
 * A role's map of choices, made at build time by tools/story/choice-map.ts: every choice point
 * (a menu the player can be shown, told apart by its options), where each option leads, and the endings.
 */
export interface ChoiceMap {
  readonly role: Role;
  /** The first choice point of the role (null if the role ends before any choice). */
  readonly start: string | null;
  readonly nodes: readonly MapNode[];
  readonly endings: readonly MapEnding[];
  /** Where the drawing puts everything, laid out at build time so the browser needs no layout engine. */
  readonly layout?: MapLayout;
}

export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

/** A box by its centre, in the drawing's units (CSS pixels at zoom 1). */
export interface MapBox extends MapPoint {
  readonly width: number;
  readonly height: number;
}

/** One option's line from its choice point to one place it can lead. */
export interface MapEdge {
  readonly from: string;
  /** The option's position among its choice point's options. */
  readonly option: number;
  readonly to: string;
  readonly toEnding: boolean;
  readonly points: readonly MapPoint[];
  /** Where the option's words go, beside the line. */
  readonly label: MapPoint;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: Readonly<Record<string, MapBox>>;
  readonly endings: Readonly<Record<string, MapBox>>;
  readonly edges: readonly MapEdge[];
}

export interface MapNode {
  readonly id: string;
  readonly chapter: string | null;
  readonly time: StoryTime | null;
  readonly place: PlaceId | null;
  /** The passage just before the choice (shown only once the player has been here). */
  readonly prompt: string | null;
  /** Choices from the role's start on the shortest way here. */
  readonly depth: number;
  readonly onHistoricalPath: boolean;
  readonly options: readonly MapOption[];
}

export interface MapOption {
  readonly text: string;
  readonly historicity: Historicity | null;
  readonly branch: string | null;
  /** Choice points this option can lead to (more than one when earlier choices decide). */
  readonly toNodes: readonly string[];
  readonly toEndings: readonly string[];
  /** The option the historical path takes here (the one tagged historical, else the first). */
  readonly onHistoricalPath: boolean;
}

export interface MapEnding {
  readonly id: string;
  /** The ending's last passage (shown only once reached). */
  readonly closingText: string | null;
  readonly onHistoricalPath: boolean;
}

/** A choice point's identity: its options' texts, hashed (FNV-1a), the same at build time and in play. */
export function menuId(choices: readonly Pick<ChoiceOption, 'text'>[]): string {
  let hash = 0x811c9dc5;
  for (const char of choices.map((choice) => choice.text).join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `m${hash.toString(36)}`;
}

/** The choice the historical path takes among these: the one tagged historical, else the first offered. */
export function historicalChoice<T extends Pick<ChoiceOption, 'historicity'>>(choices: readonly T[]): T | undefined {
  return choices.find((choice) => choice.historicity === 'historical') ?? choices[0];
}

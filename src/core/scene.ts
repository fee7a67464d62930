import type { StoryTime } from './clock.ts';
import type { TagEvent, Weather } from './events.ts';
import type { BridgeId, Control, PlaceId, ShipId } from './places.ts';
import type { PaperId, VignetteId } from './vignettes.ts';

export interface FrontPage {
  readonly paper: PaperId;
  readonly headline: string;
  /** An issue that never appeared (a counterfactual's paper): drawn and described as invented. */
  readonly invented: boolean;
}

/** What a front page of an issue that never appeared says of itself, on the drawing and in every text that names it. */
export const INVENTED_FRONT = 'Invented — this issue never appeared';

/**
 * What the screen and the speakers show, as plain data. Loading a save or rewinding restores it
 * through the same path as play, so there is no separate restore code.
 */
export interface SceneState {
  readonly chapter: string | null;
  readonly place: PlaceId | null;
  /** Places visited, in order, without immediate repeats. */
  readonly route: readonly PlaceId[];
  readonly time: StoryTime | null;
  readonly weather: Weather;
  readonly control: Readonly<Partial<Record<PlaceId, Control>>>;
  /** true where the bridge is raised. */
  readonly bridges: Readonly<Partial<Record<BridgeId, boolean>>>;
  readonly ships: Readonly<Partial<Record<ShipId, PlaceId>>>;
  /** The room drawn instead of the map, if any. */
  readonly vignette: VignetteId | null;
  /** The chapter's front page: set by `paper`, gone at the next chapter or scene, or when the day changes. */
  readonly front: FrontPage | null;
  readonly music: string | null;
  readonly ambience: string | null;
}

export const EMPTY_SCENE: SceneState = {
  chapter: null,
  place: null,
  route: [],
  time: null,
  weather: 'overcast',
  control: {},
  bridges: {},
  ships: {},
  vignette: null,
  front: null,
  music: null,
  ambience: null,
};

function sameDay(a: StoryTime, b: StoryTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Folds one tag event into the scene; events that do not describe the scene leave it as it is. */
export function applyEvent(scene: SceneState, event: TagEvent): SceneState {
  switch (event.kind) {
    case 'chapter':
      return { ...scene, chapter: event.title, front: null };
    case 'scene':
      return { ...scene, vignette: event.vignette, front: null };
    case 'paper':
      return { ...scene, front: { paper: event.paper, headline: event.headline, invented: event.invented } };
    case 'place':
      return {
        ...scene,
        place: event.place,
        route: scene.route.at(-1) === event.place ? scene.route : [...scene.route, event.place],
      };
    case 'time':
      // a front page is the news of its day: once the clock moves to another day it is yesterday's paper
      return { ...scene, time: event.time, front: scene.time && !sameDay(scene.time, event.time) ? null : scene.front };
    case 'weather':
      return { ...scene, weather: event.weather };
    case 'map':
      return { ...scene, control: { ...scene.control, [event.place]: event.control } };
    case 'bridge':
      return { ...scene, bridges: { ...scene.bridges, [event.bridge]: event.raised } };
    case 'ship':
      return { ...scene, ships: { ...scene.ships, [event.ship]: event.place } };
    case 'music':
      return { ...scene, music: event.id };
    case 'ambience':
      return { ...scene, ambience: event.id };
    default:
      return scene;
  }
}

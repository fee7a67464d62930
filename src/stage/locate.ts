/** Where each place is drawn: on the sheet at its real position, or, if beyond it, at the edge facing it. */
import type { PlaceId } from '../core/places.ts';
import {
  MAP_H,
  MAP_PLACES,
  MAP_W,
  OFF_MAP,
  UNITS_PER_KM,
  isOffMap,
  project,
  type OffMapId,
  type Pt,
} from './geography.ts';

/** Directions off the sheet are taken from the Winter Palace. */
const ORIGIN = project([59.9404, 30.3141]);
const INSET = 70;

export interface Bearing {
  /** A point just inside the border, on the line from the palace towards the place. */
  readonly anchor: Pt;
  /** Radians, 0 = east, clockwise (screen coordinates). */
  readonly angle: number;
  readonly km: number;
  readonly label: string;
}

export function bearing(id: OffMapId): Bearing {
  const far = project(OFF_MAP[id].at);
  const dx = far.x - ORIGIN.x;
  const dy = far.y - ORIGIN.y;
  const limits = [
    dx < 0 ? (INSET - ORIGIN.x) / dx : dx > 0 ? (MAP_W - INSET - ORIGIN.x) / dx : Infinity,
    dy < 0 ? (INSET - ORIGIN.y) / dy : dy > 0 ? (MAP_H - INSET - ORIGIN.y) / dy : Infinity,
  ];
  const t = Math.min(...limits);
  return {
    anchor: { x: ORIGIN.x + dx * t, y: ORIGIN.y + dy * t },
    angle: Math.atan2(dy, dx),
    km: Math.hypot(dx, dy) / UNITS_PER_KM,
    label: OFF_MAP[id].label,
  };
}

export function locate(id: PlaceId): Pt {
  return isOffMap(id) ? bearing(id).anchor : project(MAP_PLACES[id].at);
}

import { describe, expect, it } from 'vitest';
import { parseStoryTime, type StoryTime } from '../../src/core/clock.ts';
import { BRIDGES, PLACES, type PlaceId } from '../../src/core/places.ts';
import { lightAt, sunAltitude } from '../../src/stage/daylight.ts';
import {
  BRIDGE_SPANS,
  MAP_H,
  MAP_PLACES,
  MAP_W,
  OFF_MAP,
  UNITS_PER_KM,
  isOffMap,
  project,
  type OffMapId,
} from '../../src/stage/geography.ts';
import { bearing, locate } from '../../src/stage/locate.ts';

const at = (id: PlaceId) => locate(id);
const time = (text: string): StoryTime => {
  const parsed = parseStoryTime(text);
  if (!parsed) throw new Error(text);
  return parsed;
};

describe('stage geography', () => {
  it('places every place id exactly once, on the sheet or beyond it as places.ts says', () => {
    for (const [id, info] of Object.entries(PLACES)) {
      const onSheet = Object.hasOwn(MAP_PLACES, id);
      const offSheet = Object.hasOwn(OFF_MAP, id);
      expect(onSheet !== offSheet, id).toBe(true);
      expect(offSheet, id).toBe('offMap' in info);
    }
  });

  it('keeps every place on the sheet inside the border', () => {
    for (const id of Object.keys(MAP_PLACES) as PlaceId[]) {
      const p = at(id);
      expect(p.x, id).toBeGreaterThan(40);
      expect(p.x, id).toBeLessThan(MAP_W - 40);
      expect(p.y, id).toBeGreaterThan(40);
      expect(p.y, id).toBeLessThan(MAP_H - 40);
    }
  });

  it('puts places where they stood relative to each other (north is up, y grows southward)', () => {
    const palace = at('winter_palace');
    expect(at('smolny').x).toBeGreaterThan(palace.x + 500); // far east, on the Neva bend
    expect(at('peter_paul').y).toBeLessThan(palace.y); // across the Neva, to the north
    expect(Math.abs(at('peter_paul').x - palace.x)).toBeLessThan(40); // facing the palace
    expect(at('finland_station').y).toBeLessThan(project(BRIDGE_SPANS.liteiny.to).y); // north of the Liteiny Bridge
    expect(at('fofanova_flat').y).toBeLessThan(at('finland_station').y - 250); // further north on the Vyborg Side
    expect(at('sukhanov_flat').y).toBeLessThan(at('kshesinskaya').y); // the Karpovka is north of the mansion
    expect(at('mariinsky').y).toBeGreaterThan(at('admiralty').y); // south of the Admiralty
    expect(at('nikolaevsky_station').x).toBeGreaterThan(at('city_duma').x); // east end of Nevsky
    const baltic = at('baltic_station');
    expect(baltic.x).toBeLessThan(palace.x);
    expect(baltic.y).toBeGreaterThan(palace.y + 300); // south-west, beyond the Obvodny
    expect(at('franco_russian_works').x).toBeLessThan(project(BRIDGE_SPANS.nikolaevsky.from).x); // downstream
  });

  it('points off-sheet places in the direction places.ts gives', () => {
    const degrees: Record<string, number> = {
      east: 0,
      south: 90,
      'south-west': 135,
      west: 180,
      'north-west': 225,
      north: 270,
    };
    for (const id of Object.keys(OFF_MAP) as OffMapId[]) {
      const info: { offMap?: string } = PLACES[id];
      const expected = degrees[info.offMap ?? ''] ?? NaN;
      const actual = ((bearing(id).angle * 180) / Math.PI + 360) % 360;
      const diff = Math.abs(((actual - expected + 540) % 360) - 180);
      expect(diff, id).toBeLessThan(50);
      expect(isOffMap(id)).toBe(true);
    }
    expect(Math.round(bearing('kronstadt').km)).toBeGreaterThan(25);
  });

  it('spans each bridge over a believable width of river', () => {
    for (const id of Object.keys(BRIDGES) as (keyof typeof BRIDGES)[]) {
      const span = BRIDGE_SPANS[id];
      const a = project(span.from);
      const b = project(span.to);
      const metres = (Math.hypot(b.x - a.x, b.y - a.y) / UNITS_PER_KM) * 1000;
      expect(metres, id).toBeGreaterThan(150);
      expect(metres, id).toBeLessThan(750);
    }
  });
});

describe('stage daylight', () => {
  it('sets the sun at about 16:45 and ends civil dusk at about 17:35 on 25 October (history bible §0)', () => {
    expect(sunAltitude(time('1917-10-25 16:45'))).toBeGreaterThan(-1.2);
    expect(sunAltitude(time('1917-10-25 16:45'))).toBeLessThan(1);
    const dusk = sunAltitude(time('1917-10-25 17:35'));
    expect(dusk).toBeGreaterThan(-7);
    expect(dusk).toBeLessThan(-5);
  });

  it('tells day, dusk and night apart', () => {
    expect(lightAt(time('1917-10-25 12:00')).phase).toBe('day');
    expect(lightAt(time('1917-10-25 17:00')).phase).toBe('dusk');
    expect(lightAt(time('1917-10-25 22:00')).phase).toBe('night');
    expect(lightAt(time('1917-10-26 08:10')).phase).toBe('dawn');
    expect(lightAt(time('1917-10-25 22:00')).darkness).toBe(1);
    expect(lightAt(null).darkness).toBe(0);
  });
});

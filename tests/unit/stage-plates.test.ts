import { describe, expect, it } from 'vitest';
import { EMPTY_SCENE, INVENTED_FRONT } from '../../src/core/scene.ts';
import { VIGNETTES, type VignetteId } from '../../src/core/vignettes.ts';
import { printCurve, toneOf } from '../../src/stage/plates/develop.ts';
import { fitHeadline, inventedStampLines, paperDate, wrap } from '../../src/stage/plates/front-page.ts';
import { LOOKS } from '../../src/stage/plates/look.ts';
import { pageShape, placePlate, plateFor } from '../../src/stage/plates/placement.ts';
import { ROOMS } from '../../src/stage/plates/rooms.ts';

describe('which plate stands in for the map', () => {
  it('shows the map when there is neither room nor page', () => {
    expect(plateFor(EMPTY_SCENE, 'lenin')).toBeNull();
  });

  it('shows the room, and a front page over it until the page is turned', () => {
    const room = { ...EMPTY_SCENE, vignette: 'smolny_hall' as const };
    expect(plateFor(room, 'lenin')).toMatchObject({ kind: 'room', id: 'smolny_hall' });
    const page = { ...room, front: { paper: 'izvestia' as const, headline: 'The Congress opens', invented: false } };
    expect(plateFor(page, 'lenin')).toMatchObject({ kind: 'front', front: page.front });
  });

  it('repaints (a new key) when the same headline turns out to be an invented issue', () => {
    const real = { paper: 'izvestia' as const, headline: 'All power to the Soviets', invented: false };
    const page = (front: typeof real) => plateFor({ ...EMPTY_SCENE, front }, 'lenin')?.key;
    expect(page(real)).not.toBe(page({ ...real, invented: true }));
  });

  it('repaints (a new key) when the role changes, so the toning and mount follow whose story it is', () => {
    const room = { ...EMPTY_SCENE, vignette: 'gatchina' as const };
    expect(plateFor(room, 'kerensky')?.key).not.toBe(plateFor(room, 'junker')?.key);
    expect(plateFor(room, 'kerensky')?.key).toBe(plateFor({ ...room, weather: 'rain' }, 'kerensky')?.key);
  });
});

describe('where a plate goes', () => {
  it('fits inside the free area with its margin, centred', () => {
    const at = placePlate({ x: 0, y: 100, w: 600, h: 700 }, 1312, 974, 28);
    expect(at.x).toBe(300);
    expect(at.y).toBe(450);
    expect(1312 * at.scale).toBeLessThanOrEqual(600 - 2 * 28 + 1e-9);
    expect(974 * at.scale).toBeLessThanOrEqual(700);
  });

  it('never enlarges past the drawn size on a projector', () => {
    expect(placePlate({ x: 0, y: 0, w: 5000, h: 4000 }, 1312, 974, 28).scale).toBe(1);
  });

  it('shapes a front page to its area, a telegram always as a landscape slip', () => {
    expect(pageShape({ x: 0, y: 0, w: 600, h: 800 }, 1400)).toEqual({ width: 1050, height: 1400 });
    expect(pageShape({ x: 0, y: 0, w: 390, h: 200 }, 1400)).toEqual({ width: 1400, height: 737 });
    const telegram = pageShape({ x: 0, y: 0, w: 400, h: 900 }, 1400, true);
    expect(telegram.width / telegram.height).toBeCloseTo(1.45, 2);
  });
});

describe('front pages', () => {
  it('stamps an invented issue with the words every text uses, INVENTED over the rest', () => {
    const [head, tail] = inventedStampLines();
    expect(head).toBe('INVENTED');
    expect(`${head.charAt(0)}${head.slice(1).toLowerCase()} — ${tail}`).toBe(INVENTED_FRONT);
  });

  it('dates the page in both calendars', () => {
    expect(paperDate({ year: 1917, month: 10, day: 25, hour: 9, minute: 0 })).toBe(
      'Wednesday 25 October 1917 (O.S.) · 7 November 1917 (N.S.)',
    );
  });

  const measure = (text: string, size = 10): number => text.length * size * 0.5;

  it('wraps a headline at word boundaries', () => {
    expect(wrap((t) => measure(t), 'All power to the Soviets', 60)).toEqual(['All power to', 'the Soviets']);
  });

  it('sets the headline as large as will fit in its lines', () => {
    const fit = fitHeadline(measure, 'One must not be silent!', 300, 2, 64, 20);
    expect(fit.lines.length).toBeLessThanOrEqual(2);
    expect(fit.size).toBeGreaterThan(20);
    expect(fitHeadline(measure, 'One must not be silent!', 300, 2, fit.size + 2, 20).size).toBe(fit.size);
    expect(fit.lines.every((line) => measure(line, fit.size) <= 300)).toBe(true);
  });
});

describe('the look of each role', () => {
  it('gives every room a painting and a caption', () => {
    for (const id of Object.keys(VIGNETTES) as VignetteId[]) {
      expect(typeof ROOMS[id].paint).toBe('function');
      expect(ROOMS[id].russian.length).toBeGreaterThan(3);
    }
  });

  it('tones from the role’s shadow to its highlight, never to pure black or white', () => {
    expect(printCurve(0)).toBeGreaterThan(0);
    expect(printCurve(1)).toBeLessThan(1);
    for (const look of Object.values(LOOKS)) {
      const dark = toneOf(look, 0);
      const light = toneOf(look, 1);
      dark.forEach((v, i) => expect(v).toBeLessThan(light[i] ?? 0));
    }
    // the three stories are told in three different tonings
    const mid = (['lenin', 'kerensky', 'junker'] as const).map((role) =>
      toneOf(LOOKS[role], 0.5).map(Math.round).join(),
    );
    expect(new Set(mid).size).toBe(3);
  });
});

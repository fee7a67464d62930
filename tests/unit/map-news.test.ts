import { describe, expect, it } from 'vitest';
import { describeFront, mapNews, mapSummary } from '../../src/core/map-news.ts';
import { applyEvent, EMPTY_SCENE, type SceneState } from '../../src/core/scene.ts';
import type { TagEvent } from '../../src/core/events.ts';

const fold = (scene: SceneState, events: readonly TagEvent[]): SceneState => events.reduce(applyEvent, scene);

describe('the map in words', () => {
  it('announces a key point changing hands, a bridge raised, the Aurora moved and a room shown', () => {
    const before = fold(EMPTY_SCENE, [{ kind: 'map', place: 'telegraph', control: 'government' }]);
    const after = fold(before, [
      { kind: 'map', place: 'telegraph', control: 'mrc' },
      { kind: 'bridge', bridge: 'liteiny', raised: true },
      { kind: 'ship', ship: 'aurora', place: 'winter_palace' },
      { kind: 'scene', vignette: 'aurora_deck' },
    ]);
    expect(mapNews(before, after)).toEqual([
      'Central telegraph: now held by the Military Revolutionary Committee.',
      'Liteiny Bridge raised.',
      'The Aurora moves to the Winter Palace.',
      "Picture: The Aurora's deck.",
    ]);
  });

  it('says nothing when nothing on the map changed', () => {
    const scene = fold(EMPTY_SCENE, [{ kind: 'map', place: 'smolny', control: 'mrc' }]);
    expect(mapNews(scene, fold(scene, [{ kind: 'weather', weather: 'rain' }]))).toEqual([]);
  });

  it('a bridge lowered that was never raised is no news; one raised then lowered is', () => {
    const lowered = fold(EMPTY_SCENE, [{ kind: 'bridge', bridge: 'palace', raised: false }]);
    expect(mapNews(EMPTY_SCENE, lowered)).toEqual([]);
    const raised = fold(EMPTY_SCENE, [{ kind: 'bridge', bridge: 'palace', raised: true }]);
    expect(mapNews(raised, fold(raised, [{ kind: 'bridge', bridge: 'palace', raised: false }]))).toEqual([
      'Palace Bridge lowered.',
    ]);
  });

  it('sums up who holds what and which bridges are up', () => {
    const scene = fold(EMPTY_SCENE, [
      { kind: 'map', place: 'peter_paul', control: 'mrc' },
      { kind: 'map', place: 'winter_palace', control: 'contested' },
      { kind: 'bridge', bridge: 'nikolaevsky', raised: true },
      { kind: 'bridge', bridge: 'palace', raised: false },
    ]);
    expect(mapSummary(scene)).toBe(
      'Peter and Paul Fortress held by the Military Revolutionary Committee; Winter Palace contested. Raised: Nikolaevsky Bridge',
    );
    expect(mapSummary(EMPTY_SCENE)).toBe('');
  });

  it('announces a front page, and says an invented issue never appeared', () => {
    const real = fold(EMPTY_SCENE, [
      { kind: 'paper', paper: 'rabochii_put', headline: 'All power to the Soviets', invented: false },
    ]);
    expect(mapNews(EMPTY_SCENE, real)).toEqual(["Front page of Rabochii Put': “All power to the Soviets”."]);
    const invented = fold(real, [
      { kind: 'paper', paper: 'izvestia', headline: 'A government of all the socialists', invented: true },
    ]);
    expect(mapNews(real, invented)).toEqual([
      'Front page of Izvestia (Invented — this issue never appeared): “A government of all the socialists”.',
    ]);
    // the same page again is no news; the same words turning out invented are
    expect(mapNews(invented, invented)).toEqual([]);
    const telegram = { paper: 'telegram' as const, headline: 'Hold the palace', invented: true };
    expect(describeFront(telegram)).toBe('A telegram (Invented — this issue never appeared): “Hold the palace”.');
  });
});

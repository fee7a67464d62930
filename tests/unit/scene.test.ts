import { describe, expect, it } from 'vitest';
import { applyEvent, EMPTY_SCENE } from '../../src/core/scene.ts';

describe('applyEvent', () => {
  it('moves the player and keeps the route without immediate repeats', () => {
    let scene = applyEvent(EMPTY_SCENE, { kind: 'place', place: 'fofanova_flat' });
    scene = applyEvent(scene, { kind: 'place', place: 'fofanova_flat' });
    scene = applyEvent(scene, { kind: 'place', place: 'sukhanov_flat' });
    scene = applyEvent(scene, { kind: 'place', place: 'fofanova_flat' });
    expect(scene.place).toBe('fofanova_flat');
    expect(scene.route).toEqual(['fofanova_flat', 'sukhanov_flat', 'fofanova_flat']);
  });

  it('records control, bridges, ships, sound and chapter', () => {
    let scene = applyEvent(EMPTY_SCENE, { kind: 'map', place: 'peter_paul', control: 'mrc' });
    scene = applyEvent(scene, { kind: 'bridge', bridge: 'liteiny', raised: true });
    scene = applyEvent(scene, { kind: 'ship', ship: 'aurora', place: 'franco_russian_works' });
    scene = applyEvent(scene, { kind: 'music', id: 'internationale' });
    scene = applyEvent(scene, { kind: 'ambience', id: 'rain_river' });
    scene = applyEvent(scene, { kind: 'chapter', title: 'One' });
    scene = applyEvent(scene, { kind: 'music', id: null });
    expect(scene).toMatchObject({
      control: { peter_paul: 'mrc' },
      bridges: { liteiny: true },
      ships: { aurora: 'franco_russian_works' },
      music: null,
      ambience: 'rain_river',
      chapter: 'One',
    });
  });

  it('leaves the scene alone for events that are not about it', () => {
    expect(applyEvent(EMPTY_SCENE, { kind: 'sfx', id: 'door_knock' })).toBe(EMPTY_SCENE);
    expect(applyEvent(EMPTY_SCENE, { kind: 'ending', id: 'x' })).toBe(EMPTY_SCENE);
  });

  it('shows a room until the map returns, and a front page until the next chapter or scene', () => {
    let scene = applyEvent(EMPTY_SCENE, { kind: 'chapter', title: 'Two' });
    scene = applyEvent(scene, { kind: 'paper', paper: 'izvestia', headline: 'All power', invented: false });
    expect(scene.front).toEqual({ paper: 'izvestia', headline: 'All power', invented: false });
    scene = applyEvent(scene, { kind: 'scene', vignette: 'smolny_hall' });
    expect(scene).toMatchObject({ vignette: 'smolny_hall', front: null });
    scene = applyEvent(scene, { kind: 'paper', paper: 'den', headline: 'Calm in the capital', invented: false });
    scene = applyEvent(scene, { kind: 'chapter', title: 'Three' });
    expect(scene.front).toBeNull();
    expect(applyEvent(scene, { kind: 'scene', vignette: null }).vignette).toBeNull();
  });

  it('keeps whether the front page is an invented issue', () => {
    const scene = applyEvent(EMPTY_SCENE, {
      kind: 'paper',
      paper: 'izvestia',
      headline: 'Martov leads',
      invented: true,
    });
    expect(scene.front).toEqual({ paper: 'izvestia', headline: 'Martov leads', invented: true });
  });

  it('puts the front page away when the clock moves to another day, not within its own day', () => {
    const at = (day: number, hour: number) => ({ year: 1917, month: 10, day, hour, minute: 0 });
    let scene = applyEvent(EMPTY_SCENE, { kind: 'chapter', title: 'Strike-breakers' });
    scene = applyEvent(scene, { kind: 'time', time: at(18, 8) });
    scene = applyEvent(scene, {
      kind: 'paper',
      paper: 'novaya_zhizn',
      headline: 'Kamenev on the rising',
      invented: false,
    });
    scene = applyEvent(scene, { kind: 'time', time: at(18, 22) });
    expect(scene.front).toEqual({ paper: 'novaya_zhizn', headline: 'Kamenev on the rising', invented: false });
    scene = applyEvent(scene, { kind: 'time', time: at(22, 18) });
    expect(scene.front).toBeNull();
  });
});

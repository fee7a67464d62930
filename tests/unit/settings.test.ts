import { describe, expect, it } from 'vitest';
import { createBus } from '../../src/app/bus.ts';
import type { GameEvents } from '../../src/app/game-events.ts';
import {
  createSettings,
  DEFAULT_SETTINGS,
  isMotionReduced,
  parseSettings,
  SETTINGS_KEY,
  volumesOf,
  type Settings,
} from '../../src/app/settings.ts';
import { createAudioPresenter } from '../../src/audio/audio-presenter.ts';
import type { SoundBank } from '../../src/audio/sound-bank.ts';
import { newSession } from '../../src/core/session.ts';
import { createLocalStore, createMemoryStore, type KeyValueStore } from '../../src/platform/storage.ts';

const CHANGED: Settings = {
  muted: true,
  textSize: 150,
  lineSpacing: 'loose',
  typeface: 'dyslexic',
  theme: 'night',
  reveal: 'paced',
  reducedMotion: 'on',
  masterVolume: 40,
  musicVolume: 0,
  ambienceVolume: 60,
  effectsVolume: 75,
  captions: false,
  recordMarks: false,
};

function storeWith(raw: string): KeyValueStore {
  const store = createMemoryStore();
  store.set(SETTINGS_KEY, raw);
  return store;
}

describe('settings', () => {
  it('starts from the defaults: legible type on paper, instant text, motion as the device, captions on', () => {
    const settings = createSettings(createMemoryStore());
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      typeface: 'legible',
      theme: 'paper',
      reveal: 'instant',
      reducedMotion: 'system',
      captions: true,
      recordMarks: true,
      muted: false,
    });
  });

  it('remembers every field across visits', () => {
    const store = createMemoryStore();
    createSettings(store).update(CHANGED);
    expect(JSON.parse(store.get(SETTINGS_KEY) ?? 'null')).toEqual(CHANGED);
    expect(createSettings(store).get()).toEqual(CHANGED);
  });

  it('keeps the other fields when one changes', () => {
    const store = createMemoryStore();
    const settings = createSettings(store);
    settings.update({ theme: 'contrast' });
    settings.update({ textSize: 200 });
    expect(createSettings(store).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'contrast', textSize: 200 });
  });

  it('falls back field by field: one corrupt value keeps the valid ones', () => {
    const stored = {
      ...CHANGED,
      textSize: 175, // not one of the steps
      lineSpacing: 'double',
      typeface: 42,
      theme: null,
      reveal: ['paced'],
      reducedMotion: 'sometimes',
      masterVolume: 101,
      musicVolume: -5,
      ambienceVolume: 'loud',
      effectsVolume: 33.3,
      captions: 'yes',
      recordMarks: 'off',
      unknown: 'ignored',
    };
    const settings = createSettings(storeWith(JSON.stringify(stored)));
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, muted: true });
  });

  it('keeps the valid fields beside missing ones (an older settings record)', () => {
    const settings = createSettings(storeWith(JSON.stringify({ muted: true, theme: 'night' })));
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, muted: true, theme: 'night' });
  });

  it.each(['not json {', 'null', '42', '"paper"', '[1,2]', ''])('never crashes on a stored %j', (raw) => {
    expect(createSettings(storeWith(raw)).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('validates changes too, so nothing invalid is ever stored', () => {
    const store = createMemoryStore();
    const settings = createSettings(store);
    settings.update({ masterVolume: 500, theme: 'sepia' as Settings['theme'] });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('works for this visit when the browser allows no storage', () => {
    const store = createLocalStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.available).toBe(false);
    const settings = createSettings(store);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    settings.update({ theme: 'night', captions: false });
    expect(settings.get()).toMatchObject({ theme: 'night', captions: false });
    expect(createSettings(store).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells its listeners about each change until they stop listening', () => {
    const settings = createSettings(createMemoryStore());
    const heard: Settings[] = [];
    const stop = settings.subscribe((changed) => heard.push(changed));
    settings.update({ theme: 'night' });
    stop();
    settings.update({ theme: 'paper' });
    expect(heard.map((s) => s.theme)).toEqual(['night']);
  });

  it('reduces motion by the setting, or as the device asks when it says "system"', () => {
    expect(isMotionReduced('system', true)).toBe(true);
    expect(isMotionReduced('system', false)).toBe(false);
    expect(isMotionReduced('on', false)).toBe(true);
    expect(isMotionReduced('off', true)).toBe(false);
  });

  it('turns volumes in percent into gains', () => {
    expect(volumesOf(CHANGED)).toEqual({ master: 0.4, music: 0, ambience: 0.6, effects: 0.75 });
  });

  it('gives the ambience the effects volume when the stored settings predate its own slider', () => {
    const settings = createSettings(storeWith(JSON.stringify({ effectsVolume: 35, musicVolume: 80 })));
    expect(settings.get()).toMatchObject({ effectsVolume: 35, ambienceVolume: 35, musicVolume: 80 });
  });

  it('keeps the other settings when the ambience volume is nonsense', () => {
    const settings = createSettings(storeWith(JSON.stringify({ ambienceVolume: 'loud', theme: 'night' })));
    expect(settings.get()).toMatchObject({ ambienceVolume: 100, theme: 'night' });
  });

  it('remembers every volume and mute across visits', () => {
    const store = createMemoryStore();
    createSettings(store).update({ musicVolume: 25, ambienceVolume: 45, effectsVolume: 65, muted: true });
    expect(createSettings(store).get()).toMatchObject({
      musicVolume: 25,
      ambienceVolume: 45,
      effectsVolume: 65,
      muted: true,
    });
  });
});

/** A sound bank that records what it is asked to do. */
function fakeBank(): {
  bank: SoundBank;
  played: { id: string; volume: number; setTo: number[] }[];
  master: number[];
} {
  const played: { id: string; volume: number; setTo: number[] }[] = [];
  const master: number[] = [];
  const bank: SoundBank = {
    play(sound, options) {
      const record = { id: sound.id, volume: options.volume, setTo: [] as number[] };
      played.push(record);
      return Promise.resolve({ stop: () => undefined, setVolume: (volume: number) => void record.setTo.push(volume) });
    },
    setMuted: () => undefined,
    setMasterVolume: (volume) => void master.push(volume),
    suspend: () => undefined,
    resume: () => undefined,
  };
  return { bank, played, master };
}

// the presenter starts sounds a few tasks after its bank arrives (each step a task of its own)
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('volumes reach the audio presenter', () => {
  const scene = { ...newSession('junker').scene, music: 'internationale', ambience: 'rain_river' };

  it('starts sounds at the player volumes and changes them while they play', async () => {
    const bus = createBus<GameEvents>();
    const { bank, played, master } = fakeBank();
    const settings = createSettings(createMemoryStore());
    settings.update({ masterVolume: 50, musicVolume: 40, ambienceVolume: 30, effectsVolume: 80 });
    const audio = createAudioPresenter({
      bus,
      loadBank: () => Promise.resolve(bank),
      isMuted: () => false,
      volumes: () => volumesOf(settings.get()),
      onFailure: () => undefined,
    });
    settings.subscribe((changed) => audio.setVolumes(volumesOf(changed)));

    bus.emit('session', { session: { ...newSession('junker'), scene }, reset: false });
    bus.emit('sfx', { id: 'door_knock' });
    await flush();
    expect(master).toEqual([0.5]);
    const volumeOf = (id: string): number | undefined => played.find((p) => p.id === id)?.volume;
    expect(volumeOf('internationale')).toBeCloseTo(0.55 * 0.4);
    expect(volumeOf('rain_river')).toBeCloseTo(0.45 * 0.3);
    expect(volumeOf('door_knock')).toBeCloseTo(0.9 * 0.8);

    settings.update({ masterVolume: 20, musicVolume: 100, ambienceVolume: 0, effectsVolume: 0 });
    bus.emit('sfx', { id: 'tram_bell' });
    await flush();
    expect(master).toEqual([0.5, 0.2]);
    expect(played.find((p) => p.id === 'internationale')?.setTo.at(-1)).toBeCloseTo(0.55);
    expect(played.find((p) => p.id === 'rain_river')?.setTo.at(-1)).toBe(0);
    expect(volumeOf('tram_bell')).toBe(0);
    audio.dispose();
  });

  it('plays at full volume when no volumes are given', async () => {
    const bus = createBus<GameEvents>();
    const { bank, played } = fakeBank();
    createAudioPresenter({
      bus,
      loadBank: () => Promise.resolve(bank),
      isMuted: () => false,
      onFailure: () => undefined,
    });
    bus.emit('sfx', { id: 'door_knock' });
    await flush();
    expect(played[0]?.volume).toBeCloseTo(0.9);
  });
});

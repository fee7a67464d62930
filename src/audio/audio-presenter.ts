import type { Bus } from '../app/bus.ts';
import type { GameEvents } from '../app/game-events.ts';
import { findSound, type SoundEntry } from './manifest.ts';
import type { PlayingSound, SoundBank } from './sound-bank.ts';
import { inNextTask } from '../platform/next-task.ts';

const MUSIC_VOLUME = 0.55;
const AMBIENCE_VOLUME = 0.45;
const EFFECT_VOLUME = 0.9;
const CROSSFADE_MS = 1500;

/** The player's volumes as gains, 0–1. */
export interface Volumes {
  readonly master: number;
  readonly music: number;
  readonly ambience: number;
  readonly effects: number;
}

const FULL: Volumes = { master: 1, music: 1, ambience: 1, effects: 1 };

export interface AudioPresenterOptions {
  readonly bus: Bus<GameEvents>;
  /** Loads the sound bank (and howler with it) only when the first sound is wanted. */
  readonly loadBank: () => Promise<SoundBank>;
  readonly isMuted: () => boolean;
  /** The player's volumes (full when not given). */
  readonly volumes?: () => Volumes;
  /** A sound that fails is reported here; play goes on and its caption still shows. */
  readonly onFailure: (message: string) => void;
}

interface Channel {
  /** This channel's level in the mix, scaled by the player's volume. */
  readonly volume: (volumes: Volumes) => number;
  id: string | null;
  playing: Promise<PlayingSound | null> | null;
}

/** Follows the scene's music and ambience and fires the story's effects. */
export function createAudioPresenter(options: AudioPresenterOptions): {
  setMuted(muted: boolean): void;
  /** Pauses every sound where it is (the tab is hidden) or lets them go on; effects fired while paused are skipped
   *  (their captions still show). */
  setPaused(paused: boolean): void;
  /** Applies new volumes to the master, to the music and ambience playing, and to effects from now on. */
  setVolumes(volumes: Volumes): void;
  dispose(): void;
} {
  let volumes = options.volumes?.() ?? FULL;
  let paused = false;
  let bank: Promise<SoundBank> | null = null;
  const getBank = (): Promise<SoundBank> => {
    // A task each for the bank's code arriving, its audio context being made (the first mute or volume
    // makes it: tens of ms on a weak laptop) and the first sounds starting: together they were a long task.
    bank ??= options
      .loadBank()
      .then(inNextTask)
      .then((loaded) => {
        loaded.setMuted(options.isMuted());
        loaded.setMasterVolume(volumes.master);
        if (paused) loaded.suspend();
        return loaded;
      })
      .then(inNextTask);
    return bank;
  };

  const start = (sound: SoundEntry, loop: boolean, volume: number, fadeMs: number): Promise<PlayingSound | null> =>
    getBank()
      .then((loaded) => loaded.play(sound, { loop, volume, fadeMs }))
      .catch((error: unknown) => {
        options.onFailure(error instanceof Error ? error.message : String(error));
        return null;
      });

  const music: Channel = { volume: (v) => MUSIC_VOLUME * v.music, id: null, playing: null };
  const ambience: Channel = { volume: (v) => AMBIENCE_VOLUME * v.ambience, id: null, playing: null };

  const follow = (channel: Channel, id: string | null): void => {
    if (channel.id === id) return;
    void channel.playing?.then((playing) => playing?.stop(CROSSFADE_MS));
    channel.id = id;
    const sound = id ? findSound(id) : undefined;
    if (id && !sound) options.onFailure(`no sound '${id}' in the manifest`);
    channel.playing = sound ? start(sound, true, channel.volume(volumes), CROSSFADE_MS) : null;
  };

  const unsubscribe = [
    options.bus.on('session', ({ session }) => {
      follow(music, session.scene.music);
      follow(ambience, session.scene.ambience);
    }),
    options.bus.on('sfx', ({ id }) => {
      const sound = findSound(id);
      if (!sound) return options.onFailure(`no sound '${id}' in the manifest`);
      if (!paused) void start(sound, false, EFFECT_VOLUME * volumes.effects, 0);
    }),
    options.bus.on('title', () => {
      follow(music, null);
      follow(ambience, null);
    }),
  ];

  return {
    setMuted(muted) {
      void bank?.then((loaded) => loaded.setMuted(muted));
    },
    setPaused(next) {
      if (next === paused) return;
      paused = next;
      void bank?.then((loaded) => (paused ? loaded.suspend() : loaded.resume()));
    },
    setVolumes(next) {
      volumes = next;
      void bank?.then((loaded) => loaded.setMasterVolume(next.master));
      for (const channel of [music, ambience]) {
        void channel.playing?.then((playing) => playing?.setVolume(channel.volume(next)));
      }
    },
    dispose() {
      unsubscribe.forEach((off) => off());
      follow(music, null);
      follow(ambience, null);
    },
  };
}

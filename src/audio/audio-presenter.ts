import type { Bus } from '../app/bus.ts';
import type { GameEvents } from '../app/game-events.ts';
import { findSound, type SoundEntry } from './manifest.ts';
import type { PlayingSound, SoundBank } from './sound-bank.ts';

const MUSIC_VOLUME = 0.55;
const AMBIENCE_VOLUME = 0.45;
const EFFECT_VOLUME = 0.9;
const CROSSFADE_MS = 1500;

export interface AudioPresenterOptions {
  readonly bus: Bus<GameEvents>;
  /** Loads the sound bank (and howler with it) only when the first sound is wanted. */
  readonly loadBank: () => Promise<SoundBank>;
  readonly isMuted: () => boolean;
  /** A sound that fails is reported here; play goes on and its caption still shows. */
  readonly onFailure: (message: string) => void;
}

interface Channel {
  id: string | null;
  playing: Promise<PlayingSound | null> | null;
}

/** Follows the scene's music and ambience and fires the story's effects. */
export function createAudioPresenter(options: AudioPresenterOptions): {
  setMuted(muted: boolean): void;
  dispose(): void;
} {
  let bank: Promise<SoundBank> | null = null;
  const getBank = (): Promise<SoundBank> => {
    bank ??= options.loadBank().then((loaded) => {
      loaded.setMuted(options.isMuted());
      return loaded;
    });
    return bank;
  };

  const start = (sound: SoundEntry, loop: boolean, volume: number, fadeMs: number): Promise<PlayingSound | null> =>
    getBank()
      .then((loaded) => loaded.play(sound, { loop, volume, fadeMs }))
      .catch((error: unknown) => {
        options.onFailure(error instanceof Error ? error.message : String(error));
        return null;
      });

  const music: Channel = { id: null, playing: null };
  const ambience: Channel = { id: null, playing: null };

  const follow = (channel: Channel, id: string | null, volume: number): void => {
    if (channel.id === id) return;
    void channel.playing?.then((playing) => playing?.stop(CROSSFADE_MS));
    channel.id = id;
    const sound = id ? findSound(id) : undefined;
    if (id && !sound) options.onFailure(`no sound '${id}' in the manifest`);
    channel.playing = sound ? start(sound, true, volume, CROSSFADE_MS) : null;
  };

  const unsubscribe = [
    options.bus.on('session', ({ session }) => {
      follow(music, session.scene.music, MUSIC_VOLUME);
      follow(ambience, session.scene.ambience, AMBIENCE_VOLUME);
    }),
    options.bus.on('sfx', ({ id }) => {
      const sound = findSound(id);
      if (!sound) return options.onFailure(`no sound '${id}' in the manifest`);
      void start(sound, false, EFFECT_VOLUME, 0);
    }),
    options.bus.on('title', () => {
      follow(music, null, 0);
      follow(ambience, null, 0);
    }),
  ];

  return {
    setMuted(muted) {
      void bank?.then((loaded) => loaded.setMuted(muted));
    },
    dispose() {
      unsubscribe.forEach((off) => off());
      follow(music, null, 0);
      follow(ambience, null, 0);
    },
  };
}

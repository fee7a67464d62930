import { Howl, Howler } from 'howler';
import type { SoundEntry, SoundFormat } from './manifest.ts';

/** The only module that imports howler. */
export interface SoundBank {
  /** Starts a sound; resolves when it plays, rejects when it cannot load or play. */
  play(sound: SoundEntry, options: { loop: boolean; volume: number; fadeMs: number }): Promise<PlayingSound>;
  setMuted(muted: boolean): void;
  /** The master volume, 0–1, over every sound. */
  setMasterVolume(volume: number): void;
  /** Holds every sound where it is (the audio clock stops), and lets them go on. */
  suspend(): void;
  resume(): void;
}

export interface PlayingSound {
  stop(fadeMs: number): void;
  /** Changes this sound's volume (0–1) at once; ignored once it is stopping. */
  setVolume(volume: number): void;
}

const FORMATS: readonly SoundFormat[] = ['opus', 'mp3'];
const LOOP_SPRITE = 'loop';

export function createSoundBank(urlOf: (file: string) => string | undefined): SoundBank {
  const howls = new Map<string, Howl>();

  const howlFor = (sound: SoundEntry, loop: boolean): { howl: Howl; sprite: string | undefined } => {
    const formats = FORMATS.filter((format) => sound.files[format] && urlOf(sound.files[format] ?? ''));
    const existing = howls.get(sound.id);
    // lamejs leaves an encoder delay at the start: loops play a sprite window that skips it, per format
    const window = sound.loop?.[formats.find((format) => Howler.codecs(format)) ?? 'mp3'];
    const sprite = loop && window ? LOOP_SPRITE : undefined;
    if (existing) return { howl: existing, sprite };
    const howl = new Howl({
      src: formats.map((format) => urlOf(sound.files[format] ?? '') ?? ''),
      format: [...formats],
      preload: true,
      sprite: window ? { [LOOP_SPRITE]: [window.startMs, window.durationMs, true] } : undefined,
    });
    howls.set(sound.id, howl);
    return { howl, sprite };
  };

  return {
    play(sound, options) {
      return new Promise((resolve, reject) => {
        // howler reports a Howl without sources inside its constructor, before anyone listens: say so here
        if (!FORMATS.some((format) => sound.files[format] && urlOf(sound.files[format] ?? ''))) {
          reject(new Error(`sound '${sound.id}' has no file in this build`));
          return;
        }
        const { howl, sprite } = howlFor(sound, options.loop);
        const id = sprite ? howl.play(sprite) : howl.play();
        howl.loop(options.loop, id);
        howl.volume(options.fadeMs > 0 ? 0 : options.volume, id);
        const fail = (): void => reject(new Error(`sound '${sound.id}' could not be played`));
        howl.once('loaderror', () => {
          // forget the broken Howl, so a later cue tries again (and reports again) instead of waiting forever
          if (howls.get(sound.id) === howl) howls.delete(sound.id);
          howl.unload();
          fail();
        });
        howl.once('playerror', fail, id);
        howl.once(
          'play',
          () => {
            if (options.fadeMs > 0) howl.fade(0, options.volume, options.fadeMs, id);
            // setting a volume cancels howler's running fade: never cancel the fade-out that ends in stop
            let stopping = false;
            resolve({
              setVolume(volume) {
                if (!stopping) howl.volume(clamp(volume), id);
              },
              stop(fadeMs) {
                stopping = true;
                if (fadeMs <= 0) return void howl.stop(id);
                howl.fade(howl.volume(id) as number, 0, fadeMs, id);
                howl.once('fade', () => howl.stop(id), id);
              },
            });
          },
          id,
        );
      });
    },
    setMuted(muted) {
      Howler.mute(muted);
    },
    setMasterVolume(volume) {
      Howler.volume(clamp(volume));
    },
    // the context itself, not howler's auto-suspend (which only acts after 30 s of silence): fades and loops
    // stop where they are and go on from there
    suspend() {
      void contextOf()?.suspend();
    },
    resume() {
      void contextOf()?.resume();
    },
  };
}

const clamp = (volume: number): number => Math.min(1, Math.max(0, volume));

/** howler's AudioContext: null until the first Howl, whatever its types say. */
const contextOf = (): AudioContext | null => (Howler as { ctx?: AudioContext | null }).ctx ?? null;

import { describe, expect, it } from 'vitest';
import { createBus } from '../../src/app/bus.ts';
import type { GameEvents } from '../../src/app/game-events.ts';
import { createAudioPresenter } from '../../src/audio/audio-presenter.ts';
import type { SoundBank } from '../../src/audio/sound-bank.ts';
import { applyEvent, type SceneState } from '../../src/core/scene.ts';
import { newSession, type Session } from '../../src/core/session.ts';
import { parseTag } from '../../src/core/tags.ts';

interface Played {
  readonly id: string;
  readonly loop: boolean;
  readonly volume: number;
  readonly fadeMs: number;
  stoppedWith: number | null;
}

/** A sound bank that records every call; `broken` ids fail as a missing or undecodable file does. */
function recordingBank(broken: readonly string[] = []): {
  bank: SoundBank;
  played: Played[];
  calls: string[];
} {
  const played: Played[] = [];
  const calls: string[] = [];
  const bank: SoundBank = {
    play(sound, options) {
      if (broken.includes(sound.id)) return Promise.reject(new Error(`sound '${sound.id}' could not be played`));
      const record: Played = { id: sound.id, ...options, stoppedWith: null };
      played.push(record);
      return Promise.resolve({
        stop: (fadeMs: number) => void (record.stoppedWith = fadeMs),
        setVolume: () => undefined,
      });
    },
    setMuted: (muted) => void calls.push(`muted ${String(muted)}`),
    setMasterVolume: () => undefined,
    suspend: () => void calls.push('suspend'),
    resume: () => void calls.push('resume'),
  };
  return { bank, played, calls };
}

// the presenter starts sounds a few tasks after its bank arrives (each step a task of its own)
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

/** The scene the story's tags make, as the director folds them. */
function sceneFrom(tags: readonly string[], from: SceneState = newSession('lenin').scene): SceneState {
  return tags.reduce((scene, tag) => {
    const parsed = parseTag(tag);
    if (!parsed.ok) throw new Error(parsed.error);
    return applyEvent(scene, parsed.event);
  }, from);
}

function setUp(broken: readonly string[] = []): {
  bus: ReturnType<typeof createBus<GameEvents>>;
  played: Played[];
  calls: string[];
  failures: string[];
  audio: ReturnType<typeof createAudioPresenter>;
  show: (scene: SceneState, reset?: boolean) => Promise<void>;
} {
  const bus = createBus<GameEvents>();
  const { bank, played, calls } = recordingBank(broken);
  const failures: string[] = [];
  const audio = createAudioPresenter({
    bus,
    loadBank: () => Promise.resolve(bank),
    isMuted: () => false,
    onFailure: (message) => void failures.push(message),
  });
  const show = async (scene: SceneState, reset = false): Promise<void> => {
    const session: Session = { ...newSession('lenin'), scene };
    bus.emit('session', { session, reset });
    await flush();
  };
  return { bus, played, calls, failures, audio, show };
}

describe('the audio presenter', () => {
  it('turns music and ambience tags into looping sounds, faded in, and sfx into sounds played once', async () => {
    const { bus, played, show } = setUp();
    await show(sceneFrom(['music: internationale', 'ambience: crowd_corridor']));
    bus.emit('sfx', { id: 'aurora_blank' });
    await flush();
    expect(played.map(({ id, loop, fadeMs }) => ({ id, loop, fadeMs }))).toEqual([
      { id: 'internationale', loop: true, fadeMs: 1500 },
      { id: 'crowd_corridor', loop: true, fadeMs: 1500 },
      { id: 'aurora_blank', loop: false, fadeMs: 0 },
    ]);
  });

  it('cross-fades music: the old piece fades out as the new one fades in; ambience layers on undisturbed', async () => {
    const { played, show } = setUp();
    const first = sceneFrom(['music: internationale', 'ambience: rain_river']);
    await show(first);
    await show(sceneFrom(['music: palace_march'], first));
    const byId = (id: string): Played | undefined => played.find((p) => p.id === id);
    expect(byId('internationale')?.stoppedWith).toBe(1500);
    expect(byId('palace_march')).toMatchObject({ loop: true, fadeMs: 1500, stoppedWith: null });
    expect(byId('rain_river')?.stoppedWith).toBeNull();
    expect(played.filter((p) => p.id === 'rain_river')).toHaveLength(1);
  });

  it('stops music with the off form and leaves the ambience playing', async () => {
    const { played, show } = setUp();
    const first = sceneFrom(['music: funeral_march', 'ambience: street_night']);
    await show(first);
    await show(sceneFrom(['music: off'], first));
    expect(played.find((p) => p.id === 'funeral_march')?.stoppedWith).toBe(1500);
    expect(played.find((p) => p.id === 'street_night')?.stoppedWith).toBeNull();
  });

  it('restores what a loaded or rewound scene plays, and does not restart what already plays', async () => {
    const { played, show } = setUp();
    const before = sceneFrom(['music: salon_waltz_quiet', 'ambience: palace_rooms']);
    const after = sceneFrom(['music: internationale', 'ambience: railway'], before);
    await show(after);
    await show(before, true); // rewind: back to the waltz in the palace
    expect(played.map((p) => p.id)).toEqual(['internationale', 'railway', 'salon_waltz_quiet', 'palace_rooms']);
    expect(played.slice(0, 2).map((p) => p.stoppedWith)).toEqual([1500, 1500]);
    await show(before, true); // loading the same moment again changes nothing
    expect(played).toHaveLength(4);
  });

  it('goes on when a file is missing or undecodable, and names the id', async () => {
    const { bus, played, failures, show } = setUp(['internationale']);
    await show(sceneFrom(['music: internationale', 'ambience: barracks']));
    bus.emit('sfx', { id: 'not_a_sound' });
    bus.emit('sfx', { id: 'volley' });
    await flush();
    expect(failures).toEqual(["sound 'internationale' could not be played", "no sound 'not_a_sound' in the manifest"]);
    expect(played.map((p) => p.id)).toEqual(['barracks', 'volley']);
  });

  it('suspends the bank while the tab is hidden, skips effects meanwhile, and resumes after', async () => {
    const { bus, played, calls, audio, show } = setUp();
    await show(sceneFrom(['ambience: motor_road']));
    audio.setPaused(true);
    bus.emit('sfx', { id: 'motor_car' });
    await flush();
    audio.setPaused(false);
    bus.emit('sfx', { id: 'door_slam' });
    await flush();
    expect(calls.filter((c) => c === 'suspend' || c === 'resume')).toEqual(['suspend', 'resume']);
    expect(played.map((p) => p.id)).toEqual(['motor_road', 'door_slam']);
  });

  it('loads nothing before the story asks for a sound, and a bank loaded while hidden starts suspended', async () => {
    const bus = createBus<GameEvents>();
    const { bank, calls } = recordingBank();
    let loads = 0;
    const audio = createAudioPresenter({
      bus,
      loadBank: () => {
        loads++;
        return Promise.resolve(bank);
      },
      isMuted: () => true,
      onFailure: () => undefined,
    });
    audio.setPaused(true);
    audio.setMuted(true);
    await flush();
    expect(loads).toBe(0);
    bus.emit('sfx', { id: 'crowd_shout' }); // an effect while hidden is skipped: nothing to load for it
    await flush();
    expect(loads).toBe(0);
    bus.emit('session', {
      session: { ...newSession('kerensky'), scene: sceneFrom(['ambience: barracks']) },
      reset: true,
    });
    await flush();
    expect(loads).toBe(1);
    expect(calls).toEqual(['muted true', 'suspend']);
  });
});

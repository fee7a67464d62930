import type { Director } from '../app/director.ts';
import { Narrator } from '../core/narrator.ts';
import { replayRun, type Break, type Replayed, type RunRecord } from '../core/replay.ts';
import type { LiveStory } from './live-story.ts';
import type { RunTracker } from './run-tracker.ts';
import type { DevStatus } from './status.ts';

/** What every part of the writers' room works with. */
export interface DevRoom {
  readonly live: LiveStory;
  readonly tracker: RunTracker;
  readonly director: Director;
  /** The hash of the story the page loaded with (saves made here name it). */
  readonly storyHash: string;
  readonly status: DevStatus;
  /** Replays a run on the live story without showing it (the panel reads the passage from it). */
  replay(record: RunRecord): Replayed;
  /** Replays a run on the live story and shows where it ends; says where it broke, if it did. */
  play(record: RunRecord): Break | null;
  showGame(): void;
}

export function createRoom(parts: Omit<DevRoom, 'replay' | 'play'>): DevRoom {
  const room: DevRoom = {
    ...parts,
    // a fresh narrator every time: the director's own stays at the moment on screen until the replay is shown
    replay: (record) => replayRun(new Narrator(parts.live.part(record.role)), record),
    play(record) {
      const replayed = room.replay(record);
      parts.tracker.expect({ ...record, choices: record.choices.slice(0, replayed.session.path.length) });
      parts.showGame();
      parts.director.resume(replayed.session, replayed.before);
      return replayed.broke;
    },
  };
  return room;
}

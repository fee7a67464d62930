import { Narrator, StoryRuntimeError, type StoryProblem } from '../core/narrator.ts';
import type { Role } from '../core/roles.ts';
import { createSave, readSave, serializeSave } from '../core/save-file.ts';
import { newSession, reduceBeat, type Reduced, type Session } from '../core/session.ts';
import type { KeyValueStore } from '../platform/storage.ts';
import type { Bus } from './bus.ts';
import type { GameEvents } from './game-events.ts';

export const AUTOSAVE_KEY = 'petrograd1917.autosave';
/** Where an autosave that no longer fits the story is kept rather than overwritten. */
export const KEPT_SAVE_KEY = 'petrograd1917.autosave.kept';
const HISTORY_LIMIT = 100;

export interface Director {
  startRole(role: Role): void;
  choose(inkIndex: number): void;
  /** Back to the moment before the last choice; false when there is none. */
  goBack(): boolean;
  restart(): void;
  toTitle(): void;
  /** Continues the autosaved run; false (with a notice) when there is none or it cannot be read. */
  resume(): boolean;
  hasAutosave(): boolean;
  current(): Session | null;
}

export interface DirectorOptions {
  readonly story: string | Record<string, unknown>;
  readonly storyHash: string;
  readonly bus: Bus<GameEvents>;
  readonly store: KeyValueStore;
  readonly onStoryProblem?: (problem: StoryProblem) => void;
  readonly now?: () => Date;
}

export function createDirector(options: DirectorOptions): Director {
  const { bus, store } = options;
  const now = options.now ?? (() => new Date());
  const narrator = new Narrator(options.story, { onProblem: options.onStoryProblem ?? (() => undefined) });
  let session: Session | null = null;
  let history: Session[] = [];
  let warnedAboutSaves = false;

  const autosave = (): void => {
    if (!session) return;
    const result = store.set(AUTOSAVE_KEY, serializeSave(createSave(session, options.storyHash, now())));
    if (!result.ok && !warnedAboutSaves) {
      warnedAboutSaves = true;
      const message =
        result.reason === 'full'
          ? 'Your browser’s storage is full, so progress is not being saved. The game plays on.'
          : 'Saving is off in this browser (storage is unavailable). The game plays on, but progress will not be kept.';
      bus.emit('notice', { id: 'saves-off', message });
    }
  };

  const show = (next: Session, reset: boolean, effects: readonly string[] = []): void => {
    session = next;
    autosave();
    bus.emit('session', { session: next, reset });
    effects.forEach((id) => bus.emit('sfx', { id }));
  };

  // inkjs throws plain Errors too (a missing knot, a broken state): every one is the story's fault, not the player's
  const fail = (error: unknown): void => {
    const detail = error instanceof StoryRuntimeError || error instanceof Error ? error.message : String(error);
    bus.emit('problem', {
      message: 'The story’s script went wrong at this point and cannot go on from here.',
      detail,
      canGoBack: history.length > 0,
    });
  };

  const begin = (role: Role): Reduced => reduceBeat(newSession(role), narrator.start(role), narrator.saveState());

  /** Plays a recorded path on the current story; null if the story no longer offers one of its choices. */
  const replay = (role: Role, path: readonly number[]): Session | null => {
    let replayed = begin(role).session;
    for (const index of path) {
      const chosen = replayed.choices.find((choice) => choice.index === index);
      if (!chosen) return null;
      replayed = reduceBeat(replayed, narrator.choose(index), narrator.saveState(), chosen).session;
    }
    return replayed;
  };

  return {
    startRole(role) {
      history = [];
      try {
        const { session: first, effects } = begin(role);
        show(first, true, effects);
      } catch (error) {
        fail(error);
      }
    },
    choose(inkIndex) {
      if (!session) return;
      const chosen = session.choices.find((choice) => choice.index === inkIndex);
      if (!chosen) return;
      const before = session;
      try {
        narrator.loadState(before.inkState);
        const beat = narrator.choose(inkIndex);
        const { session: next, effects } = reduceBeat(before, beat, narrator.saveState(), chosen);
        history = [...history, before].slice(-HISTORY_LIMIT);
        show(next, false, effects);
      } catch (error) {
        history = [...history, before].slice(-HISTORY_LIMIT);
        fail(error);
      }
    },
    goBack() {
      const previous = history.at(-1);
      if (!previous) return false;
      history = history.slice(0, -1);
      narrator.loadState(previous.inkState);
      show(previous, true);
      return true;
    },
    restart() {
      if (session) this.startRole(session.role);
    },
    toTitle() {
      bus.emit('title', {});
    },
    hasAutosave() {
      return store.get(AUTOSAVE_KEY) !== null;
    },
    resume() {
      const text = store.get(AUTOSAVE_KEY);
      if (text === null) return false;
      const read = readSave(text, options.storyHash);
      if (!read.ok) {
        bus.emit('notice', { id: 'save-unreadable', message: `${read.reason} It has been left as it was.` });
        return false;
      }
      history = [];
      try {
        if (!read.storyChanged) {
          narrator.loadState(read.save.session.inkState);
          show(read.save.session, true);
          return true;
        }
        const replayed = replay(read.save.session.role, read.save.session.path);
        if (!replayed) {
          store.set(KEPT_SAVE_KEY, text);
          bus.emit('notice', {
            id: 'save-mismatch',
            message:
              'The story has changed since this game was saved and its choices no longer fit. The old save has been kept untouched.',
          });
          return false;
        }
        bus.emit('notice', {
          id: 'save-replayed',
          message: 'The story has changed since this game was saved; your choices were replayed on the new version.',
        });
        show(replayed, true);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    current: () => session,
  };
}

import { Narrator, type StoryProblem } from '../core/narrator.ts';
import type { Role } from '../core/roles.ts';
import { createSave, readSave, serializeSave, type SaveFile } from '../core/save-file.ts';
import { newSession, reduceBeat, withinBeginning, type BeganAt, type Reduced, type Session } from '../core/session.ts';
import type { KeyValueStore } from '../platform/storage.ts';
import { AUTOSAVE_KEY } from './autosave-key.ts';
import type { Bus } from './bus.ts';
import type { GameEvents } from './game-events.ts';

export { AUTOSAVE_KEY };
/** Snapshots kept for going back at once; older moments are rebuilt by replaying the path. */
const HISTORY_LIMIT = 100;
/** No run of any role is longer than this many choices: a path search stops here. */
const PATH_LIMIT = 1000;

/** What came of opening a save (the autosave, a slot, or an imported file). */
export type OpenOutcome =
  | { readonly kind: 'opened' }
  | { readonly kind: 'refused'; readonly reason: string }
  /** The story changed since the save: nothing is loaded until the player agrees to replay its choices. */
  | { readonly kind: 'story-changed'; readonly save: SaveFile };

export interface Director {
  startRole(role: Role): void;
  /**
   * Builds the role's story (ink's runtime from its JSON, the longest step of a start) ahead of
   * startRole, so that the caller can give it a task of its own. A problem is left for startRole to report.
   */
  prepareStory(role: Role): void;
  /**
   * Plays the role's opening aside (building its story first if need be); the next startRole of that
   * role then only shows it. A problem is left for startRole to report.
   */
  prepareOpening(role: Role): void;
  choose(inkIndex: number): void;
  /** Back to the moment before the last choice; false when there is none. */
  goBack(): boolean;
  /** Back to the moment before choice number `choiceNumber` (0 = the first) of this run, to choose again. */
  rewindTo(choiceNumber: number): boolean;
  restartChapter(): void;
  restartRole(): void;
  toTitle(): void;
  /** Opens a save from its text; never loads a save made on another version of the story without asking. */
  open(text: string): OpenOutcome;
  /** Plays a save's recorded choices on the current story; false (nothing changed) if they no longer fit. */
  replay(save: SaveFile): boolean;
  /**
   * A new run of the role, replaying `path` (ink choice indices) to the choice point it leads to; `beganAt`
   * names the decision a run begun there starts at (its choices before it are then history's, not the player's).
   */
  startAt(role: Role, path: readonly number[], beganAt?: BeganAt): boolean;
  /**
   * The path (ink choice indices) from the role's start that takes `pick` at every choice point until
   * `here` holds, played aside without showing anything; null if the story ends or `pick` finds nothing first.
   */
  pathTo(
    role: Role,
    pick: (session: Session) => number | undefined,
    here: (session: Session) => boolean,
  ): number[] | null;
  autosaveText(): string | null;
  current(): Session | null;
  /** Plays on a rebuilt story from now on (the writers' room, after an edit); the moment on screen stays. */
  replaceStory(story: StoryData | ((role: Role) => StoryData)): void;
  /** Shows a moment built elsewhere (a replay on an edited story), with the moments before it for going back. */
  resume(moment: Session, before: readonly Session[]): void;
}

/** A compiled ink story, as inkjs takes it. */
export type StoryData = string | Record<string, unknown>;

export interface DirectorOptions {
  /**
   * The whole story, or where to find each role's part of it. The game fetches a role's part before it
   * asks the director to play that role (see role-stories.ts); a lookup may throw if it has not.
   */
  readonly story: StoryData | ((role: Role) => StoryData);
  readonly storyHash: string;
  readonly bus: Bus<GameEvents>;
  readonly store: KeyValueStore;
  readonly onStoryProblem?: (problem: StoryProblem) => void;
  readonly now?: () => Date;
}

export function createDirector(options: DirectorOptions): Director {
  const { bus, store } = options;
  const now = options.now ?? (() => new Date());
  const onProblem = options.onStoryProblem ?? (() => undefined);
  let { story } = options;
  let whole = typeof story === 'function' ? null : new Narrator(story, { onProblem });
  const parts = new Map<Role, Narrator>();
  /** The whole story serves every role; a role's part gets its narrator the first time it is played. */
  const narratorFor = (role: Role): Narrator => {
    if (whole) return whole;
    const known = parts.get(role);
    if (known) return known;
    const made = new Narrator(typeof story === 'function' ? story(role) : story, { onProblem });
    parts.set(role, made);
    return made;
  };
  let session: Session | null = null;
  let history: Session[] = [];
  /** A role's opening played by prepareOpening, for the next startRole of that role. */
  let opening: { readonly role: Role; readonly reduced: Reduced } | null = null;
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

  const show = (shown: Session, reset: boolean, effects: readonly string[] = []): void => {
    const next = withinBeginning(shown);
    session = next;
    autosave();
    bus.emit('session', { session: next, reset });
    effects.forEach((id) => bus.emit('sfx', { id }));
  };

  // inkjs throws plain Errors too (a missing knot, a broken state): every one is the story's fault, not the player's
  const fail = (error: unknown): void => {
    const detail = error instanceof Error ? error.message : String(error);
    bus.emit('problem', {
      message: 'The story’s script went wrong at this point and cannot go on from here.',
      detail,
      canGoBack: history.length > 0,
    });
  };

  const begin = (role: Role): Reduced => {
    const narrator = narratorFor(role);
    return reduceBeat(newSession(role), narrator.start(role), narrator.saveState());
  };

  /** Plays a recorded path from the role's start; null if the story no longer offers one of its choices. */
  const replayPath = (
    role: Role,
    path: readonly number[],
    beganAt?: BeganAt,
  ): { end: Session; before: Session[] } | null => {
    const first = begin(role).session;
    let replayed = beganAt ? { ...first, beganAt } : first;
    const narrator = narratorFor(role);
    const before: Session[] = [];
    for (const index of path) {
      const chosen = replayed.choices.find((choice) => choice.index === index);
      if (!chosen) return null;
      before.push(replayed);
      replayed = reduceBeat(replayed, narrator.choose(index), narrator.saveState(), chosen).session;
    }
    return { end: replayed, before };
  };

  /** Replays a path and shows where it ends, keeping its moments as snapshots; false if it no longer fits. */
  const showReplayed = (role: Role, path: readonly number[], beganAt?: BeganAt): boolean => {
    const replayed = replayPath(role, path, beganAt);
    if (!replayed) return false;
    history = replayed.before.slice(-HISTORY_LIMIT);
    show(replayed.end, true);
    return true;
  };

  /** Shows an earlier moment of this run: from the snapshots if kept, else rebuilt by replaying. */
  const returnTo = (choiceNumber: number): boolean => {
    if (!session || choiceNumber < 0 || choiceNumber > session.path.length) return false;
    const path = session.path.slice(0, choiceNumber);
    const kept = history.findIndex((moment) => moment.path.length === choiceNumber);
    try {
      if (kept >= 0 && history[kept]) {
        const moment = history[kept];
        history = history.slice(0, kept);
        narratorFor(moment.role).loadState(moment.inkState);
        show(moment, true);
        return true;
      }
      return showReplayed(session.role, path, session.beganAt);
    } catch (error) {
      fail(error);
      return false;
    }
  };

  return {
    startRole(role) {
      history = [];
      // a prepared opening holds its own ink state: it stays right whatever the narrator did since
      const prepared = opening?.role === role ? opening.reduced : null;
      opening = null;
      try {
        const { session: first, effects } = prepared ?? begin(role);
        show(first, true, effects);
      } catch (error) {
        fail(error);
      }
    },
    prepareStory(role) {
      try {
        narratorFor(role);
      } catch {
        // startRole meets the same problem and reports it
      }
    },
    prepareOpening(role) {
      try {
        opening = { role, reduced: begin(role) };
      } catch {
        opening = null; // startRole meets the same problem and reports it
      }
    },
    choose(inkIndex) {
      if (!session) return;
      const chosen = session.choices.find((choice) => choice.index === inkIndex);
      if (!chosen) return;
      const before = session;
      history = [...history, before].slice(-HISTORY_LIMIT);
      try {
        const narrator = narratorFor(before.role);
        narrator.loadState(before.inkState);
        const { session: next, effects } = reduceBeat(before, narrator.choose(inkIndex), narrator.saveState(), chosen);
        show(next, false, effects);
      } catch (error) {
        fail(error);
      }
    },
    goBack() {
      const previous = history.at(-1);
      if (!previous) return session ? returnTo(session.path.length - 1) : false;
      history = history.slice(0, -1);
      narratorFor(previous.role).loadState(previous.inkState);
      show(previous, true);
      return true;
    },
    rewindTo: returnTo,
    restartChapter() {
      if (session) returnTo(session.chapterStartAt);
    },
    restartRole() {
      if (session) this.startRole(session.role);
    },
    toTitle() {
      bus.emit('title', {});
    },
    autosaveText: () => store.get(AUTOSAVE_KEY),
    open(text) {
      const read = readSave(text, options.storyHash);
      if (!read.ok) return { kind: 'refused', reason: read.reason };
      if (read.storyChanged) return { kind: 'story-changed', save: read.save };
      try {
        narratorFor(read.save.session.role).loadState(read.save.session.inkState);
      } catch {
        return { kind: 'refused', reason: 'The save is damaged: the story cannot resume from it.' };
      }
      history = [];
      show(read.save.session, true);
      return { kind: 'opened' };
    },
    replay(save) {
      return this.startAt(save.session.role, save.session.path, save.session.beganAt);
    },
    startAt(role, path, beganAt) {
      try {
        return showReplayed(role, path, beganAt);
      } catch (error) {
        fail(error);
        return false;
      }
    },
    pathTo(role, pick, here) {
      const narrator = narratorFor(role);
      const saved = session && narratorFor(session.role) === narrator ? session.inkState : null;
      try {
        let moment = begin(role).session;
        for (let steps = 0; steps < PATH_LIMIT; steps++) {
          if (here(moment)) return [...moment.path];
          const index = pick(moment);
          const chosen = moment.choices.find((choice) => choice.index === index);
          if (index === undefined || !chosen) return null;
          moment = reduceBeat(moment, narrator.choose(index), narrator.saveState(), chosen).session;
        }
        return null;
      } finally {
        // the narrator is shared with the run on screen: put it back where that run stands
        if (saved !== null) narrator.loadState(saved);
      }
    },
    current: () => session,
    replaceStory(next) {
      story = next;
      opening = null;
      whole = typeof next === 'function' ? null : new Narrator(next, { onProblem });
      parts.clear();
    },
    resume(moment, before) {
      try {
        narratorFor(moment.role).loadState(moment.inkState);
      } catch (error) {
        fail(error);
        return;
      }
      history = before.slice(-HISTORY_LIMIT);
      show(moment, true);
    },
  };
}

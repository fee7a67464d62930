import type { CodexEntry } from '../core/codex-entry.ts';
import type { HistoryContent } from './debrief-content.ts';

/** The reference texts: the codex entries, the real timeline and the historians' notes. */
export interface Library extends HistoryContent {
  readonly codex: readonly CodexEntry[];
}

export interface LibraryLoader {
  /** Fetches the library once (its chunk holds the codex's text and the debrief's content files). */
  load(): Promise<Library>;
  /** The library if it has arrived. */
  now(): Library | null;
}

/**
 * Nothing on the first page needs the library, so it is a chunk of its own: fetched when the player
 * opens the codex or reaches an ending, or at rest once the story is on screen.
 */
export function createLibraryLoader(onProblem: (message: string) => void): LibraryLoader {
  let arrived: Library | null = null;
  let pending: Promise<Library> | null = null;
  return {
    load() {
      pending ??= Promise.all([import('virtual:codex'), import('./debrief-content.ts')]).then(
        ([codex, content]) => {
          arrived = { ...content.loadHistoryContent(onProblem), codex: codex.default };
          return arrived;
        },
        (error: unknown) => {
          pending = null; // the next attempt (perhaps back online) fetches it again
          throw error instanceof Error ? error : new Error(String(error));
        },
      );
      return pending;
    },
    now: () => arrived,
  };
}

import type { CodexEntry } from '../core/codex-entry.ts';
import type { HistoryContent } from './debrief-content.ts';
import { loadOnce, type LoadOnce } from './load-once.ts';

/** The reference texts: the codex entries, the real timeline and the historians' notes. */
export interface Library extends HistoryContent {
  readonly codex: readonly CodexEntry[];
}

/** Fetches the library once (its chunk holds the codex's text and the debrief's content files). */
export type LibraryLoader = LoadOnce<Library>;

/**
 * Nothing on the first page needs the library, so it is a chunk of its own: fetched when the player
 * opens the codex or reaches an ending, or at rest once the story is on screen.
 */
export function createLibraryLoader(onProblem: (message: string) => void): LibraryLoader {
  return loadOnce(() =>
    Promise.all([import('virtual:codex'), import('./debrief-content.ts')]).then(([codex, content]) => ({
      ...content.loadHistoryContent(onProblem),
      codex: codex.default,
    })),
  );
}

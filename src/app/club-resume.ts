import type { SaveFile } from '../core/save-file.ts';
import { serializeSave } from '../core/save-file.ts';
import type { Bus } from './bus.ts';
import type { Director } from './director.ts';
import type { GameEvents } from './game-events.ts';

export type ClubOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Puts a club slot's game back on screen: as saved, or with its choices replayed on a changed
 * story. Says so when the story changed, and when the group had already reached an ending (a
 * finished session opens on its ending, not on a decision, and the facilitator should know why).
 */
export function openClubGame(director: Director, bus: Bus<GameEvents>, game: SaveFile, slot: number): ClubOutcome {
  const opened = director.open(serializeSave(game));
  const replayed = opened.kind === 'story-changed' && director.replay(opened.save);
  if (replayed)
    bus.emit('notice', {
      id: 'club-replayed',
      message: 'The story has changed since last time: the group’s choices were replayed on the new version.',
    });
  if (opened.kind === 'opened' || replayed) {
    if (director.current()?.ending)
      bus.emit('notice', {
        id: 'club-finished',
        message: `Club slot ${slot} is finished — ending reached. The session report has every vote; “Choose again here” goes back to an earlier decision.`,
      });
    return { ok: true };
  }
  return {
    ok: false,
    reason:
      opened.kind === 'refused'
        ? `Club slot ${slot} could not be opened. ${opened.reason}`
        : `Club slot ${slot} was played on an earlier version of the story, and its choices no longer fit. It has been kept untouched.`,
  };
}

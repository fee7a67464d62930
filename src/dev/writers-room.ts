import './writers.css';
import type { Bus } from '../app/bus.ts';
import type { Director } from '../app/director.ts';
import type { GameEvents } from '../app/game-events.ts';
import type { RoleStories } from '../app/role-stories.ts';
import { startEditInPlace } from './edit-in-place.ts';
import { createLiveStory } from './live-story.ts';
import { createWritersPanel } from './panel.ts';
import { keepRunAcrossReloads } from './restore.ts';
import { createRoom } from './room.ts';
import { createRunTracker } from './run-tracker.ts';
import { createDevStatus } from './status.ts';

export interface WritersRoomParts {
  readonly bus: Bus<GameEvents>;
  readonly director: Director;
  readonly stories: RoleStories;
  readonly storyHash: string;
  /** Where the panel and the status line go. */
  readonly root: HTMLElement;
  readonly showGame: () => void;
}

/**
 * The writers' room, in `npm start` only: the story edited in place, and the writers' panel. The
 * composition root reaches it through `import.meta.env.DEV`, so the production build never holds it.
 */
export function startWritersRoom(parts: WritersRoomParts): void {
  const { bus, director, root } = parts;
  const live = createLiveStory(parts.stories);
  const status = createDevStatus();
  const room = createRoom({
    live,
    tracker: createRunTracker(),
    director,
    storyHash: parts.storyHash,
    status,
    showGame: parts.showGame,
  });
  // from now on the director plays the story as the dev server has it after every save
  director.replaceStory((role) => live.part(role));
  const panel = createWritersPanel(room);
  root.append(status.element, ...panel.elements);
  bus.on('session', ({ session }) => {
    room.tracker.follow(session);
    panel.refresh(session);
  });
  bus.on('title', () => panel.refresh(null));
  const onScreen = (): boolean => document.body.dataset['screen'] === 'game' && director.current() !== null;
  startEditInPlace(room, onScreen);
  keepRunAcrossReloads(room, onScreen);
}

import { ROLES, type Role } from '../core/roles.ts';
import type { StoryData } from './director.ts';

type PartLoader = () => Promise<{ readonly default: StoryData }>;

/** Each role's part of the story is its own chunk, fetched when that role is first played or resumed. */
const STORY_PARTS: Readonly<Record<Role, PartLoader>> = {
  lenin: () => import('../../story/main.ink?role=lenin'),
  kerensky: () => import('../../story/main.ink?role=kerensky'),
  junker: () => import('../../story/main.ink?role=junker'),
};

export interface RoleStories {
  /** The role's part, which must have been fetched (the director asks only for roles made ready). */
  part(role: Role): StoryData;
  /** Fetches the role's part once; rejects with a message for the player if it cannot arrive. */
  ready(role: Role): Promise<void>;
  /** Every role's part: for the views that may start any role (club mode, the map of choices). */
  readyAll(): Promise<void>;
}

export function createRoleStories(loaders: Readonly<Record<Role, PartLoader>> = STORY_PARTS): RoleStories {
  const arrived = new Map<Role, StoryData>();
  const pending = new Map<Role, Promise<void>>();
  const stories: RoleStories = {
    part(role) {
      const story = arrived.get(role);
      if (story === undefined) throw new Error(`the story of the ${role} role has not been fetched`);
      return story;
    },
    ready(role) {
      if (arrived.has(role)) return Promise.resolve();
      const waiting = pending.get(role);
      if (waiting) return waiting;
      const fetched = loaders[role]().then(
        (module) => {
          arrived.set(role, module.default);
        },
        (error: unknown) => {
          // forgotten, so that the next attempt (perhaps back online) fetches it again
          pending.delete(role);
          throw new Error(
            'This part of the story could not be loaded: the connection may be down and it is not yet kept on this device. Nothing has been lost; try again when you are online.',
            { cause: error },
          );
        },
      );
      pending.set(role, fetched);
      return fetched;
    },
    readyAll: () => Promise.all(ROLES.map((role) => stories.ready(role))).then(() => undefined),
  };
  return stories;
}

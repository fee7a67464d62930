import { ROLES, type Role } from '../core/roles.ts';
import type { StoryData } from './director.ts';
import { loadOnce, type LoadOnce } from './load-once.ts';

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
  const parts = new Map(
    ROLES.map((role) => [role, loadOnce(() => loaders[role]().then((module) => module.default))] as const),
  );
  const partOf = (role: Role): LoadOnce<StoryData> => {
    const part = parts.get(role);
    if (!part) throw new Error(`no story for a role called ${role}`);
    return part;
  };
  const stories: RoleStories = {
    part(role) {
      const story = partOf(role).now();
      if (story === null) throw new Error(`the story of the ${role} role has not been fetched`);
      return story;
    },
    ready(role) {
      return partOf(role)
        .load()
        .then(
          () => undefined,
          (error: unknown) => {
            throw new Error(
              'This part of the story could not be loaded: the connection may be down and it is not yet kept on this device. Nothing has been lost; try again when you are online.',
              { cause: error },
            );
          },
        );
    },
    readyAll: () => Promise.all(ROLES.map((role) => stories.ready(role))).then(() => undefined),
  };
  return stories;
}

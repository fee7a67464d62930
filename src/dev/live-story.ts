import type { RoleStories } from '../app/role-stories.ts';
import type { StoryData } from '../app/director.ts';
import { ROLES, type Role } from '../core/roles.ts';
import { STORY_CHANGED_EVENT, type StoryChanged } from './story-event.ts';

/** The story as the dev server has it now: each role's part, fetched again after every save. */
export interface LiveStory {
  /** The newest part of the role that has arrived (the director asks for it synchronously). */
  part(role: Role): StoryData;
  /** Fetches the role's newest part if it is not here yet. Rejects while the story does not compile. */
  ready(role: Role): Promise<StoryData>;
  /** Hears every save of an .ink file (the file's path, relative to the project). */
  onChange(listener: (file: string) => void): void;
  /** Fetches the newest part of every role; resolves when `role`'s (the one on screen) is here, rejects if it does not compile. */
  refresh(role: Role | null): Promise<void>;
}

/** Changes this close together are one save. */
const SAVE_SETTLES_MS = 40;

function isStoryChanged(data: unknown): data is StoryChanged {
  if (typeof data !== 'object' || data === null) return false;
  const { file, parts } = data as { file?: unknown; parts?: unknown };
  return typeof file === 'string' && typeof parts === 'object' && parts !== null;
}

/** A module URL fetched again: `import` makes the dev server compile it, the time makes the browser fetch it anew. */
const fresh = (url: string): string => `${url}${url.includes('?') ? '&' : '?'}import&t=${Date.now()}`;

export function createLiveStory(stories: RoleStories): LiveStory {
  /** Bumped at every save; a part fetched under an older generation is stale. */
  let generation = 0;
  const urls = new Map<Role, string>();
  const fetched = new Map<Role, { readonly generation: number; readonly data: StoryData }>();
  const listeners: ((file: string) => void)[] = [];

  const fetchPart = async (role: Role): Promise<StoryData> => {
    const url = urls.get(role);
    const wanted = generation;
    if (!url) {
      // not played on this page before a save: role-stories' own import is already the newest
      await stories.ready(role);
      return stories.part(role);
    }
    const module = (await import(/* @vite-ignore */ fresh(url))) as { default: StoryData };
    fetched.set(role, { generation: wanted, data: module.default });
    return module.default;
  };

  const live: LiveStory = {
    part(role) {
      return fetched.get(role)?.data ?? stories.part(role);
    },
    async ready(role) {
      const known = fetched.get(role);
      if (known?.generation === generation) return known.data;
      return fetchPart(role);
    },
    onChange(listener) {
      listeners.push(listener);
    },
    async refresh(role) {
      // the role on screen first (the server compiles one part at a time), then the others in the
      // background, so that starting one later plays the edited story too
      if (role) await live.ready(role);
      const others = ROLES.filter((known) => known !== role && urls.has(known)).map((other) => live.ready(other));
      if (!role) await Promise.all(others);
      // the role on screen has already reported a story that does not compile
      else for (const other of others) other.catch(() => undefined);
    },
  };

  // an editor's save often reaches the watcher as two changes: one fetch (one compile) for both
  let pending = 0;
  import.meta.hot?.on(STORY_CHANGED_EVENT, (data: unknown) => {
    if (!isStoryChanged(data)) return;
    generation++;
    for (const role of ROLES) {
      const url = data.parts[role];
      if (url) urls.set(role, url);
    }
    window.clearTimeout(pending);
    pending = window.setTimeout(() => {
      listeners.forEach((listener) => listener(data.file));
    }, SAVE_SETTLES_MS);
  });
  return live;
}

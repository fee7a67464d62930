import { EMPTY_EXPLORATION, explore, readExploration, type Exploration } from '../core/choice-map/exploration.ts';
import { ROLES, type Role } from '../core/roles.ts';
import type { Session } from '../core/session.ts';
import type { KeyValueStore } from '../platform/storage.ts';
import type { Bus } from './bus.ts';
import type { GameEvents } from './game-events.ts';

const keyOf = (role: Role): string => `petrograd1917.explored.${role}`;

export interface ExplorationStore {
  /** What the player has explored of this role across runs (kept in memory too, so no storage loses only the past). */
  get(role: Role): Exploration;
}

/** Follows every moment the director shows and keeps, per role, the choice points, options and endings reached. */
export function createExplorationStore(bus: Bus<GameEvents>, store: KeyValueStore): ExplorationStore {
  const known = new Map<Role, Exploration>(ROLES.map((role) => [role, readExploration(store.get(keyOf(role)))]));
  let previous: Session | null = null;
  bus.on('session', ({ session }) => {
    const before = known.get(session.role) ?? EMPTY_EXPLORATION;
    const after = explore(before, previous?.role === session.role ? previous : null, session);
    previous = session;
    if (after === before) return;
    known.set(session.role, after);
    store.set(keyOf(session.role), JSON.stringify(after)); // a full or missing store keeps this page's copy
  });
  bus.on('title', () => {
    previous = null;
  });
  return { get: (role) => known.get(role) ?? EMPTY_EXPLORATION };
}

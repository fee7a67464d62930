/** The only module that touches localStorage. Every failure becomes a result, never an exception. */
export interface KeyValueStore {
  readonly available: boolean;
  get(key: string): string | null;
  set(key: string, value: string): WriteResult;
  remove(key: string): void;
}

export type WriteResult =
  { readonly ok: true } | { readonly ok: false; readonly reason: 'unavailable' | 'full' | 'error' };

const PROBE_KEY = 'petrograd1917.probe';

export function createLocalStore(provide: () => Storage | undefined = () => globalThis.localStorage): KeyValueStore {
  let storage: Storage | undefined;
  try {
    storage = provide();
    storage?.setItem(PROBE_KEY, '1');
    storage?.removeItem(PROBE_KEY);
  } catch {
    storage = undefined; // private mode, disabled cookies, or a sandboxed frame
  }
  if (!storage) return createMemoryStore(false);
  const store = storage;
  return {
    available: true,
    get(key) {
      try {
        return store.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        store.setItem(key, value);
        return { ok: true };
      } catch (error) {
        const full = error instanceof DOMException && error.name === 'QuotaExceededError';
        return { ok: false, reason: full ? 'full' : 'error' };
      }
    },
    remove(key) {
      try {
        store.removeItem(key);
      } catch {
        // nothing to keep: removal is best effort
      }
    },
  };
}

/** Keeps values for this page only: the game still plays when the browser allows no storage. */
export function createMemoryStore(available = true): KeyValueStore {
  const values = new Map<string, string>();
  return {
    available,
    get: (key) => values.get(key) ?? null,
    set(key, value) {
      if (!available) return { ok: false, reason: 'unavailable' };
      values.set(key, value);
      return { ok: true };
    },
    remove: (key) => void values.delete(key),
  };
}

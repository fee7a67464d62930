import type { KeyValueStore } from '../platform/storage.ts';

const SETTINGS_KEY = 'petrograd1917.settings';

export interface Settings {
  readonly muted: boolean;
}

const DEFAULTS: Settings = { muted: false };

/** The player's settings, remembered between visits where storage allows. */
export function createSettings(store: KeyValueStore): { get(): Settings; update(change: Partial<Settings>): void } {
  let current = read(store);
  return {
    get: () => current,
    update(change) {
      current = { ...current, ...change };
      store.set(SETTINGS_KEY, JSON.stringify(current));
    },
  };
}

function read(store: KeyValueStore): Settings {
  try {
    const stored = JSON.parse(store.get(SETTINGS_KEY) ?? '{}') as Partial<Record<keyof Settings, unknown>>;
    return { muted: typeof stored.muted === 'boolean' ? stored.muted : DEFAULTS.muted };
  } catch {
    return DEFAULTS;
  }
}

import { ROLES } from '../core/roles.ts';
import type { RunRecord } from '../core/replay.ts';
import { createLocalStore } from '../platform/storage.ts';
import { choicesText } from './edit-in-place.ts';
import type { DevRoom } from './room.ts';

const KEY = 'petrograd1917.writers-room.run';

const isSet = (set: unknown): boolean => {
  if (typeof set !== 'object' || set === null) return false;
  const { at, name, value } = set as Record<string, unknown>;
  return typeof at === 'number' && typeof name === 'string' && ['number', 'string', 'boolean'].includes(typeof value);
};

function isRecord(data: unknown): data is RunRecord {
  if (typeof data !== 'object' || data === null) return false;
  const { role, from, choices, sets } = data as Partial<Record<keyof RunRecord, unknown>>;
  return (
    ROLES.some((known) => known === role) &&
    typeof from === 'string' &&
    Array.isArray(choices) &&
    choices.every((choice) => typeof choice === 'string') &&
    Array.isArray(sets) &&
    sets.every(isSet)
  );
}

/**
 * A saved codex entry (or anything else Vite cannot update in place) reloads the page: the run on
 * screen is kept for this tab just before, and played again once the page is back.
 */
export function keepRunAcrossReloads(room: DevRoom, onScreen: () => boolean): void {
  const store = createLocalStore(() => globalThis.sessionStorage);
  import.meta.hot?.on('vite:beforeFullReload', () => {
    const record = room.tracker.record();
    if (record && onScreen()) store.set(KEY, JSON.stringify(record));
  });
  const kept = store.get(KEY);
  store.remove(KEY);
  if (kept === null) return;
  let record: unknown;
  try {
    record = JSON.parse(kept);
  } catch {
    return;
  }
  if (!isRecord(record)) return;
  const run = record;
  room.live.ready(run.role).then(
    () => {
      const broke = room.play(run);
      if (broke) room.status.alert(`The page reloaded. The path broke: ${broke.message}.`);
      else room.status.pass(`The page reloaded: ${choicesText(run.choices.length)} replayed.`);
    },
    (error: unknown) => room.status.alert(`The page reloaded, but the story cannot be fetched: ${String(error)}`),
  );
}

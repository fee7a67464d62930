import type { InkValue } from '../core/narrator.ts';
import type { RunRecord } from '../core/replay.ts';
import type { Session } from '../core/session.ts';

/**
 * Keeps the record of the run on screen (where it began, its choices, the variables set by hand),
 * so that an edited story can play it again. The choices come from the session the director shows;
 * where the run began is known by its first paragraph: a jump's opening is not the role's.
 */
export interface RunTracker {
  /** Follows the session on screen. */
  follow(session: Session): void;
  /** The run on screen, or null before any. */
  record(): RunRecord | null;
  /** The next session shown is this record's replay (a jump, a variable set, an edit). */
  expect(record: RunRecord): void;
  /** The record with a variable set now, after the choices made so far. */
  withSet(name: string, value: InkValue): RunRecord | null;
}

const openingOf = (session: Session): string => JSON.stringify(session.transcript[0] ?? null);

export function createRunTracker(): RunTracker {
  let current: { record: RunRecord; opening: string } | null = null;
  let expected: RunRecord | null = null;

  return {
    follow(session) {
      const choices = session.decisions.map((decision) => decision.text);
      const opening = openingOf(session);
      const known =
        expected ?? (current?.record.role === session.role && current.opening === opening ? current.record : null);
      expected = null;
      // a variable set after choices the player has since taken back no longer belongs to the run
      const sets = known ? known.sets.filter((set) => set.at <= choices.length) : [];
      current = { record: { role: session.role, from: known?.from ?? session.role, choices, sets }, opening };
    },
    record: () => current?.record ?? null,
    expect(record) {
      expected = record;
    },
    withSet(name, value) {
      if (!current) return null;
      const at = current.record.choices.length;
      const sets = [...current.record.sets.filter((set) => !(set.at === at && set.name === name)), { at, name, value }];
      return { ...current.record, sets };
    },
  };
}

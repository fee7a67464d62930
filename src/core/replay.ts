import type { Beat } from './events.ts';
import type { InkValue, Narrator } from './narrator.ts';
import type { Role } from './roles.ts';
import { newSession, reduceBeat, type Session } from './session.ts';

/** A variable the writer set by hand, after `at` choices of the run. */
export interface VariableSet {
  readonly at: number;
  readonly name: string;
  readonly value: InkValue;
}

/**
 * A run as the writers' room remembers it, enough to play it again on an edited story: where it
 * began (the role's own knot, or a knot the writer jumped to), the choices by their words, and the
 * variables set by hand on the way.
 */
export interface RunRecord {
  readonly role: Role;
  readonly from: string;
  readonly choices: readonly string[];
  readonly sets: readonly VariableSet[];
}

/** Where a replay stopped short: the step that no longer fits the story, and why. */
export interface Break {
  /** How many of the record's choices were replayed before it broke. */
  readonly at: number;
  readonly message: string;
}

export interface Replayed {
  readonly session: Session;
  /** Each moment before a replayed choice, oldest first (for going back). */
  readonly before: readonly Session[];
  /** The beat that produced the last moment: the current passage, with its tags. */
  readonly beat: Beat;
  readonly broke: Break | null;
}

const quote = (text: string): string => `“${text.length > 70 ? `${text.slice(0, 69)}…` : text}”`;

/**
 * Plays a run again from its start through `narrator`, choosing by the words of each recorded
 * choice, as far as the story still offers them. Throws only if the story itself fails at run time.
 */
export function replayRun(narrator: Narrator, record: RunRecord): Replayed {
  let beat: Beat;
  try {
    beat = narrator.start(record.from);
  } catch {
    const message = `the run began at ${record.from}, which the story no longer has`;
    beat = narrator.start(record.role);
    return {
      session: reduceBeat(newSession(record.role), beat, narrator.saveState()).session,
      before: [],
      beat,
      broke: { at: 0, message },
    };
  }
  let session = reduceBeat(newSession(record.role), beat, narrator.saveState()).session;
  const before: Session[] = [];
  for (let step = 0; step <= record.choices.length; step++) {
    for (const set of record.sets.filter((candidate) => candidate.at === step)) {
      if (narrator.variable(set.name) === null)
        return {
          session,
          before,
          beat,
          broke: { at: step, message: `the variable ${set.name} is no longer declared` },
        };
      narrator.setVariable(set.name, set.value);
      session = { ...session, inkState: narrator.saveState() };
    }
    const text = record.choices[step];
    if (text === undefined) break;
    const chosen = session.choices.find((choice) => choice.text === text);
    if (!chosen) {
      const offered = session.choices.map((choice) => quote(choice.text)).join(', ') || 'no choice at all';
      const message = `choice ${step + 1}, ${quote(text)}, is no longer offered here (the story now offers ${offered})`;
      return { session, before, beat, broke: { at: step, message } };
    }
    before.push(session);
    beat = narrator.choose(chosen.index);
    session = reduceBeat(session, beat, narrator.saveState(), chosen).session;
  }
  return { session, before, beat, broke: null };
}

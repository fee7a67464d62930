import { Narrator } from '../../src/core/narrator.ts';
import { newSession, reduceBeat, type Session } from '../../src/core/session.ts';

/** A pinned playthrough: the choices taken (by their text) and what must come of them. */
export interface GoldenPath {
  readonly role: string;
  readonly about: string;
  readonly choices: readonly string[];
  readonly ending: string;
  readonly finalPlace: string | null;
}

export interface Replay {
  readonly session: Session;
  /** The choice text that could not be found, if the replay went off the rails. */
  readonly missing: string | null;
}

/** Plays a role choosing by text, exactly as a player would, through the game's own core. */
export function replayGolden(storyJson: string, golden: GoldenPath): Replay {
  const narrator = new Narrator(storyJson);
  if (golden.role !== 'lenin' && golden.role !== 'kerensky' && golden.role !== 'junker') {
    throw new Error(`unknown role ${golden.role}`);
  }
  let session = reduceBeat(newSession(golden.role), narrator.start(golden.role), narrator.saveState()).session;
  for (const text of golden.choices) {
    const chosen = session.choices.find((choice) => choice.text === text);
    if (!chosen) return { session, missing: text };
    session = reduceBeat(session, narrator.choose(chosen.index), narrator.saveState(), chosen).session;
  }
  return { session, missing: null };
}

/** The historical path: the choice tagged historical where there is one, else the first offered. */
export function historicalPath(storyJson: string, role: 'lenin' | 'kerensky' | 'junker'): GoldenPath {
  const narrator = new Narrator(storyJson);
  let session = reduceBeat(newSession(role), narrator.start(role), narrator.saveState()).session;
  const choices: string[] = [];
  while (session.choices.length > 0 && choices.length < 500) {
    const chosen = session.choices.find((choice) => choice.historicity === 'historical') ?? session.choices[0];
    if (!chosen) break;
    choices.push(chosen.text);
    session = reduceBeat(session, narrator.choose(chosen.index), narrator.saveState(), chosen).session;
  }
  return {
    role,
    about: `The historical path of ${role}'s chapters: the choice tagged historical wherever there is one, else the first.`,
    choices,
    ending: session.ending ?? '',
    finalPlace: session.scene.place,
  };
}

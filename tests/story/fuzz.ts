import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { createBus } from '../../src/app/bus.ts';
import { AUTOSAVE_KEY, createDirector, type Director } from '../../src/app/director.ts';
import type { GameEvents } from '../../src/app/game-events.ts';
import { Narrator } from '../../src/core/narrator.ts';
import { seeded } from '../../src/core/random.ts';
import { ROLES, type Role } from '../../src/core/roles.ts';
import { newSession, reduceBeat, type Session } from '../../src/core/session.ts';
import { createMemoryStore, type KeyValueStore } from '../../src/platform/storage.ts';
import { compileInk } from '../../tools/ink/compile.ts';
import { rolePartSource } from '../../tools/ink/role-part.ts';

type StoryJson = Record<string, unknown>;
const MAIN = resolve(import.meta.dirname, '../../story/main.ink');
const compiled = (entrySource?: string): StoryJson =>
  JSON.parse(compileInk(MAIN, entrySource).json ?? '{}') as StoryJson;
/** The reference plays the whole story; the game, as in the browser, each role's part of it. */
const STORY = compiled();
const PARTS = new Map(ROLES.map((role) => [role, compiled(rolePartSource(readFileSync(MAIN, 'utf8'), role, ROLES))]));
const reference = new Narrator(STORY);
const HASH = 'fuzz';

/** The path played straight through, with nothing but the narrator and the reducer. */
function straight(role: Role, path: readonly number[]): Session {
  const narrator = reference;
  // only the last state is compared: serialising ink's state at every step would double the run's cost
  let session = reduceBeat(newSession(role), narrator.start(role), '').session;
  for (const index of path) {
    const chosen = session.choices.find((choice) => choice.index === index);
    if (!chosen) throw new Error(`choice ${index} missing`);
    session = reduceBeat(session, narrator.choose(index), '', chosen).session;
  }
  return { ...session, inkState: narrator.saveState() };
}

function director(store: KeyValueStore, problems: string[]): Director {
  const bus = createBus<GameEvents>();
  bus.on('problem', ({ detail }) => problems.push(detail));
  return createDirector({
    story: (role) => PARTS.get(role) ?? STORY,
    storyHash: HASH,
    bus,
    store,
    onStoryProblem: (p) => problems.push(p.message),
  });
}

const variablesOf = (session: Session): Record<string, unknown> =>
  (JSON.parse(session.inkState) as { variablesState: Record<string, unknown> }).variablesState;

/**
 * What must match: the text on screen, the scene, the choices, and ink's variables — those of the
 * role's part (the whole story also holds the other roles' variables, untouched by this run).
 */
function observable(session: Session | null, variableNames: readonly string[]) {
  if (!session) return null;
  const all = variablesOf(session);
  const variables = Object.fromEntries(variableNames.map((name) => [name, all[name]]));
  const { transcript, scene, choices, ending, path } = session;
  return { transcript, scene, choices, ending, path, variables };
}

/**
 * Plays `runs` random playthroughs, cycling through the roles, with reloads from the autosave and
 * rewinds at random points, and checks each against the same path played straight through.
 */
export function fuzz(seed: number, runs: number): void {
  const next = seeded(seed);
  const problems: string[] = [];
  let saves = 0;
  let rewinds = 0;
  for (let run = 0; run < runs; run++) {
    const role = ROLES[run % ROLES.length] ?? 'lenin';
    const store = createMemoryStore();
    let game = director(store, problems);
    game.startRole(role);
    for (let step = 0; step < 200; step++) {
      const session = game.current();
      if (!session || session.choices.length === 0) break;
      const roll = next();
      if (roll < 0.05) {
        // a reload: a new director opens the autosave
        const text = store.get(AUTOSAVE_KEY) ?? '';
        game = director(store, problems);
        expect(game.open(text)).toEqual({ kind: 'opened' });
        saves++;
      } else if (roll < 0.1 && session.path.length > 0) {
        // go back somewhere and play the same choices again
        const back = Math.floor(next() * session.path.length);
        expect(game.rewindTo(back)).toBe(true);
        for (const index of session.path.slice(back)) game.choose(index);
        rewinds++;
      } else {
        const choice = session.choices[Math.floor(next() * session.choices.length)];
        if (choice) game.choose(choice.index);
      }
    }
    const played = game.current();
    expect(played?.ending, `run ${run}`).not.toBeNull();
    const names = played ? Object.keys(variablesOf(played)) : [];
    expect(names.length, `run ${run}: the part has its variables`).toBeGreaterThan(0);
    expect(observable(played, names)).toEqual(observable(straight(role, played?.path ?? []), names));
  }
  expect(problems).toEqual([]);
  // each run reloads and rewinds about once or twice: the test must really have exercised both
  expect(saves).toBeGreaterThan(runs / 2);
  expect(rewinds).toBeGreaterThan(runs / 2);
}

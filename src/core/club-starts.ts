import startsJson from '../../story/club/starts.json';
import { historicalChoice } from './choice-map/graph.ts';
import { ROLES, type Role } from './roles.ts';
import type { Session } from './session.ts';

/**
 * A named place to begin a role: the first menu inside a knot of the story, reached by playing the
 * role's historical path, with what happened up to there told in a paragraph ("previously").
 */
export interface NamedStart {
  readonly id: string;
  readonly role: Role;
  /** The ink knot (or `knot.stitch`) whose first menu the start stops at. */
  readonly knot: string;
  readonly title: string;
  /** The story's date, as a reader says it: "24 October 1917". */
  readonly date: string;
  readonly previously: string;
}

const isRole = (value: unknown): value is Role => ROLES.some((role) => role === value);

/** Reads the starts file, keeping only well-formed entries (a writer's slip must not stop the game). */
export function readStarts(data: unknown): NamedStart[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry: unknown): NamedStart[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const record = entry as Record<string, unknown>;
    const { id, role, knot, title, date, previously } = record;
    if (!isRole(role)) return [];
    if (![id, knot, title, date, previously].every((field) => typeof field === 'string' && field !== '')) return [];
    return [
      {
        id: String(id),
        role,
        knot: String(knot),
        title: String(title),
        date: String(date),
        previously: String(previously),
      },
    ];
  });
}

export const NAMED_STARTS: readonly NamedStart[] = readStarts(startsJson);

export function startsFor(role: Role, starts: readonly NamedStart[] = NAMED_STARTS): NamedStart[] {
  return starts.filter((start) => start.role === role);
}

/** The knots (and stitches) the choices on screen were written in, read from ink's own state. */
export function choicesWrittenIn(inkState: string): string[] {
  try {
    const state = JSON.parse(inkState) as {
      readonly currentFlowName?: string;
      readonly flows?: Record<string, { readonly currentChoices?: readonly { readonly targetPath?: string }[] }>;
    };
    const flow = state.flows?.[state.currentFlowName ?? 'DEFAULT_FLOW'];
    return (flow?.currentChoices ?? []).flatMap((choice) => (choice.targetPath ? [choice.targetPath] : []));
  } catch {
    return [];
  }
}

/** Whether the menu on screen is written in `knot` (a knot, or `knot.stitch`). */
export function menuIsIn(session: Pick<Session, 'inkState' | 'choices'>, knot: string): boolean {
  if (session.choices.length === 0) return false;
  return choicesWrittenIn(session.inkState).some((path) => path === knot || path.startsWith(`${knot}.`));
}

/** The ink index the historical path takes at this moment (the option tagged historical, else the first). */
export function historicalIndex(session: Pick<Session, 'choices'>): number | undefined {
  return historicalChoice(session.choices)?.index;
}

/** What the director needs to find a start's path: its path search (see Director.pathTo). */
export interface PathFinder {
  pathTo(
    role: Role,
    pick: (session: Session) => number | undefined,
    here: (session: Session) => boolean,
  ): number[] | null;
}

/** The path to a named start along history, or null when the story no longer reaches its knot that way. */
export function resolveStart(finder: PathFinder, start: NamedStart): number[] | null {
  return finder.pathTo(start.role, historicalIndex, (session) => menuIsIn(session, start.knot));
}

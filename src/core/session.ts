import { formatBothCalendars } from './clock.ts';
import type { StoryTime } from './clock.ts';
import type { Basis, Beat, ChoiceOption, Historicity, Line } from './events.ts';
import type { PlaceId } from './places.ts';
import type { Role } from './roles.ts';
import { applyEvent, EMPTY_SCENE, type SceneState } from './scene.ts';

/** A passage's standing in the record, from its `# basis:` tag. */
export interface PassageBasis {
  readonly basis: Basis;
  readonly source: string | null;
}

export type TranscriptEntry =
  | { readonly kind: 'chapter'; readonly text: string }
  | { readonly kind: 'dateline'; readonly text: string }
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      /** From a `# basis:` tag on this paragraph; absent when it has none (and in older saves). */
      readonly basis?: PassageBasis;
      /** Codex ids named by `# codex:` tags on this paragraph. */
      readonly codex?: readonly string[];
    }
  | { readonly kind: 'choice'; readonly text: string }
  | { readonly kind: 'ending'; readonly text: string };

/** A choice the player took, with where and when it stood: the record the debrief and ledger read. */
export interface Decision {
  readonly text: string;
  readonly historicity: Historicity | null;
  readonly branch: string | null;
  readonly chapter: string | null;
  readonly time: StoryTime | null;
  readonly place: PlaceId | null;
}

/**
 * What became of a codex entry in this telling (a `# telling:` tag), with when the run said so: shown
 * beside the entry's history in the codex and the debrief.
 */
export interface Telling {
  readonly id: string;
  readonly text: string;
  readonly time: StoryTime | null;
  /** How many choices the run had taken when it said so: orders it among the decisions. */
  readonly afterChoices: number;
}

/**
 * Where a run begun at a named decision began ("Begin at a decision…"): its first `choices` choices were
 * taken for the player as they were in 1917, and the debrief says so.
 */
export interface BeganAt {
  readonly title: string;
  /** The story's date, as a reader says it: "24 October 1917". */
  readonly date: string;
  readonly choices: number;
}

/** One moment of a run: everything needed to show it again, as plain data. */
export interface Session {
  readonly role: Role;
  /** ink's state at this moment (variables, position). */
  readonly inkState: string;
  readonly scene: SceneState;
  readonly transcript: readonly TranscriptEntry[];
  readonly choices: readonly ChoiceOption[];
  readonly ending: string | null;
  /** ink choice indices taken since the role began: enough to replay the run on a changed story. */
  readonly path: readonly number[];
  /** How many of `path`'s choices lead to the start of the current chapter (for "restart the chapter"). */
  readonly chapterStartAt: number;
  /** Every choice taken, in order (the same length as `path`). */
  readonly decisions: readonly Decision[];
  /** What this telling made of codex entries, in the order the run said it (each id and text once). */
  readonly tellings: readonly Telling[];
  /** Set when the run began at a named decision (absent in every other run, and in older saves). */
  readonly beganAt?: BeganAt;
}

/**
 * The moment as the run it belongs to stands: a run begun at a decision and taken back before it has had
 * fewer of its choices made for it (none: it is the player's own from the start).
 */
export function withinBeginning(moment: Session): Session {
  const began = moment.beganAt;
  if (!began || began.choices <= moment.path.length) return moment;
  return { ...moment, beganAt: moment.path.length > 0 ? { ...began, choices: moment.path.length } : undefined };
}

export function newSession(role: Role): Session {
  return {
    role,
    inkState: '',
    scene: EMPTY_SCENE,
    transcript: [],
    choices: [],
    ending: null,
    path: [],
    chapterStartAt: 0,
    decisions: [],
    tellings: [],
  };
}

/** Everything this telling said of one codex entry, in order. */
export function tellingsOf(tellings: readonly Telling[], id: string): string[] {
  return tellings.filter((telling) => telling.id === id).map((telling) => telling.text);
}

export interface Reduced {
  readonly session: Session;
  /** One-shot effects the beat fired, in order. */
  readonly effects: readonly string[];
}

/** A line of text as a transcript paragraph, with what its basis and codex tags say about it. */
function paragraphOf(line: Line): TranscriptEntry {
  let basis: PassageBasis | undefined;
  const codex: string[] = [];
  for (const event of line.events) {
    if (event.kind === 'basis') basis = { basis: event.basis, source: event.source };
    if (event.kind === 'codex' && !codex.includes(event.id)) codex.push(event.id);
  }
  return {
    kind: 'paragraph',
    text: line.text,
    ...(basis ? { basis } : {}),
    ...(codex.length > 0 ? { codex } : {}),
  };
}

/** Folds a beat into the session: the scene follows the tags, the transcript gains the text. */
export function reduceBeat(previous: Session, beat: Beat, inkState: string, chosen?: ChoiceOption): Reduced {
  let scene = previous.scene;
  const transcript: TranscriptEntry[] = [...previous.transcript];
  const effects: string[] = [];
  const path = chosen ? [...previous.path, chosen.index] : previous.path;
  let chapterStartAt = previous.chapterStartAt;
  const decisions = chosen
    ? [
        ...previous.decisions,
        {
          text: chosen.text,
          historicity: chosen.historicity,
          branch: chosen.branch,
          chapter: previous.scene.chapter,
          time: previous.scene.time,
          place: previous.scene.place,
        },
      ]
    : previous.decisions;
  const tellings: Telling[] = [...previous.tellings];
  if (chosen) transcript.push({ kind: 'choice', text: chosen.text });
  for (const line of beat.lines) {
    for (const event of line.events) {
      scene = applyEvent(scene, event);
      if (event.kind === 'chapter') {
        transcript.push({ kind: 'chapter', text: event.title });
        // the chapter begins with the beat that this choice (or the role's start) produced
        chapterStartAt = path.length;
      }
      if (event.kind === 'time') transcript.push({ kind: 'dateline', text: formatBothCalendars(event.time) });
      if (event.kind === 'sfx') effects.push(event.id);
      // a passage met twice (a loop, a replay of the same knot) says it once
      if (event.kind === 'telling' && !tellings.some((t) => t.id === event.id && t.text === event.text))
        tellings.push({ id: event.id, text: event.text, time: scene.time, afterChoices: path.length });
    }
    if (line.text) transcript.push(paragraphOf(line));
  }
  if (beat.ending) transcript.push({ kind: 'ending', text: beat.ending });
  const session: Session = {
    role: previous.role,
    inkState,
    scene,
    transcript,
    choices: beat.choices,
    ending: beat.ending,
    path,
    chapterStartAt,
    decisions,
    tellings,
    ...(previous.beganAt ? { beganAt: previous.beganAt } : {}),
  };
  return { session, effects };
}

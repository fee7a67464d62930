import * as z from 'zod/mini';
import { BASES, HISTORICITIES, WEATHERS } from './events.ts';
import { BRIDGES, CONTROLS, PLACES, SHIPS } from './places.ts';
import { PAPERS, VIGNETTES } from './vignettes.ts';
import { ROLES } from './roles.ts';
import type { Session } from './session.ts';

export const SAVE_FORMAT = 'petrograd-1917-save';
export const SAVE_VERSION = 1;
/** A save is a few tens of kilobytes; anything far larger is not ours. */
export const MAX_SAVE_BYTES = 2_000_000;
export const LABEL_MAX = 80;

/**
 * The save's schema is built the first time a save is read, not when the game's code is run: zod's
 * schemas take a while to set up (about 10 ms of a weak laptop's main thread, in the task that runs
 * the game's code while the first click waits; issue 19).
 */
function buildSaveFileSchema() {
  const placeId = z.enum(Object.keys(PLACES) as [keyof typeof PLACES, ...(keyof typeof PLACES)[]]);
  const bridgeId = z.enum(Object.keys(BRIDGES) as [keyof typeof BRIDGES, ...(keyof typeof BRIDGES)[]]);
  const shipId = z.enum(Object.keys(SHIPS) as [keyof typeof SHIPS, ...(keyof typeof SHIPS)[]]);
  const vignetteId = z.enum(Object.keys(VIGNETTES) as [keyof typeof VIGNETTES, ...(keyof typeof VIGNETTES)[]]);
  const paperId = z.enum(Object.keys(PAPERS) as [keyof typeof PAPERS, ...(keyof typeof PAPERS)[]]);
  const shortText = z.string().check(z.maxLength(20_000));
  const int = z.number().check(z.int());
  const branchId = z.string().check(z.regex(/^[LKJ][0-9]{1,2}$/));

  const storyTime = z.object({ year: int, month: int, day: int, hour: int, minute: int });

  const scene = z.object({
    chapter: z.nullable(shortText),
    place: z.nullable(placeId),
    route: z.array(placeId),
    time: z.nullable(storyTime),
    weather: z.enum(WEATHERS),
    control: z.partialRecord(placeId, z.enum(CONTROLS)),
    bridges: z.partialRecord(bridgeId, z.boolean()),
    ships: z.partialRecord(shipId, placeId),
    // saves written before rooms and front pages existed have neither: the map, no front page
    vignette: z._default(z.nullable(vignetteId), null),
    // a front page saved before invented issues existed was a real one
    front: z._default(
      z.nullable(z.object({ paper: paperId, headline: shortText, invented: z._default(z.boolean(), false) })),
      null,
    ),
    music: z.nullable(shortText),
    ambience: z.nullable(shortText),
  });

  const transcriptEntry = z.object({
    kind: z.enum(['chapter', 'dateline', 'paragraph', 'choice', 'ending']),
    text: shortText,
    // a paragraph's record and codex tags; saves from before them have neither
    basis: z.optional(z.object({ basis: z.enum(BASES), source: z.nullable(shortText) })),
    codex: z.optional(z.array(z.string().check(z.regex(/^[a-z][a-z0-9_]*$/))).check(z.maxLength(100))),
  });

  const session = z.object({
    role: z.enum(ROLES),
    inkState: z.string().check(z.maxLength(MAX_SAVE_BYTES)),
    scene,
    transcript: z.array(transcriptEntry).check(z.maxLength(20_000)),
    choices: z.array(
      z.object({
        index: int,
        text: shortText,
        historicity: z.nullable(z.enum(HISTORICITIES)),
        branch: z._default(z.nullable(branchId), null),
      }),
    ),
    ending: z.nullable(shortText),
    path: z.array(int).check(z.maxLength(10_000)),
    chapterStartAt: z._default(int, 0),
    // saves from before the decision record replay without it: the debrief then knows only the transcript
    decisions: z._default(
      z
        .array(
          z.object({
            text: shortText,
            historicity: z.nullable(z.enum(HISTORICITIES)),
            branch: z.nullable(branchId),
            chapter: z.nullable(shortText),
            time: z.nullable(storyTime),
            place: z.nullable(placeId),
          }),
        )
        .check(z.maxLength(10_000)),
      [],
    ),
    // saves from before tellings existed said nothing of what became of anyone in theirs
    tellings: z._default(
      z
        .array(
          z.object({
            id: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
            text: shortText,
            time: z.nullable(storyTime),
            afterChoices: int,
          }),
        )
        .check(z.maxLength(10_000)),
      [],
    ),
    // a run begun at a named decision; every other run, and saves from before, have none
    beganAt: z.optional(z.object({ title: shortText, date: shortText, choices: int })),
  });

  const saveFile = z.object({
    format: z.literal(SAVE_FORMAT),
    version: z.literal(SAVE_VERSION),
    storyHash: z.string().check(z.maxLength(128)),
    savedAt: z.string().check(z.maxLength(64)),
    /** The player's own name for a manual save. */
    label: z._default(z.string().check(z.maxLength(LABEL_MAX)), ''),
    session,
  });
  return saveFile;
}

let built: ReturnType<typeof buildSaveFileSchema> | null = null;

/** The schema of a save, for files that carry a game inside them (a club session). */
export function saveFileSchema(): ReturnType<typeof buildSaveFileSchema> {
  return (built ??= buildSaveFileSchema());
}

export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
  readonly storyHash: string;
  readonly savedAt: string;
  readonly label: string;
  readonly session: Session;
}

export function createSave(sessionState: Session, storyHash: string, now: Date, label = ''): SaveFile {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    storyHash,
    savedAt: now.toISOString(),
    label: label.slice(0, LABEL_MAX),
    session: sessionState,
  };
}

export function serializeSave(save: SaveFile): string {
  return JSON.stringify(save);
}

export type ReadResult =
  | { readonly ok: true; readonly save: SaveFile; readonly storyChanged: boolean }
  | { readonly ok: false; readonly reason: string };

/** Reads a save from untrusted text; says plainly what is wrong instead of throwing. */
export function readSave(text: string, currentStoryHash: string): ReadResult {
  if (text.length > MAX_SAVE_BYTES)
    return { ok: false, reason: 'The file is far too large to be a save of this game.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The save is damaged: it is not complete JSON (perhaps cut short).' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SAVE_FORMAT) {
    return { ok: false, reason: 'This is not a Petrograd 1917 save.' };
  }
  if ((data as { version?: unknown }).version !== SAVE_VERSION) {
    return { ok: false, reason: 'This save comes from another version of the game and cannot be read.' };
  }
  const parsed = saveFileSchema().safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return { ok: false, reason: `The save is damaged${where ? ` (at ${where})` : ''}.` };
  }
  const save = parsed.data as SaveFile;
  return { ok: true, save, storyChanged: save.storyHash !== currentStoryHash };
}

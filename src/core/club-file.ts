import * as z from 'zod/mini';
import { HISTORICITIES } from './events.ts';
import { MAX_HANDS, REASON_MAX, type ClubVote } from './club-vote.ts';
import { MAX_SAVE_BYTES, saveFileSchema, type SaveFile } from './save-file.ts';

export const CLUB_FORMAT = 'petrograd-1917-club';
export const CLUB_VERSION = 1;
export const GROUP_NAME_MAX = 80;

/** A group playing together over several weeks: its name, its votes, and the game it is playing. */
export interface ClubSession {
  readonly groupName: string;
  /** ISO time of the first meeting. */
  readonly startedAt: string;
  readonly votes: readonly ClubVote[];
}

export interface ClubFile {
  readonly format: typeof CLUB_FORMAT;
  readonly version: typeof CLUB_VERSION;
  readonly savedAt: string;
  readonly club: ClubSession;
  /** The game itself, exactly as a save stores it (validated the same way). */
  readonly save: SaveFile;
}

const int = z.number().check(z.int(), z.gte(0));
const vote = z.object({
  atChoice: int,
  inkIndex: int,
  options: z
    .array(
      z.object({
        text: z.string().check(z.maxLength(20_000)),
        historicity: z.nullable(z.enum(HISTORICITIES)),
        branch: z.nullable(z.string().check(z.regex(/^[LKJ][0-9]{1,2}$/))),
        votes: z.number().check(z.int(), z.gte(0), z.lte(MAX_HANDS)),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  chosen: int,
  decidedBy: z.enum(['majority', 'facilitator']),
  reason: z.string().check(z.maxLength(REASON_MAX)),
});

const clubFile = z.object({
  format: z.literal(CLUB_FORMAT),
  version: z.literal(CLUB_VERSION),
  savedAt: z.string().check(z.maxLength(64)),
  club: z.object({
    groupName: z.string().check(z.maxLength(GROUP_NAME_MAX)),
    startedAt: z.string().check(z.maxLength(64)),
    votes: z.array(vote).check(z.maxLength(10_000)),
  }),
  save: saveFileSchema,
});

export function createClubFile(club: ClubSession, save: SaveFile, now: Date): ClubFile {
  return { format: CLUB_FORMAT, version: CLUB_VERSION, savedAt: now.toISOString(), club, save };
}

export type ClubReadResult =
  { readonly ok: true; readonly file: ClubFile } | { readonly ok: false; readonly reason: string };

/** Reads a stored club session from untrusted text; says plainly what is wrong instead of throwing. */
export function readClubFile(text: string): ClubReadResult {
  if (text.length > MAX_SAVE_BYTES) return { ok: false, reason: 'It is far too large to be a club session.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'It is damaged: not complete JSON (perhaps cut short).' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== CLUB_FORMAT)
    return { ok: false, reason: 'It is not a Petrograd 1917 club session.' };
  if ((data as { version?: unknown }).version !== CLUB_VERSION)
    return { ok: false, reason: 'It comes from another version of the game and cannot be read.' };
  const parsed = clubFile.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, reason: `It is damaged${where ? ` (at ${where})` : ''}.` };
  }
  const file = parsed.data as ClubFile;
  const misplaced = file.club.votes.find((entry) => entry.chosen >= entry.options.length);
  if (misplaced) return { ok: false, reason: 'It is damaged (a vote names an option it does not have).' };
  return { ok: true, file };
}

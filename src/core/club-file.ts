import * as z from 'zod/mini';
import { HISTORICITIES } from './events.ts';
import { deciderOf, MAX_HANDS, REASON_MAX, type ClubVote } from './club-vote.ts';
import { timerMinutesOrDefault, type ClubSession, type SetAside } from './club-record.ts';
import { MAX_SAVE_BYTES, saveFileSchema, type SaveFile } from './save-file.ts';

export type { ClubSession } from './club-record.ts';

export const CLUB_FORMAT = 'petrograd-1917-club';
/** Still 1: later fields are optional, so a file from an earlier week (and build) reads as it was. */
export const CLUB_VERSION = 1;
export const GROUP_NAME_MAX = 80;

export interface ClubFile {
  readonly format: typeof CLUB_FORMAT;
  readonly version: typeof CLUB_VERSION;
  readonly savedAt: string;
  readonly club: ClubSession;
  /** The game itself, exactly as a save stores it (validated the same way). */
  readonly save: SaveFile;
}

/** Built the first time a club file is read, as a save's schema is (src/core/save-file.ts says why). */
function buildClubFileSchema() {
  const int = z.number().check(z.int(), z.gte(0));
  const isoTime = z.string().check(z.maxLength(64));
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
    // 'facilitator' is how files before the override record said "tie"; who decided is read again from the counts
    decidedBy: z.enum(['majority', 'facilitator', 'tie', 'no-votes', 'override']),
    reason: z.string().check(z.maxLength(REASON_MAX)),
    // votes from before sittings were kept all belong to the first
    sitting: z._default(z.number().check(z.int(), z.gte(1)), 1),
    // crowd play: the reasons from phones the facilitator revealed
    voices: z.optional(
      z
        .array(
          z.object({
            nickname: z.string().check(z.maxLength(24)),
            option: int,
            reason: z.string().check(z.maxLength(280)),
          }),
        )
        .check(z.maxLength(1_000)),
    ),
  });
  const votes = z.array(vote).check(z.maxLength(10_000));

  const clubFile = z.object({
    format: z.literal(CLUB_FORMAT),
    version: z.literal(CLUB_VERSION),
    savedAt: isoTime,
    club: z.object({
      groupName: z.string().check(z.maxLength(GROUP_NAME_MAX)),
      startedAt: isoTime,
      // files from before these were kept: one sitting (the first meeting), nothing set aside, the usual timer
      sittings: z.optional(z.array(z.object({ startedAt: isoTime })).check(z.maxLength(1_000))),
      votes,
      setAside: z._default(
        z
          .array(
            z.object({
              at: isoTime,
              sitting: z.number().check(z.int(), z.gte(1)),
              atChoice: int,
              choices: int,
              votes,
              ending: z.nullable(z.string().check(z.maxLength(20_000))),
            }),
          )
          .check(z.maxLength(1_000)),
        [],
      ),
      timerMinutes: z.optional(z.number()),
      // files from before "key decisions only": every choice was put to the vote
      keyOnly: z._default(z.boolean(), false),
      beganAt: z._default(int, 0),
      settled: z._default(
        z
          .array(
            z.object({
              atChoice: int,
              inkIndex: int,
              by: z.enum(['history', 'facilitator']),
              sitting: z.number().check(z.int(), z.gte(1)),
            }),
          )
          .check(z.maxLength(10_000)),
        [],
      ),
    }),
    save: saveFileSchema(),
  });
  return clubFile;
}

let built: ReturnType<typeof buildClubFileSchema> | null = null;
const clubFileSchema = (): ReturnType<typeof buildClubFileSchema> => (built ??= buildClubFileSchema());

type ParsedClub = z.infer<ReturnType<typeof buildClubFileSchema>>['club'];

type ParsedVote = ParsedClub['votes'][number];

/** A vote as read: who decided is taken from its counts, so an old file's "tie" that was not one reads true. */
function voteOf(parsed: ParsedVote): ClubVote {
  return {
    ...parsed,
    decidedBy: deciderOf(
      parsed.options.map((option) => option.votes),
      parsed.chosen,
    ),
  };
}

function clubOf(parsed: ParsedClub): ClubSession {
  return {
    groupName: parsed.groupName,
    startedAt: parsed.startedAt,
    sittings: parsed.sittings?.length ? parsed.sittings : [{ startedAt: parsed.startedAt }],
    votes: parsed.votes.map(voteOf),
    setAside: parsed.setAside.map((record): SetAside => ({ ...record, votes: record.votes.map(voteOf) })),
    timerMinutes: timerMinutesOrDefault(parsed.timerMinutes),
    keyOnly: parsed.keyOnly,
    beganAt: parsed.beganAt,
    settled: parsed.settled,
  };
}

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
  const parsed = clubFileSchema().safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, reason: `It is damaged${where ? ` (at ${where})` : ''}.` };
  }
  const club = clubOf(parsed.data.club);
  const every = [...club.votes, ...club.setAside.flatMap((record) => record.votes)];
  if (every.some((entry) => entry.chosen >= entry.options.length))
    return { ok: false, reason: 'It is damaged (a vote names an option it does not have).' };
  const { format, version, savedAt } = parsed.data;
  return { ok: true, file: { format, version, savedAt, club, save: parsed.data.save } };
}

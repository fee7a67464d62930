/**
 * Crowd play's wire protocol: the one contract between the room server (`server/`), the projector (the
 * facilitator's browser, which runs the story and keeps the authoritative record) and the phones.
 *
 * - The projector creates a room (`CROWD_ROOM`) and is sent `facilitator` ({ code, token }). The code is the room's
 *   id, shown on the projector; the token is a secret the projector keeps locally: joining again with it after a
 *   reload reclaims the room, and re-creating the room with it (and the old code) after a server restart
 *   restores it. Only the connection that presented the token may send the projector's messages.
 * - Phones join by code with a `seatKey` they made up and keep (a random secret: the same key returns the same
 *   seat and its vote, across drops and restarts) and an optional nickname. They send only `vote`.
 * - Everyone sees the room state (phase, passage, options, joined count, the decision). The counts, ballots and
 *   reasons go to the projector alone (`tally`), so a phone never sees how others voted.
 * - Every message is checked against the schemas below on the server; a message that fails is answered with
 *   `refused` and changes nothing.
 *
 * Browser-safe (no Node imports). It imports `@colyseus/schema` (for the state) and `zod/mini`: the phone page
 * should load it with the SDK, which carries `@colyseus/schema` anyway, not in its first paint.
 */
import { schema, t } from '@colyseus/schema';
import * as z from 'zod/mini';
import type { TallyOutcome } from '../core/club-vote.ts';

/** The room type the server defines and the projector creates. */
export const CROWD_ROOM = 'crowd';
/** The room server's path on the game's own origin (`npm start` proxies it; `npm run serve` serves it). */
export const CROWD_PATH = '/crowd';

/** The phone page, beside the game's index.html: the address (and QR code) phones are given. */
export const JOIN_PAGE = 'join.html';

/** Room codes: no look-alikes (0/O, 1/I/L, 5/S, 2/Z, 8/B are left out), so a code read off a wall is typed right. */
export const ROOM_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const ROOM_CODE_LENGTH = 6;
export const roomCodePattern = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

/** A code as a person typed it: case, spaces and dashes do not matter. `null` when it cannot be a code. */
export function normalizeRoomCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]+/g, '');
  return roomCodePattern.test(code) ? code : null;
}

export const LIMITS = {
  nickname: 24,
  reason: 280,
  passage: 6000,
  optionText: 400,
  options: 12,
  voteId: 64,
  /** Ballots per `restore` message: a full room's are sent in several (each stays under `messageBytes`). */
  restoreChunk: 40,
  /** A WebSocket frame larger than this closes the connection before it is read. */
  messageBytes: 64 * 1024,
  /** Messages a connection may send per second; more are refused (`too-fast`), far more close it. */
  messagesPerSecond: 8,
  /** Phones per room unless the server is started with CROWD_MAX_PHONES. */
  defaultMaxPhones: 300,
} as const;

/** Secrets made by the server (token) or the phone (seatKey): URL-safe base64, long enough not to be guessed. */
const secret = z.string().check(z.regex(/^[A-Za-z0-9_-]{22,64}$/));
const roomCode = z.string().check(z.regex(roomCodePattern));
const voteId = z.string().check(z.minLength(1), z.maxLength(LIMITS.voteId));
/** A seat as the projector knows it: derived from a phone's seatKey by the server, never the key itself. */
const seat = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,32}$/));
const optionIndex = z.number().check(z.int(), z.minimum(0), z.maximum(LIMITS.options - 1));
const nickname = z.string().check(z.maxLength(LIMITS.nickname));
const reason = z.string().check(z.maxLength(LIMITS.reason));

// ---- join options (sent with create / joinById) ----

export const projectorJoinSchema = z.object({
  role: z.literal('projector'),
  /** On reclaim and on re-creating after a restart: the token the room gave. */
  token: z.optional(secret),
  /** Only when re-creating after a restart: the code the phones already know. */
  code: z.optional(roomCode),
});
export const phoneJoinSchema = z.object({
  role: z.literal('phone'),
  seatKey: secret,
  nickname: z.optional(nickname),
});
export const joinSchema = z.discriminatedUnion('role', [projectorJoinSchema, phoneJoinSchema]);
export type ProjectorJoin = z.infer<typeof projectorJoinSchema>;
export type PhoneJoin = z.infer<typeof phoneJoinSchema>;

// ---- projector → server ----

export const restoredBallotSchema = z.object({
  seat,
  nickname,
  option: optionIndex,
  reason,
  /** The facilitator hid this reason. */
  hidden: z.boolean(),
});
export type RestoredBallot = z.infer<typeof restoredBallotSchema>;

export const projectorMessageSchemas = {
  /** Open a vote on the passage's choices (closes any vote still open). */
  open: z.object({
    voteId,
    passage: z.string().check(z.maxLength(LIMITS.passage)),
    options: z
      .array(z.string().check(z.minLength(1), z.maxLength(LIMITS.optionText)))
      .check(z.minLength(1), z.maxLength(LIMITS.options)),
  }),
  /** After a restart: the ballots already cast in the open vote, from the projector's copy (send after `open`). */
  restore: z.object({
    voteId,
    reasonsShown: z.boolean(),
    ballots: z.array(restoredBallotSchema).check(z.maxLength(LIMITS.restoreChunk)),
  }),
  /** Close the vote: no more votes or changes. */
  close: z.object({ voteId }),
  /** Show the reasons on the projector: all of them (`seat: null`), or one the facilitator had hidden. */
  reveal: z.object({ seat: z.nullable(seat) }),
  /** Hide one reason. */
  hide: z.object({ seat }),
  /** The story moved on: the option taken (`null`: none shown to the phones) and back to waiting. */
  advance: z.object({ voteId, chosen: z.nullable(optionIndex) }),
} as const;

// ---- phone → server ----

export const phoneMessageSchemas = {
  /** Cast or change this phone's vote while the vote is open. */
  vote: z.object({ voteId, option: optionIndex, reason: z.optional(reason) }),
} as const;

export type ProjectorMessages = {
  [K in keyof typeof projectorMessageSchemas]: z.infer<(typeof projectorMessageSchemas)[K]>;
};
export type PhoneMessages = { [K in keyof typeof phoneMessageSchemas]: z.infer<(typeof phoneMessageSchemas)[K]> };
export type ProjectorMessageType = keyof ProjectorMessages;
export type PhoneMessageType = keyof PhoneMessages;

// ---- server → clients (messages; the server builds them, so they are types, not schemas) ----

/** One phone's vote as the projector sees it. `shown`: its reason may be on screen (revealed and not hidden). */
export interface Ballot {
  readonly seat: string;
  readonly nickname: string;
  readonly option: number;
  readonly reason: string;
  readonly hidden: boolean;
  readonly shown: boolean;
}

export interface ServerToProjector {
  /** On every projector join: the room's code and the secret to keep in the browser for reclaiming it. */
  facilitator: { readonly code: string; readonly token: string; readonly maxPhones: number };
  /**
   * Live counts (per option, in `open`'s order), phones present, and the ballots that changed since the last
   * tally (`full: true`: every ballot; replace your copy). Sent at most every ~30 ms.
   */
  tally: {
    readonly voteId: string;
    readonly counts: readonly number[];
    readonly joined: number;
    readonly reasonsShown: boolean;
    readonly ballots: readonly Ballot[];
    readonly full: boolean;
    /** Once the vote is closed: the majority, or the options tied at the top for the facilitator to choose from. */
    readonly outcome: TallyOutcome | null;
  };
  refused: Refusal;
}

export interface ServerToPhone {
  /** On every phone join: its seat and its kept vote in the open vote, if any. */
  seat: { readonly seat: string; readonly vote: PhoneMessages['vote'] | null };
  /** The vote was counted (or changed). */
  accepted: { readonly voteId: string; readonly option: number; readonly reason: string };
  refused: Refusal;
}

export type RefusalReason =
  | 'invalid' // failed the schema or the size limit
  | 'not-allowed' // a phone sent a facilitator's message, or the projector a phone's
  | 'closed' // no vote is open, or it is another vote than the one named
  | 'too-fast'; // over the flood limit
export interface Refusal {
  readonly type: string;
  readonly reason: RefusalReason;
}

/** Close codes a client may see when the room ends or refuses it (besides Colyseus' own). */
export const CLOSE_CODES = { roomClosed: 4100, replaced: 4101 } as const;

// ---- room state (everyone, by delta) ----

export type Phase = 'waiting' | 'open' | 'closed';
export const PHASES: readonly Phase[] = ['waiting', 'open', 'closed'];

export const CrowdState = schema(
  {
    /** 'waiting' between votes, 'open' while phones may vote, 'closed' once the facilitator closed it. */
    phase: t.string().default('waiting'),
    voteId: t.string().default(''),
    passage: t.string().default(''),
    options: t.array('string'),
    /** Phones in the room (connected or holding a seat through a drop). */
    joined: t.uint16().default(0),
    /** Whether the projector is connected (a phone may say "waiting for the facilitator"). */
    projector: t.boolean().default(false),
    /** The option the story took after the last vote, -1 before any. */
    decided: t.int8().default(-1),
  },
  'CrowdState',
);
export type CrowdStateInstance = InstanceType<typeof CrowdState>;

/** What a client reads from the state, as plain data. */
export interface CrowdStateView {
  readonly phase: Phase;
  readonly voteId: string;
  readonly passage: string;
  readonly options: readonly string[];
  readonly joined: number;
  readonly projector: boolean;
  readonly decided: number;
}

/** Nicknames and reasons as the server keeps them: plain text on one line, no control characters, trimmed. */
export function plainText(text: string, max: number): string {
  return text
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/**
 * The few parts of the protocol (src/crowd/protocol.ts) the phone page needs at run time, repeated here so the
 * page does not carry the protocol's schemas (zod) for the server's checks: about 9 KB of its 80 KB budget.
 * tests/unit/crowd/wire.test.ts holds them equal to the protocol's.
 */
export const CROWD_PATH = '/crowd';
export const ROOM_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const ROOM_CODE_LENGTH = 6;
export const CLOSE_CODES = { roomClosed: 4100, replaced: 4101 } as const;
export const NICKNAME_MAX = 24;
export const REASON_MAX = 280;

const codePattern = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

/** A code as a person typed it: case, spaces and dashes do not matter. `null` when it cannot be a code. */
export function normalizeRoomCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]+/g, '');
  return codePattern.test(code) ? code : null;
}

/** Text as the server keeps it: one line, no control characters, trimmed, cut to `max`. */
export function plainText(text: string, max: number): string {
  return text
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

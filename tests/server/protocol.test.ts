import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  normalizeRoomCode,
  phoneMessageSchemas,
  plainText,
  projectorMessageSchemas,
  restoredBallotSchema,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
} from '../../src/crowd/protocol.ts';
import { newRoomCode, seatOf } from '../../server/secrets.ts';
import { originAllowed } from '../../server/origin.ts';

describe('crowd protocol', () => {
  it('uses room codes of at least six characters with no look-alikes', () => {
    expect(ROOM_CODE_LENGTH).toBeGreaterThanOrEqual(6);
    for (const lookAlike of '0O1IL5S2Z8B') expect(ROOM_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(ROOM_CODE_ALPHABET).size).toBe(ROOM_CODE_ALPHABET.length);
    const codes = Array.from({ length: 200 }, newRoomCode);
    for (const code of codes) expect(normalizeRoomCode(code)).toBe(code);
    expect(new Set(codes).size).toBeGreaterThan(195);
  });

  it('reads a typed code forgivingly and refuses what cannot be one', () => {
    expect(normalizeRoomCode(' ac3-d4e ')).toBe('AC3D4E');
    expect(normalizeRoomCode('AC3D4')).toBeNull();
    expect(normalizeRoomCode('AC0D4E')).toBeNull();
  });

  it('keeps nicknames and reasons as one line of plain text', () => {
    expect(plainText(' Masha\u202e\n\tthe\u0000 cadet ', LIMITS.nickname)).toBe('Masha the cadet');
    expect(plainText('x'.repeat(400), LIMITS.reason)).toHaveLength(LIMITS.reason);
    expect(plainText('<script>alert(1)</script>', 50)).toBe('<script>alert(1)</script>');
  });

  it('fits a full restore chunk of the longest ballots in one message', () => {
    const longest = {
      seat: 'A'.repeat(32),
      nickname: '😀'.repeat(LIMITS.nickname / 2),
      option: LIMITS.options - 1,
      reason: '😀'.repeat(LIMITS.reason / 2),
      hidden: true,
    };
    expect(restoredBallotSchema.safeParse(longest).success).toBe(true);
    const bytes = new TextEncoder().encode(JSON.stringify(Array(LIMITS.restoreChunk).fill(longest))).length;
    expect(bytes).toBeLessThan(LIMITS.messageBytes);
  });

  it('bounds every message a client sends', () => {
    expect(phoneMessageSchemas.vote.safeParse({ voteId: 'v', option: 0 }).success).toBe(true);
    expect(phoneMessageSchemas.vote.safeParse({ voteId: 'v', option: -1 }).success).toBe(false);
    expect(phoneMessageSchemas.vote.safeParse({ voteId: 'v'.repeat(LIMITS.voteId + 1), option: 0 }).success).toBe(
      false,
    );
    const options = Array<string>(LIMITS.options + 1).fill('x');
    expect(projectorMessageSchemas.open.safeParse({ voteId: 'v', passage: '', options }).success).toBe(false);
    expect(
      projectorMessageSchemas.open.safeParse({ voteId: 'v', passage: 'p'.repeat(LIMITS.passage + 1), options: ['a'] })
        .success,
    ).toBe(false);
  });

  it('names a seat by a hash of its key, never the key', () => {
    const key = 'k'.repeat(32);
    expect(seatOf(key)).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(seatOf(key)).not.toContain('kkkk');
    expect(seatOf(key)).toBe(seatOf(key));
  });

  it('accepts pages from the server’s own host or the allowed origins only', () => {
    expect(originAllowed('http://192.168.1.5:8080', '192.168.1.5:8080', [])).toBe(true);
    expect(originAllowed('http://evil.example', '192.168.1.5:8080', [])).toBe(false);
    expect(originAllowed('https://club.example', 'rooms.example', ['https://club.example'])).toBe(true);
    expect(originAllowed('not a url', 'rooms.example', [])).toBe(false);
    expect(originAllowed(undefined, 'rooms.example', [])).toBe(true);
  });
});

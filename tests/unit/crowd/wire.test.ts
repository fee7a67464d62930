import { describe, expect, it } from 'vitest';
import * as protocol from '../../../src/crowd/protocol.ts';
import * as wire from '../../../src/crowd/phone/wire.ts';

describe('the phone page’s copy of the protocol', () => {
  it('agrees with the protocol', () => {
    expect(wire.CROWD_PATH).toBe(protocol.CROWD_PATH);
    expect(wire.ROOM_CODE_ALPHABET).toBe(protocol.ROOM_CODE_ALPHABET);
    expect(wire.ROOM_CODE_LENGTH).toBe(protocol.ROOM_CODE_LENGTH);
    expect(wire.CLOSE_CODES).toEqual(protocol.CLOSE_CODES);
    expect(wire.NICKNAME_MAX).toBe(protocol.LIMITS.nickname);
    expect(wire.REASON_MAX).toBe(protocol.LIMITS.reason);
    for (const typed of ['acd-efg', ' A C D E F G ', 'ACDEF0', 'ACDEFGH', ''])
      expect(wire.normalizeRoomCode(typed)).toBe(protocol.normalizeRoomCode(typed));
    for (const text of ['  a\u0000b\u202Ec\n\nd  ', 'x'.repeat(400), '<b>bold</b>'])
      expect(wire.plainText(text, 280)).toBe(protocol.plainText(text, 280));
  });
});

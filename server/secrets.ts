import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../src/crowd/protocol.ts';

/** A fresh room code from the look-alike-free alphabet (crypto random, so codes cannot be predicted). */
export function newRoomCode(): string {
  return Array.from({ length: ROOM_CODE_LENGTH }, () =>
    ROOM_CODE_ALPHABET.charAt(randomInt(ROOM_CODE_ALPHABET.length)),
  ).join('');
}

/** The facilitator's token: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A phone's public seat id: a hash of the secret seat key it keeps, so the projector (and its copy of the
 * ballots) can name a seat without ever holding the key that claims it.
 */
export function seatOf(seatKey: string): string {
  return createHash('sha256').update(seatKey).digest('base64url').slice(0, 16);
}

/** Compares secrets in constant time, so a wrong token's timing says nothing about the right one. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

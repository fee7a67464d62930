/** 24 random bytes as URL-safe base64: the 32-character seat key a phone makes up and keeps (protocol: 22–64). */
export function newSeatKey(
  random: (length: number) => Uint8Array = (length) => crypto.getRandomValues(new Uint8Array(length)),
): string {
  const bytes = random(24);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

type KeyStore = Pick<Storage, 'getItem' | 'setItem'>;
const keyName = (code: string): string => `petrograd-crowd-seat-${code}`;
const wellFormed = /^[A-Za-z0-9_-]{22,64}$/;

/**
 * The phone's seat key for a room: the one kept for this code in this tab (sessionStorage, so it goes with the
 * tab and nothing about the person is kept), or a new one. Without storage the key lives as long as the page.
 */
export function seatKeyFor(code: string, store: KeyStore | null, make: () => string = newSeatKey): string {
  try {
    const kept = store?.getItem(keyName(code));
    if (kept && wellFormed.test(kept)) return kept;
  } catch {
    // storage refused (private mode): a key for this page only
  }
  const key = make();
  try {
    store?.setItem(keyName(code), key);
  } catch {
    // as above
  }
  return key;
}

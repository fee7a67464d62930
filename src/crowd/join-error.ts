/** Colyseus' matchmaking codes the pages tell apart (from @colyseus/shared-types' ErrorCode). */
const INVALID_ROOM_ID = 522;
const EXPIRED = 524;

export interface JoinFailure {
  /** Said to the person, in plain words. */
  readonly message: string;
  /** The room is simply not there: after a server restart it comes back once the projector re-creates it. */
  readonly noRoom: boolean;
}

const codeOf = (error: unknown): number | null => {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  const status = (error as { status?: unknown }).status;
  return typeof code === 'number' ? code : typeof status === 'number' ? status : null;
};

/** What a failed join means for the person on the phone (or at the projector). */
export function joinFailure(error: unknown, code: string): JoinFailure {
  const number = codeOf(error);
  const text = error instanceof Error ? error.message : '';
  if (number === INVALID_ROOM_ID || number === EXPIRED || /not found|no room/i.test(text))
    return { message: `No room has the code ${code}. Check the code on the screen and try again.`, noRoom: true };
  if (number === 429 || /too many/i.test(text))
    return { message: 'Too many tries from this network. Wait a minute, then try again.', noRoom: false };
  if (/full/i.test(text)) return { message: 'The room is full.', noRoom: false };
  return { message: 'The room server cannot be reached. Check the Wi-Fi, then try again.', noRoom: false };
}

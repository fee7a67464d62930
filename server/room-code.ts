import { matchMaker, ServerError } from '@colyseus/core';
import { newRoomCode } from './secrets.ts';

/**
 * The code asked for (re-creating a room after a restart) when no live room has it, else a fresh one. Asks the
 * matchmaker's listing (shared through Redis when there are several processes), which forgets the rooms of a
 * process that died, so a restarted room gets its code back.
 */
export async function claimRoomCode(wanted: string | undefined): Promise<string> {
  const taken = async (code: string): Promise<boolean> => (await matchMaker.query({ roomId: code })).length > 0;
  let code = wanted ?? newRoomCode();
  for (let tries = 0; await taken(code); tries += 1) {
    if (tries > 20) throw new ServerError(503, 'No room code is free.');
    code = newRoomCode();
  }
  return code;
}

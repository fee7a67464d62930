import type { Room } from '@colyseus/sdk';
import type { ServerToPhone } from '../protocol.ts';
import * as wire from './wire.ts';
import { joinFailure } from '../join-error.ts';
import { createRejoiner } from '../rejoin.ts';
import { seatKeyFor } from '../secret-key.ts';
import { stateView, type DecodedState } from '../state-view.ts';
import type { PhoneModel } from './phone-model.ts';

let sdk: Promise<typeof import('@colyseus/sdk')> | null = null;

/** The SDK, fetched once, after the page is painted (it is most of the page's script). */
export function loadRoomCode(): Promise<typeof import('@colyseus/sdk')> {
  sdk ??= import('@colyseus/sdk');
  return sdk;
}

export interface PhoneLink {
  /** Casts or changes this phone's vote in the vote now open. */
  vote(option: number, reason: string): void;
}

export interface PhoneLinkEvents {
  readonly update: (patch: Partial<PhoneModel>) => void;
  readonly refused: (reason: string) => void;
}

/** About six minutes of trying (the delays cap at 4 s) before a phone stops waiting for its room to come back. */
const MAX_REJOIN_ATTEMPTS = 90;

const sessionStore = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

/**
 * Joins the room `code` (already normalised) and keeps this phone in it: the SDK reconnects after a short drop;
 * when that fails (a server restart), the page rejoins by code with the same seat key, so the seat and its vote
 * come back. Resolves to null (and says why through `update`) when the first join fails.
 */
export async function joinRoom(code: string, nickname: string, events: PhoneLinkEvents): Promise<PhoneLink | null> {
  const { Client } = await loadRoomCode();
  const protocol = wire;
  const client = new Client(`${location.origin}${protocol.CROWD_PATH}`);
  const seatKey = seatKeyFor(code, sessionStore());
  const name = protocol.plainText(nickname, protocol.NICKNAME_MAX);
  const options = { role: 'phone' as const, seatKey, ...(name ? { nickname: name } : {}) };
  let room: Room | null = null;
  let voteId = '';
  let ended = false;

  const end = (problem: string): void => {
    ended = true;
    rejoiner.stop();
    events.update({ link: 'gone', problem });
  };

  // the state is decoded from the server's own description of it (no schema classes on the phone)
  const attach = (joined: Room<unknown, DecodedState>): void => {
    room = joined;
    // a few quick tries by the SDK; after that (a restarted server has forgotten the session) the page rejoins
    joined.reconnection.maxRetries = 3;
    joined.reconnection.maxDelay = 1000;
    joined.onStateChange((state) => {
      const view = stateView(state);
      voteId = view.voteId;
      events.update({ room: view, link: 'in' });
    });
    joined.onMessage('seat', (message: ServerToPhone['seat']) => {
      const vote = message.vote;
      events.update({ mine: vote ? { voteId: vote.voteId, option: vote.option, reason: vote.reason ?? '' } : null });
    });
    joined.onMessage('accepted', (message: ServerToPhone['accepted']) =>
      events.update({ mine: message, problem: null }),
    );
    joined.onMessage('refused', (message: ServerToPhone['refused']) => events.refused(message.reason));
    joined.onDrop(() => events.update({ link: 'rejoining' }));
    joined.onReconnect(() => events.update({ link: 'in' }));
    joined.onLeave((closeCode: number) => {
      if (ended || joined !== room) return;
      if (closeCode === protocol.CLOSE_CODES.roomClosed)
        return end('The facilitator has ended crowd play. Thank you for taking part.');
      if (closeCode === protocol.CLOSE_CODES.replaced)
        return end('This seat is now open in another tab or window: vote there.');
      events.update({ link: 'rejoining' });
      rejoiner.start();
    });
  };

  const rejoiner = createRejoiner(async () => {
    if (rejoiner.attempts > MAX_REJOIN_ATTEMPTS) {
      end('The room did not come back. Ask the facilitator for the code, and join again.');
      return 'stop';
    }
    try {
      attach(await client.joinById<DecodedState>(code, options));
      return 'joined';
    } catch {
      // no server yet, or the projector has not re-created the room yet: keep trying
      return 'retry';
    }
  });

  try {
    attach(await client.joinById<DecodedState>(code, options));
  } catch (error) {
    events.update({ link: 'idle', problem: joinFailure(error, code).message });
    return null;
  }
  addEventListener('pagehide', () => {
    ended = true;
    rejoiner.stop();
  });
  return {
    vote(option, reason) {
      const text = protocol.plainText(reason, protocol.REASON_MAX);
      room?.send('vote', { voteId, option, ...(text ? { reason: text } : {}) });
    },
  };
}

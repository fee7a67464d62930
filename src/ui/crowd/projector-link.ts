import type { Room } from '@colyseus/sdk';
import * as protocol from '../../crowd/protocol.ts';
import type {
  CrowdStateInstance,
  CrowdStateView,
  ProjectorMessages,
  ProjectorMessageType,
  ServerToProjector,
} from '../../crowd/protocol.ts';
import { joinFailure } from '../../crowd/join-error.ts';
import { createRejoiner } from '../../crowd/rejoin.ts';
import { stateView } from '../../crowd/state-view.ts';
import type { KeyValueStore } from '../../platform/storage.ts';
import { Client } from '@colyseus/sdk';

/** Where the projector's connection to its room stands. */
export type LinkStatus = 'live' | 'reconnecting' | 'ended';

export interface ProjectorLinkEvents {
  status(status: LinkStatus, detail: string): void;
  tally(tally: ServerToProjector['tally']): void;
  state(view: CrowdStateView): void;
  /** The room's code, on every (re)join. */
  code(code: string): void;
  /** The room is back after a gap: `fresh` when it had to be created again (a server restart) and is empty. */
  rejoined(fresh: boolean): void;
}

export interface ProjectorLink {
  readonly code: string;
  send<K extends ProjectorMessageType>(type: K, data: ProjectorMessages[K]): void;
  /** The facilitator ends crowd play: the room closes for everyone, and nothing is kept. */
  end(): void;
}

interface Kept {
  readonly code: string;
  readonly token: string;
}
const KEY = 'petrograd-crowd-projector';

/** The facilitator's code and token, kept in the browser's storage so a reload reclaims the room. */
export function readKept(store: Pick<KeyValueStore, 'get'>): Kept | null {
  try {
    const parsed: unknown = JSON.parse(store.get(KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { code, token } = parsed as Record<string, unknown>;
    if (typeof code !== 'string' || typeof token !== 'string') return null;
    return protocol.roomCodePattern.test(code) && /^[A-Za-z0-9_-]{22,64}$/.test(token) ? { code, token } : null;
  } catch {
    return null;
  }
}
/** Without storage the token lives as long as the page: a reload then starts a new room. */
function keep(store: KeyValueStore, kept: Kept | null): void {
  if (kept) store.set(KEY, JSON.stringify(kept));
  else store.remove(KEY);
}

type CrowdRoomHandle = Room<unknown, CrowdStateInstance>;

/**
 * Opens (or reclaims) the facilitator's room and keeps it: after a drop the SDK reconnects; after a server restart
 * the link reclaims the room by code and token, or creates it again under the same code, and says so (`rejoined`)
 * so the vote can be reopened from the facilitator's copy. Throws, in plain words, when no server answers.
 */
export async function openProjectorLink(
  store: KeyValueStore,
  events: ProjectorLinkEvents,
  endpoint = `${location.origin}${protocol.CROWD_PATH}`,
): Promise<ProjectorLink> {
  const client = new Client(endpoint);
  let kept = readKept(store);
  let room: CrowdRoomHandle | null = null;
  let ended = false;

  const attach = (joined: CrowdRoomHandle): Promise<Kept> =>
    new Promise((resolve) => {
      room = joined;
      joined.reconnection.maxRetries = 3;
      joined.reconnection.maxDelay = 1000;
      joined.onMessage('facilitator', (message: ServerToProjector['facilitator']) => {
        kept = { code: message.code, token: message.token };
        keep(store, kept);
        // a re-created room whose code was taken meanwhile comes back under a new one: show it
        events.code(message.code);
        resolve(kept);
      });
      joined.onMessage('tally', (message: ServerToProjector['tally']) => events.tally(message));
      joined.onMessage('refused', (message: ServerToProjector['refused']) =>
        console.warn('[crowd] the room refused', message.type, message.reason),
      );
      joined.onStateChange((state) => events.state(stateView(state)));
      joined.onDrop(() => events.status('reconnecting', 'The connection to the room was lost. Reconnecting…'));
      joined.onReconnect(() => events.status('live', ''));
      joined.onLeave((code: number) => {
        if (ended || joined !== room) return;
        if (code === protocol.CLOSE_CODES.replaced) {
          ended = true;
          events.status('ended', 'This room is now shown in another window.');
          return;
        }
        events.status('reconnecting', 'The room server went away. Reconnecting, with every vote kept here…');
        rejoiner.start();
      });
    });

  /** Reclaims the kept room, or creates it again under its code (a restarted server has forgotten it). */
  const reclaim = async (previous: Kept): Promise<boolean> => {
    try {
      await attach(
        await client.joinById<CrowdStateInstance>(
          previous.code,
          { role: 'projector', token: previous.token },
          protocol.CrowdState,
        ),
      );
      return false;
    } catch (error) {
      if (!joinFailure(error, previous.code).noRoom) throw error;
    }
    await attach(
      await client.create<CrowdStateInstance>(
        protocol.CROWD_ROOM,
        { role: 'projector', code: previous.code, token: previous.token },
        protocol.CrowdState,
      ),
    );
    return true;
  };

  const rejoiner = createRejoiner(async () => {
    if (!kept || ended) return 'stop';
    const fresh = await reclaim(kept);
    events.status('live', '');
    events.rejoined(fresh);
    return 'joined';
  });

  try {
    if (kept) await reclaim(kept);
    else
      await attach(
        await client.create<CrowdStateInstance>(protocol.CROWD_ROOM, { role: 'projector' }, protocol.CrowdState),
      );
  } catch (error) {
    const code = kept?.code ?? '';
    throw new Error(
      joinFailure(error, code).noRoom
        ? 'The room could not be opened.'
        : 'The room server cannot be reached, so crowd play is off. Count hands as usual: club mode works as ever.',
      { cause: error },
    );
  }
  events.status('live', '');
  return {
    get code() {
      return kept?.code ?? '';
    },
    send(type, data) {
      room?.send(type, data);
    },
    end() {
      ended = true;
      rejoiner.stop();
      keep(store, null);
      void room?.leave(true);
    },
  };
}

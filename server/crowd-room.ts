import './node-websocket.ts';
import { type Client, CloseCode, Room, ServerError } from '@colyseus/core';
import type { Deferred } from '@colyseus/core';
import {
  CLOSE_CODES,
  CrowdState,
  type CrowdStateInstance,
  joinSchema,
  LIMITS,
  plainText,
  projectorJoinSchema,
} from '../src/crowd/protocol.ts';
import { createFloodLimit } from './flood-limit.ts';
import { claimRoomCode } from './room-code.ts';
import { newToken, sameSecret, seatOf } from './secrets.ts';
import { createTally, type Tally } from './tally.ts';
import { bindMessages } from './room-messages.ts';

export interface CrowdRoomConfig {
  /** Phones per room (the projector comes on top). */
  readonly maxPhones: number;
  /** How long a room waits for its projector to come back (reload, network) before it closes. */
  readonly projectorGapSeconds: number;
  /** How long a dropped phone's connection is held for the SDK to reconnect (its seat and vote stay anyway). */
  readonly phoneGapSeconds: number;
}

export const DEFAULT_ROOM_CONFIG: CrowdRoomConfig = {
  maxPhones: LIMITS.defaultMaxPhones,
  projectorGapSeconds: 300,
  phoneGapSeconds: 120,
};

/** Who a connection is: the facilitator's projector, or a phone in its seat. */
export type Member = { readonly role: 'projector' } | { readonly role: 'phone'; readonly seat: string };
export type CrowdClient = Client<{ userData: Member }>;

interface Seat {
  nickname: string;
  /** The connection now holding the seat (or holding it through a drop). */
  client: CrowdClient | null;
}

/** The crowd-play room for one club: a projector, its phones, one vote at a time. */
export function crowdRoomClass(config: CrowdRoomConfig): typeof CrowdRoom {
  return class ConfiguredCrowdRoom extends CrowdRoom {
    override readonly config = config;
  };
}

export class CrowdRoom extends Room<{ state: CrowdStateInstance; client: CrowdClient }> {
  readonly config: CrowdRoomConfig = DEFAULT_ROOM_CONFIG;
  override state = new CrowdState();
  override autoDispose = false;
  override maxMessagesPerSecond = LIMITS.messagesPerSecond * 5;

  token = '';
  projector: CrowdClient | null = null;
  readonly seats = new Map<string, Seat>();
  readonly flood = createFloodLimit(LIMITS.messagesPerSecond);
  tally: Tally = createTally(this);
  private creatorAdmitted = false;
  private projectorReconnection: Deferred | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;

  override async onCreate(options: unknown): Promise<void> {
    const parsed = projectorJoinSchema.safeParse(options);
    if (!parsed.success) throw new ServerError(400, 'A room is created by a projector.');
    // The phones, the projector, and a spare place for a reloaded projector while its old seat is still held.
    this.maxClients = this.config.maxPhones + 2;
    this.token = parsed.data.token ?? newToken();
    this.roomId = await claimRoomCode(parsed.data.code);
    bindMessages(this);
    this.startCloseTimer();
  }

  override onAuth(_client: CrowdClient, options: unknown): Member {
    const parsed = joinSchema.safeParse(options);
    if (!parsed.success) throw new ServerError(400, 'Those join details are not valid.');
    const join = parsed.data;
    if (join.role === 'projector') {
      // The first projector is the one that created the room (its seat is reserved with the create); every later
      // one must show the token the room gave it.
      if (this.creatorAdmitted && !sameSecret(join.token ?? '', this.token)) {
        throw new ServerError(403, 'Wrong facilitator token.');
      }
      this.creatorAdmitted = true;
      return { role: 'projector' };
    }
    const seat = seatOf(join.seatKey);
    const known = this.seats.get(seat);
    if (!known?.client && this.phonesPresent() >= this.config.maxPhones)
      throw new ServerError(403, 'The room is full.');
    return { role: 'phone', seat };
  }

  override onJoin(client: CrowdClient, options: unknown, member: Member): void {
    client.userData = member;
    if (member.role === 'projector') return this.seatProjector(client);
    const join = joinSchema.safeParse(options);
    const nickname =
      join.success && join.data.role === 'phone' ? plainText(join.data.nickname ?? '', LIMITS.nickname) : '';
    const seat = this.seats.get(member.seat);
    const previous = seat?.client;
    this.seats.set(member.seat, { nickname: nickname || (seat?.nickname ?? ''), client });
    if (previous && previous !== client) previous.leave(CLOSE_CODES.replaced);
    this.welcomePhone(client, member.seat);
    this.phonesChanged();
  }

  private seatProjector(client: CrowdClient): void {
    const previous = this.projector;
    this.projector = client;
    this.projectorReconnection?.reject(new Error('The projector joined again.'));
    this.projectorReconnection = null;
    if (previous && previous !== client) previous.leave(CLOSE_CODES.replaced);
    this.stopCloseTimer();
    this.state.projector = true;
    client.send('facilitator', { code: this.roomId, token: this.token, maxPhones: this.config.maxPhones });
    this.tally.sendFull();
  }

  /** Tells a phone its seat and its vote in the open vote, if it has one (on joining, and when votes are restored). */
  welcomePhone(client: CrowdClient, seat: string): void {
    const ballot = this.tally.box?.get(seat);
    const vote =
      ballot && this.tally.box ? { voteId: this.tally.box.voteId, option: ballot.option, reason: ballot.reason } : null;
    client.send('seat', { seat, vote });
  }

  override async onDrop(client: CrowdClient): Promise<void> {
    const member = client.userData;
    if (member?.role === 'projector' && client === this.projector) {
      this.state.projector = false;
      this.startCloseTimer();
      const reconnection = this.allowReconnection(client, this.config.projectorGapSeconds);
      this.projectorReconnection = reconnection;
      await reconnection.catch(() => undefined);
    } else if (member?.role === 'phone' && this.seats.get(member.seat)?.client === client) {
      await this.allowReconnection(client, this.config.phoneGapSeconds).catch(() => undefined);
    }
  }

  override onReconnect(client: CrowdClient): void {
    const member = client.userData;
    if (member?.role === 'projector') this.seatProjector(client);
    else if (member?.role === 'phone') {
      const seat = this.seats.get(member.seat);
      if (seat) seat.client = client;
      this.welcomePhone(client, member.seat);
    }
  }

  override onLeave(client: CrowdClient, code?: number): void {
    this.flood.forget(client.sessionId);
    const member = client.userData;
    if (member?.role === 'projector') {
      if (client !== this.projector) return;
      this.projector = null;
      this.state.projector = false;
      // The facilitator ended crowd play: the room goes now, with everything in it.
      if (code === CloseCode.CONSENTED) void this.disconnect(CLOSE_CODES.roomClosed);
      else this.startCloseTimer();
      return;
    }
    if (member?.role !== 'phone') return;
    const seat = this.seats.get(member.seat);
    if (seat?.client !== client) return;
    // The seat and its vote stay: the same phone coming back by code gets them again.
    seat.client = null;
    this.phonesChanged();
  }

  override onDispose(): void {
    this.stopCloseTimer();
    this.seats.clear();
    this.tally.clear();
  }

  phonesPresent(): number {
    let present = 0;
    for (const seat of this.seats.values()) if (seat.client) present += 1;
    return present;
  }

  private phonesChanged(): void {
    this.state.joined = this.phonesPresent();
    this.tally.schedule();
  }

  private startCloseTimer(): void {
    this.stopCloseTimer();
    this.closeTimer = setTimeout(
      () => void this.disconnect(CLOSE_CODES.roomClosed),
      this.config.projectorGapSeconds * 1000,
    );
  }

  private stopCloseTimer(): void {
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }
}

import type * as z from 'zod/mini';
import {
  LIMITS,
  phoneMessageSchemas,
  plainText,
  projectorMessageSchemas,
  type RefusalReason,
} from '../src/crowd/protocol.ts';
import type { CrowdClient, CrowdRoom, Member } from './crowd-room.ts';

const refuse = (client: CrowdClient, type: string, reason: RefusalReason): void =>
  client.send('refused', { type: type.slice(0, 40), reason });

/**
 * Every message goes through the same gate, in this order: the flood limit, the sender's role, the schema.
 * A message that fails any of them is answered `refused` and changes nothing.
 */
function handle<S extends z.ZodMiniType>(
  room: CrowdRoom,
  type: string,
  role: Member['role'],
  schema: S,
  act: (client: CrowdClient, data: z.infer<S>) => void,
): void {
  room.onMessage(type, (client: CrowdClient, payload: unknown) => {
    if (!room.flood.allow(client.sessionId, Date.now())) return refuse(client, type, 'too-fast');
    if (client.userData?.role !== role) return refuse(client, type, 'not-allowed');
    if (role === 'projector' && client !== room.projector) return refuse(client, type, 'not-allowed');
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return refuse(client, type, 'invalid');
    act(client, parsed.data);
  });
}

export function bindMessages(room: CrowdRoom): void {
  const { state, tally } = room;
  const openVote = (voteId: string): boolean => tally.box?.voteId === voteId;

  handle(room, 'open', 'projector', projectorMessageSchemas.open, (_client, data) => {
    tally.open(data.voteId, data.options.length);
    state.voteId = data.voteId;
    state.passage = data.passage;
    state.options.splice(
      0,
      state.options.length,
      ...data.options.map((option) => plainText(option, LIMITS.optionText)),
    );
    state.phase = 'open';
    state.decided = -1;
  });

  handle(room, 'restore', 'projector', projectorMessageSchemas.restore, (client, data) => {
    const box = tally.box;
    if (!box || !openVote(data.voteId)) return refuse(client, 'restore', 'closed');
    tally.reasonsShown = data.reasonsShown;
    for (const ballot of data.ballots) {
      if (!room.seats.has(ballot.seat)) {
        // a restore names seats that are not back yet, but never more than a full room's worth
        if (room.seats.size >= room.config.maxPhones * 2) continue;
        room.seats.set(ballot.seat, { nickname: plainText(ballot.nickname, LIMITS.nickname), client: null });
      }
      if (box.restore(ballot.seat, ballot.option, plainText(ballot.reason, LIMITS.reason), ballot.hidden)) {
        tally.changed(ballot.seat);
        // a phone that got back in before the projector reopened the vote was told it had no vote: tell it again
        const phone = room.seats.get(ballot.seat)?.client;
        if (phone) room.welcomePhone(phone, ballot.seat);
      }
    }
    tally.sendFull();
  });

  handle(room, 'close', 'projector', projectorMessageSchemas.close, (client, data) => {
    if (!openVote(data.voteId)) return refuse(client, 'close', 'closed');
    state.phase = 'closed';
    tally.sendFull();
  });

  handle(room, 'reveal', 'projector', projectorMessageSchemas.reveal, (_client, data) => {
    if (data.seat === null) tally.reasonsShown = true;
    else tally.box?.setHidden(data.seat, false);
    tally.sendFull();
  });

  handle(room, 'hide', 'projector', projectorMessageSchemas.hide, (_client, data) => {
    if (tally.box?.setHidden(data.seat, true)) tally.changed(data.seat);
  });

  handle(room, 'advance', 'projector', projectorMessageSchemas.advance, (client, data) => {
    if (!openVote(data.voteId)) return refuse(client, 'advance', 'closed');
    state.decided = data.chosen !== null && data.chosen < state.options.length ? data.chosen : -1;
    state.phase = 'waiting';
    // The decision is the projector's to keep; the server forgets the ballots now.
    tally.end();
  });

  handle(room, 'vote', 'phone', phoneMessageSchemas.vote, (client, data) => {
    const box = tally.box;
    const member = client.userData;
    if (member?.role !== 'phone') return;
    if (!box || state.phase !== 'open' || !openVote(data.voteId)) return refuse(client, 'vote', 'closed');
    if (data.option >= box.optionCount) return refuse(client, 'vote', 'invalid');
    const reason = plainText(data.reason ?? '', LIMITS.reason);
    box.cast(member.seat, data.option, reason);
    tally.changed(member.seat);
    client.send('accepted', { voteId: data.voteId, option: data.option, reason });
  });

  // Anything else (an unknown type) is refused too, and counts against the flood limit.
  room.onMessage('*', (client: CrowdClient, type: string | number) => {
    const allowed = room.flood.allow(client.sessionId, Date.now());
    refuse(client, String(type), allowed ? 'invalid' : 'too-fast');
  });
}

import { boot, type ColyseusTestServer } from '@colyseus/testing';
// @colyseus/testing's own config helper (installed with it): it types the options boot() takes.
import defineConfig from '@colyseus/tools';
import { CloseCode, type Room as SdkRoom } from '@colyseus/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CROWD_ROOM, LIMITS, roomCodePattern } from '../../src/crowd/protocol.ts';
import { CrowdRoom, crowdRoomClass } from '../../server/crowd-room.ts';
import { freePort, newSeatKey, recorder, sleep } from './crowd-helpers.ts';

let colyseus: ColyseusTestServer;

beforeAll(async () => {
  const config = defineConfig({
    initializeGameServer: (server) => {
      server.define(CROWD_ROOM, crowdRoomClass({ maxPhones: 5, projectorGapSeconds: 2, phoneGapSeconds: 2 }));
    },
  });
  colyseus = await boot(config, await freePort());
});
afterAll(() => colyseus.shutdown());
beforeEach(() => colyseus.cleanup());

async function projectorRoom() {
  const projector = await colyseus.sdk.create(CROWD_ROOM, { role: 'projector' });
  const inbox = recorder(projector);
  const facilitator = inbox.last('facilitator') ?? (await inbox.next('facilitator'));
  const room = colyseus.getRoomById<CrowdRoom>(facilitator.code);
  return { projector, inbox, facilitator, room };
}

async function phone(code: string, seatKey = newSeatKey(), nickname?: string) {
  const connection = await colyseus.sdk.joinById(code, { role: 'phone', seatKey, nickname });
  const inbox = recorder(connection);
  const seat = inbox.last('seat') ?? (await inbox.next('seat'));
  return { connection, inbox, seat, seatKey };
}

/** A room, then the "restarted" server: the projector re-creates its room under the same code and token. */
async function restartedRoom() {
  const { facilitator } = await projectorRoom();
  await colyseus.cleanup();
  const projector = await colyseus.sdk.create(CROWD_ROOM, {
    role: 'projector',
    code: facilitator.code,
    token: facilitator.token,
  });
  const inbox = recorder(projector);
  expect((inbox.last('facilitator') ?? (await inbox.next('facilitator'))).code).toBe(facilitator.code);
  return { facilitator, projector, inbox };
}

const open = (projector: SdkRoom, voteId = 'v1', options = ['Rise now', 'Wait for the Congress']) =>
  projector.send('open', { voteId, passage: 'The Central Committee meets.', options });

describe('crowd room', () => {
  it('gives the projector a code without look-alikes and a secret token', async () => {
    const { facilitator } = await projectorRoom();
    expect(facilitator.code).toMatch(roomCodePattern);
    expect(facilitator.token.length).toBeGreaterThanOrEqual(40);
    expect(facilitator.maxPhones).toBe(5);
  });

  it('counts one vote per phone, lets it change, and reports the majority on close', async () => {
    const { projector, inbox, facilitator } = await projectorRoom();
    open(projector);
    const phones = await Promise.all([1, 2, 3].map(() => phone(facilitator.code)));
    await sleep(100);
    for (const [i, p] of phones.entries()) p.connection.send('vote', { voteId: 'v1', option: i === 0 ? 1 : 0 });
    await inbox.next('tally', (t) => t.counts[0] === 2 && t.counts[1] === 1);
    // the first phone changes its mind: still three votes, not four
    phones[0]?.connection.send('vote', { voteId: 'v1', option: 0, reason: 'The moment will pass.' });
    const changed = await inbox.next('tally', (t) => t.counts[0] === 3);
    expect(changed.counts).toEqual([3, 0]);
    projector.send('close', { voteId: 'v1' });
    const closed = await inbox.next('tally', (t) => t.outcome !== null);
    expect(closed.outcome).toEqual({ kind: 'majority', winner: 0 });
    expect(closed.ballots).toHaveLength(3);
    // closed: no more votes
    phones[1]?.connection.send('vote', { voteId: 'v1', option: 1 });
    expect(await phones[1]?.inbox.next('refused')).toEqual({ type: 'vote', reason: 'closed' });
  });

  it('leaves a tie to the facilitator', async () => {
    const { projector, inbox, facilitator } = await projectorRoom();
    open(projector, 'v2', ['A', 'B', 'C']);
    const [a, b] = await Promise.all([phone(facilitator.code), phone(facilitator.code)]);
    await sleep(50);
    a?.connection.send('vote', { voteId: 'v2', option: 0 });
    b?.connection.send('vote', { voteId: 'v2', option: 2 });
    await inbox.next('tally', (t) => t.counts[0] === 1 && t.counts[2] === 1);
    projector.send('close', { voteId: 'v2' });
    const closed = await inbox.next('tally', (t) => t.outcome !== null);
    expect(closed.outcome).toEqual({ kind: 'tie', tied: [0, 2] });
  });

  it('keeps reasons hidden until revealed, and hides a single one', async () => {
    const { projector, inbox, facilitator } = await projectorRoom();
    open(projector);
    const a = await phone(facilitator.code, newSeatKey(), 'Masha');
    const b = await phone(facilitator.code);
    a.connection.send('vote', { voteId: 'v1', option: 0, reason: '<b>All power</b> to the Soviets' });
    b.connection.send('vote', { voteId: 'v1', option: 1, reason: 'Too soon' });
    const cast = await inbox.next('tally', (t) => t.counts[0] === 1 && t.counts[1] === 1);
    expect(cast.ballots.every((ballot) => !ballot.shown)).toBe(true);
    projector.send('reveal', { seat: null });
    const revealed = await inbox.next('tally', (t) => t.reasonsShown);
    expect(revealed.ballots.filter((ballot) => ballot.shown)).toHaveLength(2);
    const masha = revealed.ballots.find((ballot) => ballot.nickname === 'Masha');
    // plain text, kept as typed: the pages set it as text, never as markup
    expect(masha?.reason).toBe('<b>All power</b> to the Soviets');
    projector.send('hide', { seat: a.seat.seat });
    const hidden = await inbox.next('tally', (t) =>
      t.ballots.some((ballot) => ballot.seat === a.seat.seat && ballot.hidden),
    );
    expect(hidden.ballots.find((ballot) => ballot.seat === a.seat.seat)?.shown).toBe(false);
  });

  it('refuses facilitator actions from a phone, and the room is unharmed', async () => {
    const { projector, inbox, facilitator, room } = await projectorRoom();
    open(projector);
    const intruder = await phone(facilitator.code);
    for (const type of ['open', 'close', 'reveal', 'hide', 'advance', 'restore']) {
      intruder.connection.send(type, { voteId: 'v1', passage: '', options: ['x'], seat: null, chosen: 0, ballots: [] });
      expect(await intruder.inbox.next('refused', (r) => r.type === type)).toEqual({ type, reason: 'not-allowed' });
    }
    await sleep(1000); // past the flood window
    expect(room.state.phase).toBe('open');
    expect([...room.state.options]).toEqual(['Rise now', 'Wait for the Congress']);
    intruder.connection.send('vote', { voteId: 'v1', option: 1 });
    await inbox.next('tally', (t) => t.counts[1] === 1);
  });

  it('refuses wrong types, oversized text, unknown messages and options that do not exist', async () => {
    const { projector, facilitator, room } = await projectorRoom();
    open(projector);
    const p = await phone(facilitator.code);
    const bad: unknown[] = [
      { voteId: 'v1', option: '1' },
      { voteId: 'v1', option: 0.5 },
      { voteId: 'v1', option: 0, reason: 'x'.repeat(LIMITS.reason + 1) },
      { voteId: 'v1', option: 5 },
      'vote',
    ];
    for (const payload of bad) {
      p.connection.send('vote', payload);
      expect((await p.inbox.next('refused')).reason).toBe('invalid');
    }
    p.connection.send('shout', { text: 'hello' });
    expect(await p.inbox.next('refused')).toEqual({ type: 'shout', reason: 'invalid' });
    projector.send('open', { voteId: 'v9', passage: 'x', options: [] });
    await sleep(1100);
    expect(room.state.voteId).toBe('v1');
    expect(room.tally.box?.size).toBe(0);
  });

  it('refuses a flood past the per-connection limit, then accepts votes again', async () => {
    const { projector, inbox, facilitator } = await projectorRoom();
    open(projector);
    const p = await phone(facilitator.code);
    await sleep(1100);
    for (let i = 0; i < LIMITS.messagesPerSecond + 4; i += 1)
      p.connection.send('vote', { voteId: 'v1', option: i % 2 });
    await p.inbox.next('refused', (r) => r.reason === 'too-fast');
    expect(p.inbox.all('accepted')).toHaveLength(LIMITS.messagesPerSecond);
    await sleep(1100);
    p.connection.send('vote', { voteId: 'v1', option: 1, reason: 'after the flood' });
    expect((await p.inbox.next('accepted')).reason).toBe('after the flood');
    await inbox.next('tally', (t) => t.counts[1] === 1 && t.counts[0] === 0);
  });

  it('closes a connection that keeps flooding far past the limit; the room carries on', async () => {
    const { projector, inbox, facilitator, room } = await projectorRoom();
    open(projector);
    const flooder = await phone(facilitator.code);
    flooder.connection.reconnection.enabled = false;
    const left = new Promise<number>((resolve) => flooder.connection.onLeave((code: number) => resolve(code)));
    for (let i = 0; i < LIMITS.messagesPerSecond * 10; i += 1)
      flooder.connection.send('vote', { voteId: 'v1', option: 0 });
    expect(await left).toBe(CloseCode.WITH_ERROR);
    const honest = await phone(facilitator.code);
    honest.connection.send('vote', { voteId: 'v1', option: 1 });
    await inbox.next('tally', (t) => t.counts[1] === 1);
    expect(room.state.phase).toBe('open');
  });

  it('keeps a phone’s seat and vote when it comes back with its seat key', async () => {
    const { projector, inbox, facilitator } = await projectorRoom();
    open(projector);
    const first = await phone(facilitator.code, newSeatKey(), 'Kolya');
    first.connection.send('vote', { voteId: 'v1', option: 1, reason: 'wait' });
    await first.inbox.next('accepted');
    await first.connection.leave(true);
    await inbox.until('tally', (t) => t.joined === 0);
    const again = await phone(facilitator.code, first.seatKey);
    expect(again.seat).toEqual({ seat: first.seat.seat, vote: { voteId: 'v1', option: 1, reason: 'wait' } });
    const back = await inbox.next('tally', (t) => t.joined === 1);
    expect(back.counts).toEqual([0, 1]);
  });

  it('takes a phone that dropped (Wi-Fi, screen lock) back into its seat by itself, vote kept', async () => {
    const { projector, inbox, facilitator, room } = await projectorRoom();
    open(projector);
    const p = await phone(facilitator.code);
    p.connection.send('vote', { voteId: 'v1', option: 1, reason: 'kept' });
    await p.inbox.next('accepted');
    p.connection.reconnection.minUptime = 0;
    // what the SDK does when the browser goes offline
    p.connection.connection.close(CloseCode.MAY_TRY_RECONNECT);
    const again = await p.inbox.next('seat', () => true, 5000);
    expect(again).toEqual({ seat: p.seat.seat, vote: { voteId: 'v1', option: 1, reason: 'kept' } });
    expect(room.state.joined).toBe(1);
    p.connection.send('vote', { voteId: 'v1', option: 0 });
    await inbox.next('tally', (t) => t.counts[0] === 1 && t.counts[1] === 0);
  });

  it('lets only the token reclaim the room after the projector reloads', async () => {
    const { projector, facilitator, room } = await projectorRoom();
    open(projector);
    await expect(colyseus.sdk.joinById(facilitator.code, { role: 'projector', token: newSeatKey() })).rejects.toThrow();
    await expect(colyseus.sdk.joinById(facilitator.code, { role: 'projector' })).rejects.toThrow();
    await projector.leave(false);
    await sleep(200);
    expect(room.state.projector).toBe(false);
    const again = await colyseus.sdk.joinById(facilitator.code, { role: 'projector', token: facilitator.token });
    const inbox = recorder(again);
    const tally = await inbox.next('tally', (t) => t.full);
    expect(tally.voteId).toBe('v1');
    expect(room.state.projector).toBe(true);
  });

  it('restores the votes already cast after a restart, and a newer phone vote wins', async () => {
    const { facilitator, projector, inbox } = await restartedRoom();
    open(projector, 'v1', ['A', 'B']);
    const returning = await phone(facilitator.code);
    returning.connection.send('vote', { voteId: 'v1', option: 0, reason: 'changed my mind' });
    await returning.inbox.next('accepted');
    projector.send('restore', {
      voteId: 'v1',
      reasonsShown: true,
      ballots: [
        { seat: returning.seat.seat, nickname: '', option: 1, reason: 'old', hidden: false },
        { seat: 'AAAAAAAAAAAAAAAA', nickname: 'Away', option: 1, reason: 'still counts', hidden: true },
      ],
    });
    const restored = await inbox.next('tally', (t) => t.full && t.ballots.length === 2);
    expect(restored.counts).toEqual([1, 1]);
    expect(restored.ballots.find((b) => b.nickname === 'Away')).toMatchObject({ reason: 'still counts', shown: false });
    expect(restored.ballots.find((b) => b.seat === returning.seat.seat)?.reason).toBe('changed my mind');
  });

  it('tells a phone that got back before the vote was reopened that its vote was restored', async () => {
    const { facilitator, projector } = await restartedRoom();
    // the phone is back first: there is no vote yet, so it is told it has none
    const early = await phone(facilitator.code);
    expect(early.seat.vote).toBeNull();
    open(projector, 'v1', ['A', 'B']);
    await sleep(100);
    projector.send('restore', {
      voteId: 'v1',
      reasonsShown: false,
      ballots: [{ seat: early.seat.seat, nickname: '', option: 1, reason: 'kept', hidden: false }],
    });
    const told = await early.inbox.next('seat', (message) => message.vote !== null);
    expect(told.vote).toMatchObject({ voteId: 'v1', option: 1, reason: 'kept' });
  });

  it('holds at most maxPhones phones', async () => {
    const { facilitator } = await projectorRoom();
    await Promise.all([1, 2, 3, 4, 5].map(() => phone(facilitator.code)));
    await expect(colyseus.sdk.joinById(facilitator.code, { role: 'phone', seatKey: newSeatKey() })).rejects.toThrow(
      /full/,
    );
  });

  it('closes the room when the facilitator ends crowd play, keeping nothing', async () => {
    const { projector, facilitator, room } = await projectorRoom();
    open(projector);
    const p = await phone(facilitator.code);
    p.connection.send('vote', { voteId: 'v1', option: 0, reason: 'secret' });
    await p.inbox.next('accepted');
    await projector.leave(true);
    await sleep(300);
    expect(room.seats.size).toBe(0);
    expect(room.tally.box).toBeNull();
    await expect(colyseus.sdk.joinById(facilitator.code, { role: 'phone', seatKey: newSeatKey() })).rejects.toThrow();
  });
});

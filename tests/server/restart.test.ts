import type { ChildProcess } from 'node:child_process';
import { Client } from '@colyseus/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { CROWD_PATH, CROWD_ROOM } from '../../src/crowd/protocol.ts';
import { freePort, newSeatKey, recorder, startRoomProcess, stopProcess } from './crowd-helpers.ts';

let server: ChildProcess | null = null;
afterAll(async () => {
  if (server) await stopProcess(server);
});

describe('a room server restart mid-vote', () => {
  it('loses no vote: the projector re-creates its room and restores the ballots, phones rejoin their seats', async () => {
    const port = await freePort();
    server = await startRoomProcess(port);
    const client = new Client(`http://127.0.0.1:${port}${CROWD_PATH}`);
    const projector = await client.create(CROWD_ROOM, { role: 'projector' });
    let inbox = recorder(projector);
    const { code, token } = inbox.last('facilitator') ?? (await inbox.next('facilitator'));
    const open = { voteId: 'v7', passage: 'The cruiser Aurora.', options: ['Fire the blank', 'Hold'] };
    projector.send('open', open);
    const seatKeys = [newSeatKey(), newSeatKey(), newSeatKey()];
    const phones = await Promise.all(seatKeys.map((seatKey) => client.joinById(code, { role: 'phone', seatKey })));
    phones.forEach((phone, i) => phone.send('vote', { voteId: 'v7', option: i % 2, reason: `reason ${i}` }));
    const before = await inbox.next('tally', (t) => t.counts[0] === 2 && t.counts[1] === 1);

    // the server goes down and comes back on the same port
    for (const room of [projector, ...phones]) room.reconnection.enabled = false;
    await stopProcess(server);
    server = await startRoomProcess(port);
    await expect(client.joinById(code, { role: 'projector', token })).rejects.toThrow();

    const again = await client.create(CROWD_ROOM, { role: 'projector', code, token });
    inbox = recorder(again);
    expect((inbox.last('facilitator') ?? (await inbox.next('facilitator'))).code).toBe(code);
    again.send('open', open);
    again.send('restore', {
      voteId: 'v7',
      reasonsShown: false,
      ballots: before.ballots.map(({ seat, nickname, option, reason, hidden }) => ({
        seat,
        nickname,
        option,
        reason,
        hidden,
      })),
    });
    const restored = await inbox.next('tally', (t) => t.ballots.length === 3);
    expect(restored.counts).toEqual([2, 1]);

    // a phone comes back with its seat key and finds its vote
    const back = await client.joinById(code, { role: 'phone', seatKey: seatKeys[1] });
    const phoneInbox = recorder(back);
    const seat = phoneInbox.last('seat') ?? (await phoneInbox.next('seat'));
    expect(seat.vote).toEqual({ voteId: 'v7', option: 1, reason: 'reason 1' });
    await again.leave(true);
  }, 60_000);
});

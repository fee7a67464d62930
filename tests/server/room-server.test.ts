import { request } from 'node:http';
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CROWD_PATH, CROWD_ROOM, LIMITS } from '../../src/crowd/protocol.ts';
import { type RunningRoomServer, startRoomServer } from '../../server/room-server.ts';
import { newSeatKey, recorder } from './crowd-helpers.ts';

let running: RunningRoomServer;
let client: Client;

beforeAll(async () => {
  running = await startRoomServer({
    host: '127.0.0.1',
    port: 0,
    joinLimit: { failures: 4, perMinute: 100 },
    fallback: (_request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end('the game'),
  });
  client = new Client(`http://127.0.0.1:${running.port}${CROWD_PATH}`);
});
afterAll(() => running.close());

/** A WebSocket handshake with a chosen Origin, answered with the HTTP status (101 = upgraded). */
function handshake(path: string, origin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port: running.port,
      path,
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        origin,
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        'sec-websocket-version': '13',
      },
    });
    req.on('upgrade', (response, socket) => {
      socket.destroy();
      resolve(response.statusCode ?? 0);
    });
    req.on('response', (response) => resolve(response.statusCode ?? 0));
    req.on('error', reject);
    req.end();
  });
}

describe('room server', () => {
  it('serves the rooms under /crowd and everything else from the fallback', async () => {
    const projector = await client.create(CROWD_ROOM, { role: 'projector' });
    const inbox = recorder(projector);
    const { code } = inbox.last('facilitator') ?? (await inbox.next('facilitator'));
    projector.send('open', { voteId: 'v1', passage: '', options: ['A', 'B'] });
    const phone = await client.joinById(code, { role: 'phone', seatKey: newSeatKey() });
    phone.send('vote', { voteId: 'v1', option: 1 });
    expect((await inbox.next('tally', (t) => t.counts[1] === 1)).counts).toEqual([0, 1]);
    const page = await fetch(`http://127.0.0.1:${running.port}/index.html`);
    expect(await page.text()).toBe('the game');
    await projector.leave(true);
  });

  it('refuses WebSockets and matchmaking from another site, and accepts its own host', async () => {
    const host = `http://127.0.0.1:${running.port}`;
    expect(await handshake(`${CROWD_PATH}/x/y`, 'http://evil.example')).toBe(401);
    const foreign = await fetch(`${host}${CROWD_PATH}/matchmake/create/${CROWD_ROOM}`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'projector' }),
    });
    expect(foreign.status).toBe(403);
    const own = await fetch(`${host}${CROWD_PATH}/matchmake/create/${CROWD_ROOM}`, {
      method: 'POST',
      headers: { origin: host, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'projector' }),
    });
    expect(own.status).toBe(200);
  });

  it('closes a connection that sends a frame over the size limit; the room carries on', async () => {
    const projector = await client.create(CROWD_ROOM, { role: 'projector' });
    const inbox = recorder(projector);
    const { code } = inbox.last('facilitator') ?? (await inbox.next('facilitator'));
    projector.send('open', { voteId: 'v1', passage: '', options: ['A', 'B'] });
    const vandal = await client.joinById(code, { role: 'phone', seatKey: newSeatKey() });
    vandal.reconnection.enabled = false;
    const left = new Promise<number>((resolve) => vandal.onLeave((leaveCode: number) => resolve(leaveCode)));
    vandal.send('vote', { voteId: 'v1', option: 0, reason: 'x'.repeat(LIMITS.messageBytes + 10) });
    expect(await left).toBeGreaterThan(1000);
    const honest = await client.joinById(code, { role: 'phone', seatKey: newSeatKey() });
    honest.send('vote', { voteId: 'v1', option: 0 });
    expect((await inbox.next('tally', (t) => t.counts[0] === 1)).counts).toEqual([1, 0]);
    await projector.leave(true);
  });

  it('turns an address away after a few wrong codes, so guessing fails', async () => {
    const projector = await client.create(CROWD_ROOM, { role: 'projector' });
    const inbox = recorder(projector);
    const { code } = inbox.last('facilitator') ?? (await inbox.next('facilitator'));
    // the same missing code again and again (a phone waiting for its room after a restart) is not guessing
    for (let i = 0; i < 6; i += 1) {
      await expect(client.joinById('AAAAAA', { role: 'phone', seatKey: newSeatKey() })).rejects.toThrow();
    }
    await expect(client.joinById('CCCCCC', { role: 'phone', seatKey: newSeatKey() })).rejects.toThrow();
    await expect(client.joinById('DDDDDD', { role: 'phone', seatKey: newSeatKey() })).rejects.toThrow();
    // three different wrong codes so far: the right one still works
    const phone = await client.joinById(code, { role: 'phone', seatKey: newSeatKey() });
    await phone.leave(true);
    await expect(client.joinById('EEEEEE', { role: 'phone', seatKey: newSeatKey() })).rejects.toThrow();
    // even the right code is refused now
    const refused = await fetch(`http://127.0.0.1:${running.port}${CROWD_PATH}/matchmake/joinById/${code}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'phone', seatKey: newSeatKey() }),
    });
    expect(refused.status).toBe(429);
    await projector.leave(true);
  });
});

import { type ChildProcess, spawnSync } from 'node:child_process';
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CROWD_PATH, CROWD_ROOM } from '../../src/crowd/protocol.ts';
import { freePort, newSeatKey, recorder, sleep, startRoomProcess, stopProcess } from './crowd-helpers.ts';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis) {
  console.warn('Skipping the two-process Redis test: redis-server is not installed (apt-get install redis-server).');
}

let redisPort = 0;
const processes: ChildProcess[] = [];

const roomProcess = (port: number): Promise<ChildProcess> =>
  startRoomProcess(port, {
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    PUBLIC_ADDRESS: `127.0.0.1:${port}${CROWD_PATH}`,
  }).then((child) => {
    processes.push(child);
    return child;
  });

describe.skipIf(!hasRedis)('crowd play across two processes sharing Redis', () => {
  let portA = 0;
  let portB = 0;

  beforeAll(async () => {
    redisPort = await freePort();
    const started = spawnSync('redis-server', [
      '--port',
      String(redisPort),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'yes',
    ]);
    expect(started.status).toBe(0);
    for (
      let i = 0;
      i < 50 &&
      spawnSync('redis-cli', ['-p', String(redisPort), 'ping'])
        .stdout.toString()
        .trim() !== 'PONG';
      i += 1
    ) {
      await sleep(100);
    }
    [portA, portB] = [await freePort(), await freePort()];
    await Promise.all([roomProcess(portA), roomProcess(portB)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(processes.map(stopProcess));
    spawnSync('redis-cli', ['-p', String(redisPort), 'shutdown', 'nosave']);
  });

  it('runs a vote with the projector on one process and the phones joining through the other', async () => {
    const projector = await new Client(`http://127.0.0.1:${portA}${CROWD_PATH}`).create(CROWD_ROOM, {
      role: 'projector',
    });
    const inbox = recorder(projector);
    const { code } = inbox.last('facilitator') ?? (await inbox.next('facilitator'));
    projector.send('open', { voteId: 'v1', passage: 'At Smolny.', options: ['Rise', 'Wait'] });

    const viaB = new Client(`http://127.0.0.1:${portB}${CROWD_PATH}`);
    const phones = await Promise.all(
      [0, 1, 2].map(() => viaB.joinById(code, { role: 'phone', seatKey: newSeatKey() })),
    );
    phones.forEach((phone, i) => phone.send('vote', { voteId: 'v1', option: i === 2 ? 1 : 0, reason: `phone ${i}` }));
    const tally = await inbox.next('tally', (t) => t.counts[0] === 2 && t.counts[1] === 1, 10_000);
    expect(tally.joined).toBe(3);

    // a wrong code is refused on both processes
    await expect(viaB.joinById('AAAAAA', { role: 'phone', seatKey: newSeatKey() })).rejects.toThrow();
    await projector.leave(true);
  }, 60_000);
});

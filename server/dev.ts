/**
 * `npm start`: Vite's dev server, with the room server beside it on a loopback port (CROWD_DEV_PORT, default
 * 2567) that Vite proxies under CROWD_PATH, so the page reaches its rooms on its own origin as in `npm run serve`.
 * When the room server cannot start, the game starts anyway: only crowd play is missing.
 */
import type { ProxyOptions } from 'vite';
import { createServer } from 'vite';
import { CROWD_PATH } from '../src/crowd/protocol.ts';
import { roomServerEnv } from './env.ts';
import type { RunningRoomServer } from './room-server.ts';

async function startRooms(): Promise<RunningRoomServer | null> {
  try {
    const { startRoomServer } = await import('./room-server.ts');
    return await startRoomServer({
      host: '127.0.0.1',
      port: Number(process.env['CROWD_DEV_PORT'] ?? 2567),
      ...roomServerEnv(),
    });
  } catch (error) {
    console.warn(`Crowd play is off (the room server did not start: ${String(error)}). The game runs without it.`);
    return null;
  }
}

const rooms = await startRooms();
const proxy: Record<string, ProxyOptions> = rooms
  ? { [CROWD_PATH]: { target: `http://127.0.0.1:${rooms.port}`, ws: true } }
  : {};
const vite = await createServer({
  server: { proxy, ...(process.env['HOST'] ? { host: process.env['HOST'] } : {}) },
});
await vite.listen();
vite.printUrls();
if (rooms) console.log(`  ➜  Crowd play: rooms on ${CROWD_PATH} (room server on 127.0.0.1:${rooms.port})`);
vite.bindCLIShortcuts({ print: true });

const stop = (): void => void Promise.all([vite.close(), rooms?.close()]).then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

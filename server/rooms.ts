/**
 * The room server alone (no game files): one process of a several-process setup behind a load balancer, or a
 * room server beside a game served elsewhere. HOST (default 127.0.0.1), PORT (default 2567), and the settings in
 * `server/env.ts` (REDIS_URL, PUBLIC_ADDRESS, CROWD_MAX_PHONES, CROWD_ORIGINS).
 */
import { roomServerEnv } from './env.ts';
import { startRoomServer } from './room-server.ts';

const running = await startRoomServer({
  host: process.env['HOST'] ?? '127.0.0.1',
  port: Number(process.env['PORT'] ?? 2567),
  ...roomServerEnv(),
});
console.log(`crowd rooms listening on port ${running.port}`);

const stop = (): void => void running.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

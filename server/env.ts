import type { RoomServerOptions } from './room-server.ts';

type FromEnv = Pick<RoomServerOptions, 'room' | 'allowedOrigins' | 'redisUrl' | 'publicAddress'>;

/**
 * The room server's settings from the environment: CROWD_MAX_PHONES (phones per room, default 300),
 * CROWD_ORIGINS (comma-separated origins of pages served elsewhere that may use the rooms), REDIS_URL (share
 * rooms with other processes) and PUBLIC_ADDRESS (host:port/crowd by which this process is reached; needed with
 * Redis, so each process sends clients to itself).
 */
export function roomServerEnv(env: NodeJS.ProcessEnv = process.env): FromEnv {
  const maxPhones = Number(env['CROWD_MAX_PHONES']);
  const origins = (env['CROWD_ORIGINS'] ?? '').split(',').map((origin) => origin.trim());
  return {
    ...(Number.isInteger(maxPhones) && maxPhones > 0 ? { room: { maxPhones } } : {}),
    allowedOrigins: origins.filter(Boolean),
    ...(env['REDIS_URL'] ? { redisUrl: env['REDIS_URL'] } : {}),
    ...(env['PUBLIC_ADDRESS'] ? { publicAddress: env['PUBLIC_ADDRESS'] } : {}),
  };
}

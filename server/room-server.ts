import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchMaker, type Presence, Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { CROWD_PATH, CROWD_ROOM, LIMITS } from '../src/crowd/protocol.ts';
import { crowdRoomClass, type CrowdRoomConfig, DEFAULT_ROOM_CONFIG } from './crowd-room.ts';
import { createJoinLimit, DEFAULT_JOIN_LIMIT, type JoinLimitConfig } from './join-limit.ts';
import { originAllowed } from './origin.ts';

export interface RoomServerOptions {
  readonly host: string;
  /** 0: any free port (tests). */
  readonly port: number;
  readonly room?: Partial<CrowdRoomConfig>;
  readonly joinLimit?: Partial<JoinLimitConfig>;
  /** Origins besides the server's own host that may open rooms (CROWD_ORIGINS). */
  readonly allowedOrigins?: readonly string[];
  /** Rooms shared with other processes through this Redis (REDIS_URL). */
  readonly redisUrl?: string;
  /** How the other processes and the phones reach this one (host:port), needed with Redis. */
  readonly publicAddress?: string;
  /** Everything outside CROWD_PATH: the built game (`npm run serve`); without it, 404. */
  readonly fallback?: RequestListener;
}

export interface RunningRoomServer {
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

/** `/crowd/matchmake/…` → `/matchmake/…`; `null` when the path is not the room server's. */
function withoutPrefix(url: string | undefined): string | null {
  if (!url?.startsWith(CROWD_PATH)) return null;
  const rest = url.slice(CROWD_PATH.length);
  return rest === '' || rest.startsWith('/') || rest.startsWith('?') ? rest || '/' : null;
}

const addressOf = (request: IncomingMessage): string => request.socket.remoteAddress ?? 'unknown';

/**
 * The room server on one HTTP server: Colyseus' matchmaking and WebSockets under CROWD_PATH (origin-checked,
 * join-limited per address, frames capped at LIMITS.messageBytes), anything else to `fallback`.
 */
export async function startRoomServer(options: RoomServerOptions): Promise<RunningRoomServer> {
  const allowed = options.allowedOrigins ?? [];
  const joinLimit = createJoinLimit({ ...DEFAULT_JOIN_LIMIT, ...options.joinLimit });
  const http = createServer();
  // The transport reads the room from the path: it is given the path without our prefix.
  http.prependListener('upgrade', (request: IncomingMessage) => {
    request.url = withoutPrefix(request.url) ?? '/not-a-room';
  });
  const transport = new WebSocketTransport({
    server: http,
    maxPayload: LIMITS.messageBytes,
    verifyClient: (info: { origin: string; req: IncomingMessage }) =>
      originAllowed(info.origin, info.req.headers.host, allowed),
  });
  const shared = options.redisUrl
    ? { presence: new RedisPresence(options.redisUrl) as Presence, driver: new RedisDriver(options.redisUrl) }
    : {};
  const server = new Server({
    transport,
    ...shared,
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
    // A room is made by the process the projector asked, never handed to another: the projector's page may
    // then connect to its own origin alone (only the phones of a shared setup cross to another process).
    selectProcessIdToCreateRoom: () => Promise.resolve(matchMaker.processId),
    greet: false,
    gracefullyShutdown: false,
  });
  server.define(CROWD_ROOM, crowdRoomClass({ ...DEFAULT_ROOM_CONFIG, ...options.room }));
  // A port in use is reported as an 'error' event, never to listen()'s promise: wait for whichever comes first.
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    server.listen(options.port, options.host).then(() => {
      http.off('error', reject);
      resolve();
    }, reject);
  });

  // Colyseus answers every request it is given; it is given only ours.
  const colyseus = http.listeners('request') as RequestListener[];
  http.removeAllListeners('request');
  const toColyseus = (request: IncomingMessage, response: ServerResponse): void => {
    for (const listener of colyseus) listener(request, response);
  };
  http.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const path = withoutPrefix(request.url);
    if (path === null) {
      if (options.fallback) return options.fallback(request, response);
      return void response.writeHead(404).end();
    }
    if (!originAllowed(request.headers.origin, request.headers.host, allowed)) {
      return void response.writeHead(403).end();
    }
    request.url = path;
    if (!path.startsWith('/matchmake')) return toColyseus(request, response);
    const address = addressOf(request);
    void joinLimit.admit(address).then((admitted) => {
      if (!admitted) return void response.writeHead(429, { 'retry-after': '60' }).end();
      response.on('finish', () => {
        if (response.statusCode >= 400) void joinLimit.failed(address, path.split('?')[0]?.split('/').pop() ?? '');
      });
      toColyseus(request, response);
    });
  });

  const port = (http.address() as AddressInfo).port;
  return {
    port,
    server,
    async close() {
      await server.gracefullyShutdown(false);
      http.closeAllConnections();
      await new Promise<void>((resolve) => (http.listening ? http.close(() => resolve()) : resolve()));
    },
  };
}

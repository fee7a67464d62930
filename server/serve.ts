/**
 * `npm run serve`: the built game (`dist/`) and the room server on one port, for a club whose facilitator's
 * laptop is the server. HOST (default 0.0.0.0: the local network) and PORT (default 8080) are settable; the
 * room server's other settings are in `server/env.ts`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { JOIN_PAGE } from '../src/crowd/protocol.ts';
import { roomServerEnv } from './env.ts';
import { joinBanner, lanAddresses } from './lan.ts';
import { startRoomServer } from './room-server.ts';

const root = resolve(import.meta.dirname, '..', process.env['DIST'] ?? 'dist');
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No built game in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}
const host = process.env['HOST'] ?? '0.0.0.0';
const port = Number(process.env['PORT'] ?? 8080);
const game = sirv(root, { etag: true, gzip: false });

const running = await startRoomServer({ host, port, ...roomServerEnv(), fallback: (req, res) => game(req, res) });
const lanHost = host === '0.0.0.0' || host === '::' ? (lanAddresses()[0] ?? '127.0.0.1') : host;
const base = `http://${lanHost}:${running.port}`;
console.log(`Petrograd 1917 at ${base}/ (this machine: http://localhost:${running.port}/)`);
console.log(joinBanner(`${base}/${JOIN_PAGE}`, process.stdout.isTTY));

const stop = (): void => void running.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

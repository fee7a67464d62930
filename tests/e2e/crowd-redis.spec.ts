import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freePort, sleep, stopProcess } from '../server/crowd-helpers.ts';
import { joinRoom, startCrowdPlay } from './crowd-pages.ts';

// Two `npm run serve` processes sharing their rooms through Redis, as behind a load balancer: the projector's
// page on one, the phones' pages on the other. The test starts Redis and both processes on loopback ports of its
// own and stops them after.
const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(process.env['PW_DIST'] ?? 'dist');
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const processes: ChildProcess[] = [];
let redisPort = 0;
const ports: number[] = [];

async function serve(port: number, origins: string): Promise<void> {
  const child = spawn(resolve(ROOT, 'node_modules/.bin/tsx'), ['server/serve.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DIST,
      HOST: '127.0.0.1',
      PORT: String(port),
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      PUBLIC_ADDRESS: `127.0.0.1:${port}/crowd`,
      // each process sends a phone to the process that holds its room: both games' pages may use both
      CROWD_ORIGINS: origins,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  processes.push(child);
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve on ${port} did not start`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Petrograd 1917 at')) {
        clearTimeout(timer);
        ready();
      }
    });
    child.once('exit', (code) => fail(new Error(`serve on ${port} exited (${code})`)));
  });
}

test.skip(!hasRedis, 'redis-server is not installed (.ci/run installs it)');

test.beforeAll(async () => {
  redisPort = await freePort();
  const started = spawnSync('redis-server', [
    ...['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    ...['--daemonize', 'yes'],
  ]);
  expect(started.status).toBe(0);
  for (let i = 0; i < 50; i += 1) {
    if (
      spawnSync('redis-cli', ['-p', String(redisPort), 'ping'])
        .stdout.toString()
        .trim() === 'PONG'
    )
      break;
    await sleep(100);
  }
  ports.push(await freePort(), await freePort());
  const origins = ports.map((port) => `http://127.0.0.1:${port}`).join(',');
  await Promise.all(ports.map((port) => serve(port, origins)));
});

test.afterAll(async () => {
  await Promise.all(processes.map(stopProcess));
  if (redisPort) spawnSync('redis-cli', ['-p', String(redisPort), 'shutdown', 'nosave']);
});

test('two processes and Redis: the projector on one, the phones through the other, one vote decided', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const projectorContext = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const projector = await projectorContext.newPage();
  const code = await startCrowdPlay(projector, `http://127.0.0.1:${ports[0] ?? 0}`);

  // a phone opened on B is sent to A, which holds the room: a build for such a setup names A and B in CROWD_CONNECT
  // (tools/vite/vite-plugin-connect-src.ts, tested on its own); this test's build is the plain one, so the phones'
  // pages skip their Content-Security-Policy instead
  const phoneContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
    bypassCSP: true,
  });
  const phones = [await phoneContext.newPage(), await phoneContext.newPage()];
  await joinRoom(phones[0] as Page, `http://127.0.0.1:${ports[1] ?? 0}`, code, 'Olga');
  await joinRoom(phones[1] as Page, `http://127.0.0.1:${ports[1] ?? 0}`, code, 'Pyotr');
  await expect(projector.locator('.crowd-joined')).toHaveText(/^2 phones joined/);

  await projector.getByRole('button', { name: 'Open the vote on the phones' }).click();
  const first = (await projector.locator('.vote-text').first().innerText()).trim();
  for (const page of phones) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The vote is open');
    await page.getByRole('button', { name: first, exact: true }).click();
  }
  await expect(projector.locator('#vote-count-1')).toHaveValue('2');
  await projector.getByRole('button', { name: 'Close the vote and count' }).click();
  await expect(projector.getByRole('region', { name: 'The group decides' }).locator('.vote-result')).toContainText(
    first,
    { timeout: 10_000 },
  );
  await phoneContext.close();
  await projectorContext.close();
});

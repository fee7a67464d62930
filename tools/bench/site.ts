/**
 * Builds the game and the baseline page into one private folder and serves it with `vite preview`,
 * so that a rebuild of dist/ by anything else while the benchmark runs cannot change what it measures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { inkPlugin } from '../ink/vite-plugin-ink.ts';

/** The game at `/index.html`, the baseline at `/bench/index.html`. */
export async function buildSite(outDir: string): Promise<void> {
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'error', // a slow build on a busy machine warns about plugin timings: noise here
    build: { outDir, emptyOutDir: true },
  });
  await build({
    configFile: false,
    root: resolve('bench'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [inkPlugin({ soundManifest: resolve('assets/audio/manifest.json') })],
    build: { outDir: join(outDir, 'bench'), emptyOutDir: true, target: 'es2022' },
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? done(port) : fail(new Error('no free port'))));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

export interface Preview {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(hard);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** Starts `vite preview` on a free port (Vite itself, not npx, so that the PID is Vite's). */
export async function startPreview(siteDir: string): Promise<Preview> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      resolve('node_modules/vite/bin/vite.js'),
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--outDir',
      siteDir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr?.on('data', (data: Buffer) => (output += data.toString()));
  // whatever happens to this process, the server goes with it
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    await stopChild(child);
  };
  const pid = child.pid ?? 0;
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/bench/index.html`)).ok) return { url, pid, stop };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`vite preview did not start:\n${output}`);
}

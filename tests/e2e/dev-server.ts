import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { createServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

export interface DevStory {
  readonly url: string;
  /** The copy of the fixture story the server plays: edit it freely, it is thrown away at close. */
  readonly dir: string;
  /** What Vite does when a codex entry (or code it cannot swap in place) is saved: every page reloads. */
  reloadPages(): void;
  close(): Promise<void>;
}

/**
 * `npm start` as a writer runs it, on a copy of tests/fixtures/writers or another fixture (never story/, which others
 * are editing). The server watches only that copy: edits others make to the tree meanwhile must not
 * reload the page under the test.
 */
export async function startDevServer(port: number, fixture = 'writers'): Promise<DevStory> {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'tmp', 'writers-'));
  cpSync(join(ROOT, 'tests/fixtures', fixture), dir, { recursive: true });
  process.env['PETROGRAD_STORY'] = join(dir, 'main.ink');
  const watched = (path: string): boolean =>
    path === dir || path.startsWith(dir + sep) || (dir + sep).startsWith(path + sep);
  const server = await createServer({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    // its own cache of pre-bundled dependencies, apart from any `npm start` running beside it
    cacheDir: join(ROOT, 'node_modules/.vite-writers-test'),
    logLevel: 'error',
    server: { port, strictPort: true, host: '127.0.0.1', watch: { ignored: (path: string) => !watched(path) } },
  });
  await server.listen();
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    reloadPages: () => server.ws.send({ type: 'full-reload' }),
    async close() {
      await server.close();
      delete process.env['PETROGRAD_STORY'];
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

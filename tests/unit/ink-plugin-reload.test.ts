import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_CHANGED_EVENT } from '../../src/dev/story-event.ts';
import { inkPlugin } from '../../tools/ink/vite-plugin-ink.ts';

describe('the ink plugin in the dev server', () => {
  let dir = '';
  let server: ViteDevServer;
  const sent: unknown[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'petrograd-ink-'));
    cpSync(resolve(import.meta.dirname, '../fixtures/small'), dir, { recursive: true });
    server = await createServer({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkPlugin({ soundManifest: resolve(import.meta.dirname, '../../assets/audio/manifest.json') })],
      server: { middlewareMode: true, watch: { usePolling: true, interval: 50 } },
    });
    server.ws.send = (payload: unknown) => void sent.push(payload);
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tells the page, without a reload, when an INCLUDEd file changes, and serves the new story', async () => {
    const first = await server.transformRequest('/main.ink');
    expect(first?.code).toContain('You go out.');
    // a fixture elsewhere in the tree is not the story
    writeFileSync(join(dir, 'elsewhere.ink'), 'Nothing.\n');
    const part = join(dir, 'part.ink');
    writeFileSync(part, readFileSync(part, 'utf8').replace('You go out.', 'You step out.'));
    const changed = {
      type: 'custom',
      event: STORY_CHANGED_EVENT,
      data: { file: 'part.ink', parts: {} },
    };
    await expect.poll(() => sent, { timeout: 10_000 }).toContainEqual(changed);
    // the watcher may report one save twice; never anything else (no reload, nothing for elsewhere.ink)
    for (const payload of sent) expect(payload).toEqual(changed);
    const second = await server.transformRequest('/main.ink');
    expect(second?.code).toContain('You step out.');
  });

  it('reports an error at the INCLUDEd file and line', async () => {
    const part = join(dir, 'part.ink');
    const source = `${readFileSync(part, 'utf8').trimEnd()}\n=== lenin_broken ===\n-> nowhere_here\n`;
    const brokenLine = source.trimEnd().split('\n').length;
    writeFileSync(part, source);
    // the reload itself is the test above; here only the error's position matters
    server.moduleGraph.invalidateAll();
    await expect(server.transformRequest('/main.ink')).rejects.toMatchObject({
      loc: { file: part, line: brokenLine },
    });
  });
});

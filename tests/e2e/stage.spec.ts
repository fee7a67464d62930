import { mkdirSync, readdirSync } from 'node:fs';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import type { Role } from '../../src/core/roles.ts';
import type { SceneState } from '../../src/core/scene.ts';
import { watchConsole } from './helpers.ts';
import { FRONT_MOMENTS, MAP_MOMENTS, ROOM_MOMENTS, type Moment } from './fixtures/stage-moments.ts';

const busyMs = async (cdp: CDPSession): Promise<number> => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
};

/**
 * Screenshots of the stage at set moments, at a laptop's and a phone's size. The game itself is
 * driven by the story, whose tags do not (yet) reach every room, so the test gives the page a
 * second stage of its own: it imports the very chunk the game loaded (the built module, no hook in
 * the product), hides the game's canvas, and shows scene states from fixtures/stage-moments.ts
 * under the real text overlay. Reduced motion (the suite's default) makes every change a cut.
 */

const SIZES = [
  { name: 'laptop', width: 1366, height: 820 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const SHOTS = 'test-results/stage-shots';

interface HarnessStage {
  show(scene: SceneState, role: Role | null): void;
  readonly game: { readonly loop: { readonly running: boolean } };
}
declare global {
  interface Window {
    harnessStage?: HarnessStage;
  }
}

/** The built stage chunk, as the page would fetch it (the test serves dist/). */
function stageChunk(): string {
  const file = readdirSync(`${process.env['PW_DIST'] ?? 'dist'}/assets`).find((name) =>
    /^create-stage-[\w-]+\.js$/.test(name),
  );
  if (!file) throw new Error('no create-stage chunk among the built assets: build first');
  return `./assets/${file}`;
}

/**
 * A second stage of the test's own, from the very chunk the game uses (no hook in the product). If the
 * game's own map is on screen, it is hidden underneath.
 */
async function installHarness(page: Page, reducedMotion = true): Promise<void> {
  // in play the game's map arrives after the first passage: wait for it, so that it is the one hidden
  if ((await page.locator('body[data-screen="game"]').count()) > 0)
    await expect(page.locator('#stage canvas')).toHaveCount(1, { timeout: 30_000 });
  await page.evaluate(
    async ({ reduced, url }) => {
      const module: unknown = await import(/* @vite-ignore */ new URL(url, document.baseURI).href);
      const { createStage } = module as {
        createStage: (parent: HTMLElement, options: { reducedMotion: boolean }) => Promise<HarnessStage>;
      };
      const parent = document.getElementById('stage');
      if (!parent) throw new Error('no stage element');
      const own = parent.querySelector('canvas');
      if (own) own.style.display = 'none';
      window.harnessStage = await createStage(parent, { reducedMotion: reduced });
    },
    { reduced: reducedMotion, url: stageChunk() },
  );
}

/** The stage takes a new state after the page's next paint (so the story's words are never held up by a map frame). */
async function afterPresent(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i += 1) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  });
}

/** Shows a state and waits until the stage has drawn it and let its loop sleep. */
async function show(page: Page, moment: Moment, timeout = 15_000): Promise<void> {
  await page.evaluate(({ scene, role }) => window.harnessStage?.show(scene, role), moment);
  await afterPresent(page);
  await expect.poll(() => page.evaluate(() => window.harnessStage?.game.loop.running), { timeout }).toBe(false);
}

for (const size of SIZES) {
  test.describe(`${size.name} ${size.width}x${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the title screen, on paper: the map waits for the story', async ({ page }) => {
      const consoleErrors = watchConsole(page);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // no WebGL on the title: it would slow the first click on a weak laptop, and the title does not need it
      await page.waitForTimeout(1500);
      await expect(page.locator('#stage canvas')).toHaveCount(0);
      await expect(page.locator('#stage')).toHaveAttribute('aria-hidden', 'true');
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/${size.name}-title.png` });
      expect(consoleErrors()).toEqual([]);
    });

    test('the map at the three moments, every room, a front page and a telegram', async ({ page }) => {
      test.setTimeout(150_000);
      const consoleErrors = watchConsole(page);
      await page.goto('/');
      await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
      // the role's story arrives, then its first passage: only then is the game's own map on its way
      await expect(page.locator('.transcript .passage').first()).toBeVisible();
      await installHarness(page);
      mkdirSync(SHOTS, { recursive: true });
      const seen = new Set<string>();
      for (const moment of [...MAP_MOMENTS, ...ROOM_MOMENTS, ...FRONT_MOMENTS]) {
        await show(page, moment);
        // the story's new text scrolls the page; the shots show the map above it, as on arrival
        await page.evaluate(() => window.scrollTo(0, 0));
        const png = await page.screenshot({ path: `${SHOTS}/${size.name}-${moment.name}.png` });
        // the text is the same throughout, so a repeated picture would mean the stage drew nothing new
        expect(seen.has(png.toString('base64')), `${moment.name} looks like an earlier shot`).toBe(false);
        seen.add(png.toString('base64'));
      }
      expect(seen.size).toBe(MAP_MOMENTS.length + ROOM_MOMENTS.length + FRONT_MOMENTS.length);
      await expect(page.locator('#stage canvas:visible')).toHaveAttribute('aria-hidden', 'true');
      expect(consoleErrors()).toEqual([]);
    });
  });
}

test('the map is not seen until it has drawn its first scene: the desk shows instead of a blank canvas', async ({
  page,
}) => {
  // every frame, the first time the game's canvas can be seen, a small copy of what it shows
  await page.addInitScript(() => {
    const copy = document.createElement('canvas');
    copy.width = copy.height = 24;
    const watch = (): void => {
      const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
      if (canvas && getComputedStyle(canvas).visibility === 'visible' && canvas.width > 0) {
        const context = copy.getContext('2d', { willReadFrequently: true });
        context?.drawImage(canvas, 0, 0, copy.width, copy.height);
        const pixels = context?.getImageData(0, 0, copy.width, copy.height).data ?? new Uint8ClampedArray();
        const light = [...pixels].filter((_, index) => index % 4 === 1); // the green channel
        document.documentElement.dataset['firstMapSpread'] = String(Math.max(...light) - Math.min(...light));
        return;
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.goto('/');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-first-map-spread', /\d+/, { timeout: 30_000 });
  // a blank canvas is one colour; the city's first frame has water, streets and lettering
  expect(Number(await page.locator('html').getAttribute('data-first-map-spread'))).toBeGreaterThan(40);
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('a room cross-fades in over the map and back out, then the loop sleeps and the page idles', async ({
    page,
  }, testInfo) => {
    test.setTimeout(150_000);
    const consoleErrors = watchConsole(page);
    // on the title screen the game's own map is not loaded, so the harness has the machine to itself
    await page.goto('/');
    await installHarness(page, false);
    const room = ROOM_MOMENTS.find((m) => m.name === 'room-smolny_hall');
    if (!room) throw new Error('fixtures missing');
    const sleeping = (): Promise<boolean> => page.evaluate(() => window.harnessStage?.game.loop.running === false);
    await expect.poll(sleeping, { timeout: 40_000 }).toBe(true);
    // the map the room fades in over (the canvas is not seen until it has drawn a first scene)
    const mapOnly = { ...room.scene, place: null, route: [], weather: 'overcast', vignette: null } as const;
    await show(page, { ...room, scene: mapOnly }, 40_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const canvas = page.locator('#stage canvas:visible');
    const before = (await canvas.screenshot()).toString('base64');
    const t0 = Date.now();
    const busy0 = await busyMs(cdp);
    // Screenshots are too slow here to catch a 0.9 s fade, so the page watches the plates' opacity frame by frame.
    const opacities = await page.evaluate(async ({ scene, role }) => {
      interface Node {
        readonly type: string;
        readonly alpha: number;
        readonly list?: readonly Node[];
        getChildren?(): readonly Node[];
      }
      const game = window.harnessStage?.game as unknown as { scene: { getScene(key: string): { children: Node } } };
      const seen = new Set<number>();
      const walk = (node: Node): void => {
        if (node.type === 'Container' && node.list?.some((child) => child.type === 'Image'))
          seen.add(Math.round(node.alpha * 20));
        for (const child of node.list ?? node.getChildren?.() ?? []) walk(child);
      };
      window.harnessStage?.show({ ...scene, place: null, route: [], weather: 'overcast' }, role);
      const until = performance.now() + 60_000;
      while (performance.now() < until && !(seen.has(20) && window.harnessStage?.game.loop.running === false)) {
        walk(game.scene.getScene('city').children);
        await new Promise(requestAnimationFrame);
      }
      return [...seen].sort((x, y) => x - y);
    }, room);
    await expect.poll(sleeping, { timeout: 40_000 }).toBe(true);
    const fadeMs = Date.now() - t0;
    const fadeBusy = (await busyMs(cdp)) - busy0;
    expect(
      opacities.filter((o) => o > 0 && o < 20).length,
      `a cut, not a cross-fade: ${opacities.join()}`,
    ).toBeGreaterThan(0);
    expect(opacities.at(-1)).toBe(20);
    const after = (await canvas.screenshot()).toString('base64');
    expect(after).not.toBe(before);
    const idle0 = await busyMs(cdp);
    await page.waitForTimeout(5000);
    const idleBusy = (await busyMs(cdp)) - idle0;
    const figures = {
      fadeWallMs: fadeMs,
      fadeMainThreadPct: Math.round((fadeBusy / fadeMs) * 1000) / 10,
      idleMainThreadPct: Math.round((idleBusy / 5000) * 1000) / 10,
    };
    testInfo.annotations.push({ type: 'cpu', description: JSON.stringify(figures) });
    console.log('[stage cpu]', JSON.stringify(figures));
    // reading a paragraph must not keep the machine busy: the loop is asleep, the main thread nearly idle
    expect(figures.idleMainThreadPct).toBeLessThan(5);
    // and back to the map when the story leaves the room
    await page.evaluate(({ scene, role }) => window.harnessStage?.show(scene, role), { ...room, scene: mapOnly });
    await afterPresent(page);
    await expect.poll(sleeping, { timeout: 40_000 }).toBe(true);
    expect((await canvas.screenshot()).toString('base64')).not.toBe(after);
    expect(consoleErrors()).toEqual([]);
  });
});

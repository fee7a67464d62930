import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Role } from '../../src/core/roles.ts';
import type { SceneState } from '../../src/core/scene.ts';
import { canvasColourCount, watchConsole } from './helpers.ts';
import { FRONT_MOMENTS, MAP_MOMENTS, ROOM_MOMENTS, type Moment } from './fixtures/stage-moments.ts';

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

async function installHarness(page: Page): Promise<void> {
  await expect(page.locator('#stage canvas')).toHaveCount(1, { timeout: 30_000 });
  await page.evaluate(async () => {
    const url = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => /\/assets\/create-stage-[\w-]+\.js$/.test(name));
    if (!url) throw new Error('the stage chunk was not loaded');
    const module: unknown = await import(/* @vite-ignore */ url);
    const { createStage } = module as {
      createStage: (parent: HTMLElement, options: { reducedMotion: boolean }) => Promise<HarnessStage>;
    };
    const parent = document.getElementById('stage');
    const own = parent?.querySelector('canvas');
    if (!parent || !own) throw new Error('no stage element');
    own.style.display = 'none';
    window.harnessStage = await createStage(parent, { reducedMotion: true });
  });
}

/** Shows a state and waits until the stage has drawn it and let its loop sleep. */
async function show(page: Page, moment: Moment): Promise<void> {
  await page.evaluate(({ scene, role }) => window.harnessStage?.show(scene, role), moment);
  await expect.poll(() => page.evaluate(() => window.harnessStage?.game.loop.running), { timeout: 15_000 }).toBe(false);
}

for (const size of SIZES) {
  test.describe(`${size.name} ${size.width}x${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the title screen over the map', async ({ page }) => {
      const consoleErrors = watchConsole(page);
      await page.goto('/');
      await expect.poll(() => canvasColourCount(page), { timeout: 30_000 }).toBeGreaterThan(20);
      await expect(page.locator('#stage canvas')).toHaveAttribute('aria-hidden', 'true');
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/${size.name}-title.png` });
      expect(consoleErrors()).toEqual([]);
    });

    test('the map at the three moments, every room, a front page and a telegram', async ({ page }) => {
      test.setTimeout(150_000);
      const consoleErrors = watchConsole(page);
      await page.goto('/');
      await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
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

import { expect, test, type Page } from '@playwright/test';
import { attachScreenshot, canvasColourCount, watchConsole } from './helpers.ts';

test.use({ reducedMotion: 'no-preference' });

async function canvasShot(page: Page): Promise<string> {
  return (await page.locator('#stage canvas').screenshot()).toString('base64');
}

test('the map animates the weather, then lets the page sleep while the player reads', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('button', { name: /Peterhof ensign school/ }).click();
  await expect.poll(() => canvasColourCount(page), { timeout: 20_000 }).toBeGreaterThan(20);
  // rain falls for a while after each change of scene...
  const first = await canvasShot(page);
  await expect.poll(() => canvasShot(page), { timeout: 10_000 }).not.toBe(first);
  await attachScreenshot(page, testInfo, 'raining');
  // ...then settles into still hatching and the render loop stops drawing
  await expect
    .poll(
      async () => {
        const before = await canvasShot(page);
        await page.waitForTimeout(1500);
        return before === (await canvasShot(page));
      },
      { timeout: 45_000, intervals: [2000] },
    )
    .toBe(true);
  await attachScreenshot(page, testInfo, 'settled');
  expect(consoleErrors()).toEqual([]);
});

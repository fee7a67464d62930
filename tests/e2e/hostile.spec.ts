import { expect, test, type Page } from '@playwright/test';
import { attachScreenshot, watchConsole } from './helpers.ts';

const choices = (page: Page) => page.getByRole('navigation', { name: 'Choices' }).getByRole('button');

test('an audio file that arrives corrupt still shows its caption and the game goes on', async ({ page }) => {
  await page.route(/\.(mp3|opus)$/, (route) =>
    route.fulfill({ status: 200, contentType: 'audio/ogg', body: Buffer.from('this is not a sound '.repeat(200)) }),
  );
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('button', { name: /Peterhof ensign school/ }).click();
  const captions = page.getByRole('complementary', { name: 'Sound captions' });
  await expect(captions.locator('.caption:not([hidden])').first()).toBeVisible({ timeout: 10_000 });
  // the player is told, once, in words: not only a silent game
  await expect(page.locator('[data-notice="sound-failed"]')).toContainText('its caption stands in for it', {
    timeout: 10_000,
  });
  await choices(page).first().click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(1);
  expect(consoleErrors()).toEqual([]);
});

test('when the browser refuses to make sound the game plays in text and captions', async ({ page }) => {
  await page.addInitScript(() => {
    // the strictest autoplay policy: no audio context at all, and media elements that refuse to play
    const refuse = function () {
      throw new DOMException('The AudioContext was not allowed to start.', 'NotAllowedError');
    };
    Object.defineProperty(window, 'AudioContext', { value: refuse });
    Object.defineProperty(window, 'webkitAudioContext', { value: refuse });
    HTMLMediaElement.prototype.play = () =>
      Promise.reject(new DOMException('play() failed because the user did not interact.', 'NotAllowedError'));
  });
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  const captions = page.getByRole('complementary', { name: 'Sound captions' });
  await expect(captions.locator('.caption:not([hidden])').first()).toBeVisible({ timeout: 10_000 });
  // the player is told, once, in words: not only a silent game
  await expect(page.locator('[data-notice="sound-failed"]')).toContainText('its caption stands in for it', {
    timeout: 10_000,
  });
  await choices(page).first().click();
  await choices(page).first().click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);
  expect(consoleErrors()).toEqual([]);
});

test('hiding the tab and freezing it, then coming back, loses nothing', async ({ page }) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('button', { name: /Alexander Kerensky/ }).click();
  await choices(page).first().click();
  const setVisibility = (hidden: boolean) =>
    page.evaluate((isHidden) => {
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => (isHidden ? 'hidden' : 'visible'),
      });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => isHidden });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setVisibility(true);
  const cdp = await page.context().newCDPSession(page);
  // what Chromium does to a background tab after a while: freeze its timers and tasks
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await page.waitForTimeout(500);
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await setVisibility(false);
  await choices(page).first().click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);
  await page.reload();
  await page.getByRole('button', { name: /Continue/ }).click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);
  expect(consoleErrors()).toEqual([]);
});

for (const viewport of [
  { name: 'a small phone', width: 320, height: 568 },
  { name: 'a 4K projector', width: 3840, height: 2160 },
]) {
  test(`on ${viewport.name} (${viewport.width}×${viewport.height}) everything fits and reads`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const consoleErrors = watchConsole(page);
    await page.goto('/');
    await attachScreenshot(page, testInfo, `title-${viewport.width}`);
    await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
    await choices(page).first().click();
    const layout = await page.evaluate(() => {
      const passage = document.querySelector('.transcript .passage');
      const buttons = [...document.querySelectorAll('nav[aria-label="Choices"] button')];
      return {
        pageWidth: document.documentElement.scrollWidth,
        fontPx: passage ? parseFloat(getComputedStyle(passage).fontSize) : 0,
        lineChars: passage ? passage.getBoundingClientRect().width / parseFloat(getComputedStyle(passage).fontSize) : 0,
        buttonsInside: buttons.every((b) => {
          const box = b.getBoundingClientRect();
          return box.left >= 0 && box.right <= window.innerWidth;
        }),
      };
    });
    await attachScreenshot(page, testInfo, `play-${viewport.width}`);
    expect(layout.pageWidth, 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
    expect(layout.buttonsInside).toBe(true);
    expect(layout.fontPx).toBeGreaterThanOrEqual(16);
    // a readable measure: not a ribbon across a wall, not a column of single words
    expect(layout.lineChars).toBeGreaterThan(14);
    expect(layout.lineChars).toBeLessThan(48);
    if (viewport.width > 2000) expect(layout.fontPx, 'type grows on a big screen').toBeGreaterThan(24);
    expect(consoleErrors()).toEqual([]);
  });
}

import { expect, test } from '@playwright/test';
import { attachScreenshot, watchConsole } from './helpers.ts';

test('without WebGL the game plays as text and says so', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    type GetContext = (this: HTMLCanvasElement, type: string, ...rest: unknown[]) => RenderingContext | null;
    const original = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'getContext')?.value as GetContext;
    const withoutWebgl: GetContext = function (type, ...rest) {
      if (type.startsWith('webgl') || type === 'experimental-webgl') return null;
      return original.call(this, type, ...rest);
    };
    Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: withoutWebgl });
  });
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  // the map is only wanted once the story begins
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  await expect(page.locator('[data-notice="no-map"]')).toContainText(/WebGL/);
  await page.getByRole('navigation', { name: 'Choices' }).getByRole('button').first().click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(1);
  await attachScreenshot(page, testInfo, 'no-webgl');
  expect(consoleErrors()).toEqual([]);
});

test('with storage disabled the game still plays and says saves are off', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await expect(page.locator('[data-notice="saves-off"]')).toBeVisible();
  await page.getByRole('button', { name: /Alexander Kerensky/ }).click();
  await page.getByRole('navigation', { name: 'Choices' }).getByRole('button').first().click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(1);
  expect(consoleErrors()).toEqual([]);
});

test('a sound that fails to load still shows its caption', async ({ page }) => {
  await page.route(/\.(mp3|opus)$/, (route) => route.fulfill({ status: 404, body: '' }));
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('button', { name: /Peterhof ensign school/ }).click();
  const captions = page.getByRole('complementary', { name: 'Sound captions' });
  await expect(captions.locator('.caption:not([hidden])').first()).toBeVisible({ timeout: 10_000 });
  await page.getByRole('navigation', { name: 'Choices' }).getByRole('button').first().click();
  // the browser itself logs each refused file; nothing else may complain
  expect(consoleErrors().filter((error) => !/Failed to load resource: .* 404/.test(error))).toEqual([]);
});

test('sound plays, and mute is remembered across visits', async ({ page }) => {
  await page.addInitScript(() => {
    // count decoded sounds that really start playing through Web Audio
    const counter = window as unknown as { soundsStarted: number };
    counter.soundsStarted = 0;
    type Start = (this: AudioBufferSourceNode, ...args: unknown[]) => void;
    const start = Object.getOwnPropertyDescriptor(AudioBufferSourceNode.prototype, 'start')?.value as Start;
    const counted: Start = function (...args) {
      counter.soundsStarted++;
      start.apply(this, args);
    };
    Object.defineProperty(AudioBufferSourceNode.prototype, 'start', { value: counted });
  });
  await page.goto('/');
  await page.getByRole('button', { name: /Peterhof ensign school/ }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { soundsStarted: number }).soundsStarted), {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\.(mp3|opus)$/.test(e.name)).length),
    )
    .toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Menu' }).click();
  const mute = page.getByRole('button', { name: /Sound: on/ });
  await mute.click();
  await expect(page.getByRole('button', { name: /Sound: off/ })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await page.reload();
  await page.getByRole('button', { name: 'Continue your last game' }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('button', { name: /Sound: off/ })).toBeVisible();
});

test('continue resumes the autosaved run where it was left', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  const choices = page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
  await choices.first().click();
  await choices.first().click();
  const story = page.getByRole('log', { name: 'Story' });
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);
  const before = await story.innerText();
  await page.reload();
  await page.getByRole('button', { name: 'Continue your last game' }).click();
  await expect.poll(() => story.innerText()).toBe(before);
  await expect(page.getByRole('navigation', { name: 'Choices' }).getByRole('button').first()).toBeFocused();
});

test('the Content-Security-Policy refuses eval and inline script', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) refused.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Petrograd 1917' })).toBeVisible();
  expect(refused).toEqual([]); // the game itself needs neither
  // page.evaluate is exempt from the policy, so each probe is handed to the page to run on its own
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    // a string handed to setTimeout is compiled like eval
    (setTimeout as (code: string, delay: number) => number)('window.evalRan = true', 0);
  });
  await page.waitForTimeout(200);
  const ran = await page.evaluate(() => {
    const probe = window as unknown as { inlineRan?: boolean; evalRan?: boolean };
    return { inline: probe.inlineRan === true, eval: probe.evalRan === true };
  });
  expect(ran).toEqual({ inline: false, eval: false });
  expect(refused.length).toBeGreaterThanOrEqual(2);
});

test('a double click or a held key takes exactly one choice', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Alexander Kerensky/ }).click();
  const made = page.locator('.transcript .chosen');
  await page.getByRole('navigation', { name: 'Choices' }).getByRole('button').first().dblclick();
  await expect(made).toHaveCount(1);
  await page.waitForTimeout(300);
  await expect(made).toHaveCount(1);
  await page.keyboard.down('1');
  await page.keyboard.down('1'); // the browser reports this one as a repeat
  await page.keyboard.down('1');
  await page.keyboard.up('1');
  await expect(made).toHaveCount(2);
  await page.waitForTimeout(300);
  await expect(made).toHaveCount(2);
});

import { expect, test } from '@playwright/test';
import { attachScreenshot, watchConsole } from './helpers.ts';

test('after one visit the game installs, reloads with the network off and plays', async ({
  page,
  context,
}, testInfo) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  // the worker has cached every file (story, fonts, icons, both audio codecs) when this shows
  await expect(page.locator('[data-notice="offline-ready"]')).toBeVisible({ timeout: 60_000 });
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (!link) return null;
    return (await (await fetch(link.href)).json()) as { name: string; icons: { sizes: string }[] };
  });
  expect(manifest?.name).toBe('Petrograd 1917');
  expect(manifest?.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
    return urls.map((request) => new URL(request.url).pathname);
  });
  for (const kind of [/\.js$/, /\.css$/, /\.woff2$/, /\.mp3$/, /\.opus$/, /icon-512\.png$/])
    expect(
      cached.some((path) => kind.test(path)),
      `cache holds a file matching ${String(kind)}`,
    ).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Petrograd 1917');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  const choices = page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
  await choices.first().click();
  await choices.first().click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);
  await attachScreenshot(page, testInfo, 'offline-play');
  expect(consoleErrors()).toEqual([]);
});

test('losing the network mid-game says so and loses nothing', async ({ page, context }) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('button', { name: /Alexander Kerensky/ }).click();
  const choices = page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
  await choices.first().click();
  await context.setOffline(true);
  await expect(page.locator('[data-notice="offline"]')).toContainText(/offline/);
  await choices.first().click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);
  await context.setOffline(false);
  await expect(page.locator('[data-notice="offline"]')).toHaveCount(0);
  // the browser itself logs each file it could not fetch while offline; nothing else may complain
  expect(consoleErrors().filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
});

import { expect, test } from '@playwright/test';
import { attachScreenshot, canvasColourCount, expectNoAxeViolations, playToEnd, watchConsole } from './helpers.ts';

const ROLES = [
  { role: 'lenin', card: /Vladimir Lenin/ },
  { role: 'kerensky', card: /Alexander Kerensky/ },
  { role: 'junker', card: /Peterhof ensign school/ },
] as const;

for (const { role, card } of ROLES) {
  test(`${role}: the opening chapter plays to its end by clicking`, async ({ page }, testInfo) => {
    const consoleErrors = watchConsole(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Petrograd 1917' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Content note' })).toBeVisible();
    await expectNoAxeViolations(page);
    await attachScreenshot(page, testInfo, 'title');

    await page.getByRole('button', { name: card }).click();
    await expect(page.getByRole('log', { name: 'Story' })).toContainText(/\w+/);
    await expect(page.locator('.transcript .dateline').first()).toContainText(/NS\)/);
    await expect(page.locator('.status-when')).toContainText(/NS\)/);
    await expect.poll(() => canvasColourCount(page), { timeout: 20_000 }).toBeGreaterThan(20);
    await expectNoAxeViolations(page);
    await attachScreenshot(page, testInfo, 'opening');

    const choicesMade = await playToEnd(page, async (count, step) => {
      // alternate first and last options so different branches are exercised
      const buttons = page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
      await buttons.nth(step % 2 === 0 ? 0 : count - 1).click();
    });
    expect(choicesMade).toBeGreaterThanOrEqual(5);
    await expect(page.locator('.transcript .ending')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Choose another role' })).toBeVisible();
    await expectNoAxeViolations(page);
    await attachScreenshot(page, testInfo, 'ending');
    expect(consoleErrors()).toEqual([]);
  });

  test(`${role}: the opening chapter plays to its end by keyboard alone`, async ({ page }, testInfo) => {
    const consoleErrors = watchConsole(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Petrograd 1917' })).toBeVisible();
    const target = page.getByRole('button', { name: card });
    for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('log', { name: 'Story' })).toContainText(/\w+/);
    await playToEnd(page, async (count, step) => {
      await page.keyboard.press(String(Math.min(count, (step % 3) + 1)));
    });
    await expect(page.locator('.transcript .ending')).toBeVisible();
    // Escape closes the menu dialog, and the menu can be reached by keyboard
    await page.getByRole('button', { name: 'Menu' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Menu' })).toBeHidden();
    await attachScreenshot(page, testInfo, 'keyboard-ending');
    expect(consoleErrors()).toEqual([]);
  });
}

test('the title is on screen before any script has run, and answers once it has', async ({ page }) => {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  // hold the game's entry script back: what shows is the page as the browser first draws it
  await page.route(/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('h2.choose-heading')).toHaveText('Whose October will you live?');
  await expect(page.locator('main[inert] button.role-card')).toHaveCount(3);
  release();
  await expect(page.locator('main[inert]')).toHaveCount(0);
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  await expect(page.locator('.transcript .passage').first()).toBeVisible();
});

test('the title paints without waiting for a font file, and the game’s typefaces take over when the story begins', async ({
  page,
}) => {
  // the moment the browser began drawing the page's first frame (animation callbacks run before its paint)
  await page.addInitScript(() => {
    requestAnimationFrame(() => performance.mark('first-frame'));
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Petrograd 1917' })).toBeVisible();
  // the faces are fetched after the title's first paint, and the title keeps the faces it was painted in
  // (counted by their files: once the game's stylesheet arrives it declares copies that stay unloaded)
  await expect
    .poll(
      () =>
        page.evaluate(
          () => performance.getEntriesByType('resource').filter((entry) => /\.woff2?$/.test(entry.name)).length,
        ),
      {
        timeout: 10_000,
      },
    )
    .toBeGreaterThanOrEqual(4);
  const timing = await page.evaluate(() => ({
    frame: performance.getEntriesByName('first-frame')[0]?.startTime ?? Infinity,
    fonts: performance
      .getEntriesByType('resource')
      .filter((entry) => /\.woff2?$/.test(entry.name))
      .map((entry) => entry.startTime),
  }));
  expect(timing.frame).toBeLessThan(Infinity);
  expect(timing.fonts.length).toBeGreaterThanOrEqual(4);
  for (const start of timing.fonts) expect(start).toBeGreaterThan(timing.frame);
  const family = (selector: string): Promise<string> =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(await family('h1.game-title')).not.toMatch(/Old Standard TT/);
  expect(await family('.role-blurb')).not.toMatch(/Atkinson Hyperlegible/);

  await page.getByRole('button', { name: /Alexander Kerensky/ }).click();
  await expect(page.locator('.transcript .passage').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-faces', 'web');
  expect(await family('.transcript .passage')).toMatch(/^"Atkinson Hyperlegible"/);
  expect(await family('.transcript .chapter-title')).toMatch(/^"Old Standard TT"/);
});

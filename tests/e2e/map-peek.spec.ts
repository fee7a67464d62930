import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

for (const [width, height] of [
  [1280, 800],
  [1366, 768],
] as const)
  test(`club mode at ${width}×${height}: M or the Map button shows the map and the clock full screen, M or Escape goes back`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.getByRole('button', { name: 'Club mode…' }).click();
    await page
      .getByRole('dialog', { name: 'Club mode' })
      .getByRole('button', { name: /^Start as Vladimir Lenin/ })
      .click();
    const story = page.getByRole('region', { name: 'The story' });
    await expect(story).toBeVisible();
    const mapButton = story.getByRole('button', { name: 'Map' });
    await expect(mapButton).toBeVisible();
    await page.locator('.stage canvas').waitFor({ timeout: 30_000 });

    // a letter typed into the group's reason is a letter
    const reason = page.getByLabel('The group’s reason (optional)');
    await reason.fill('');
    await reason.press('m');
    await expect(reason).toHaveValue('m');
    await expect(story).toBeVisible();

    await mapButton.focus();
    await page.keyboard.press('m');
    const back = page.getByRole('button', { name: 'Back to the story (M or Esc)' });
    await expect(back).toBeFocused();
    await expect(story).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'full screen' })).toHaveText(/The map and the clock/);
    await expectNoAxeViolations(page);
    // the map re-frames the city in the whole window and draws it (software WebGL here: give it a moment)
    await page.waitForTimeout(4000);
    const path = testInfo.outputPath(`map-peek-${width}x${height}.png`);
    await page.screenshot({ path });
    await testInfo.attach('map-peek', { path, contentType: 'image/png' });
    await page.keyboard.press('Escape');
    await expect(story).toBeVisible();
    await expect(back).toBeHidden();
    await expect(mapButton).toBeFocused();

    // by mouse: the button, then the way back
    await mapButton.click();
    await expect(story).toBeHidden();
    await back.click();
    await expect(story).toBeVisible();
    await page.keyboard.press('M');
    await expect(story).toBeHidden();
    await page.keyboard.press('M');
    await expect(story).toBeVisible();

    // the menu lists the keys: M among them, and the number keys off while the group votes
    await page.getByRole('button', { name: 'Menu' }).click();
    const keys = page.getByRole('dialog', { name: 'Menu' }).getByRole('region', { name: 'Keys' });
    await expect(keys.locator('dt')).toHaveText(['1–9', 'M', 'Esc']);
    await expect(keys).toContainText('the map and the clock full screen, for a moment');
    await expect(keys).toContainText('off in club mode');
    await expectNoAxeViolations(page);
    await keys.scrollIntoViewIfNeeded();
    const menuShot = testInfo.outputPath(`menu-keys-${width}x${height}.png`);
    await page.screenshot({ path: menuShot });
    await testInfo.attach('menu-keys', { path: menuShot, contentType: 'image/png' });
    await page.keyboard.press('Escape');
  });

test('alone, the Map button stays out of the header, and M still shows the map', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  const story = page.getByRole('region', { name: 'The story' });
  await expect(story.locator('.transcript .passage').first()).toBeVisible();
  await expect(story.getByRole('button', { name: 'Map' })).toBeHidden();
  await page.keyboard.press('m');
  await expect(story).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(story).toBeVisible();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('region', { name: 'Keys' })).toContainText('choose the option with that number');
});

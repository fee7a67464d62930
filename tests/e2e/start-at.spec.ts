import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchConsole } from './helpers.ts';

test('alone, a run begins at a named decision: the previously, then the decision, with history’s choices behind it', async ({
  page,
}, testInfo) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Begin at a decision…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Begin at a decision' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Alexander Kerensky' })).toBeVisible();
  await expectNoAxeViolations(page);
  const shot = testInfo.outputPath('start-at-dialog.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('start-at-dialog', { path: shot, contentType: 'image/png' });

  // by keyboard: the first start has the focus; Tab down to Lenin's evening of 24 October
  const evening = dialog.getByRole('button', { name: /Everything hangs by a thread/ });
  await evening.focus();
  await page.keyboard.press('Enter');
  const previously = page.getByRole('dialog', { name: /Everything hangs by a thread/ });
  await expect(previously).toBeVisible();
  await expect(previously).toContainText('Previously');
  await expect(previously).toContainText('24 October 1917');
  await previously.getByRole('button', { name: 'Begin here' }).click();
  await expect(previously).toBeHidden();

  // the decision is on screen, the choices before it are history's (each can be chosen again), and it plays on
  const story = page.getByRole('region', { name: 'The story' });
  await expect(story.locator('.status-when')).toContainText('24 October');
  const before = await page.locator('.transcript .chosen').count();
  expect(before).toBeGreaterThan(3);
  const choices = page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
  await expect(choices.first()).toBeVisible();
  await choices.first().click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(before + 1);
  expect(consoleErrors()).toEqual([]);
});

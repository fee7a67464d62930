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

  // "How far from history?" says which choices were history's, and so does the run after a reload (its autosave)
  const began = `This run began at a decision: “Everything hangs by a thread: the evening of 24 October” (24 October 1917). The ${before} choices before it were made for you`;
  const ledgerSays = async (): Promise<void> => {
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'How far from history?' }).click();
    const ledger = page.getByRole('dialog', { name: 'How far from history?' });
    await expect(ledger).toContainText(began);
    await ledger.getByRole('button', { name: 'Back to the story' }).click();
  };
  await ledgerSays();
  await page.reload();
  await page.getByRole('button', { name: 'Continue your last game' }).click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(before + 1);
  await ledgerSays();
  expect(consoleErrors()).toEqual([]);
});

test('alone, a run begun at the cadet’s night of the Palace plays to its ending, and the debrief says where it began', async ({
  page,
}, testInfo) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Begin at a decision…' }).click();
  await page
    .getByRole('dialog', { name: 'Begin at a decision' })
    .getByRole('button', { name: /The night of the Palace/ })
    .click();
  await page
    .getByRole('dialog', { name: /The night of the Palace/ })
    .getByRole('button', { name: 'Begin here' })
    .click();
  const history = await page.locator('.transcript .chosen').count();
  expect(history).toBeGreaterThan(3);

  // the first option each time, to the ending
  const choices = page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
  const debrief = page.getByRole('article', { name: 'Your October and the real October' });
  for (let step = 0; step < 60 && !(await debrief.isVisible()); step++) {
    await expect(choices.first().or(debrief)).toBeVisible();
    if (await debrief.isVisible()) break;
    await choices.first().click();
  }
  await expect(debrief).toBeVisible();
  await expect(debrief.locator('.debrief-began')).toHaveText(
    new RegExp(
      `^This run began at a decision: “The night of the Palace” \\(25 October 1917\\)\\. The ${history} choices before it were made for you`,
    ),
  );
  await expectNoAxeViolations(page);
  await debrief.locator('.debrief-began').scrollIntoViewIfNeeded();
  const shot = testInfo.outputPath('debrief-began-at.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('debrief-began-at', { path: shot, contentType: 'image/png' });
  expect(consoleErrors()).toEqual([]);
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchConsole } from './helpers.ts';

test('club handouts: the role cards, the role’s glossary and an exit ticket with the session’s questions, each on its own printed page', async ({
  page,
}, testInfo) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Club mode…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Club mode' });
  await dialog.getByLabel('Name of the group (optional)').fill('Year 11');
  await dialog.getByRole('button', { name: /^Start as Vladimir Lenin/ }).click();
  // one vote, so the report has questions to ask
  const panel = page.getByRole('region', { name: 'The group decides' });
  await panel.locator('.vote-option').first().getByRole('spinbutton').fill('4');
  await panel.getByRole('button', { name: 'Count the votes' }).click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(1);

  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Session report' }).click();
  await page.getByRole('button', { name: 'Handouts…' }).click();
  const handouts = page.getByRole('region', { name: 'Handouts: Vladimir Lenin' });
  await expect(handouts).toBeVisible();
  await expect(handouts.getByRole('heading', { level: 1 })).toBeFocused();

  const cards = handouts.getByRole('region', { name: 'Role cards' });
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText([
    'Vladimir Lenin',
    'Alexander Kerensky',
    'A cadet of the Peterhof ensign school',
  ]);
  const glossary = handouts.getByRole('region', { name: 'Glossary: Vladimir Lenin' });
  const terms = glossary.locator('dt');
  expect(await terms.count()).toBeGreaterThan(10);
  await expect(glossary).toContainText('Leon Trotsky');
  await expect(glossary).toContainText('Margarita Fofanova');
  const exit = handouts.getByRole('region', { name: 'Exit ticket' });
  await expect(exit).toContainText('Year 11, Vladimir Lenin');
  expect(await exit.locator('.handout-questions > li').count()).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
  const shot = testInfo.outputPath('handouts.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('handouts', { path: shot, contentType: 'image/png' });

  // printed: each handout begins a page, and nothing of the game's screen comes with them
  await page.emulateMedia({ media: 'print' });
  const breaks = await handouts
    .locator('.handout')
    .evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
  expect(breaks).toEqual(['auto', 'page', 'page']);
  await expect(page.locator('.report-actions')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('handouts.pdf') });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(5);
  await page.emulateMedia({ media: 'screen' });

  await handouts.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('region', { name: 'Petrograd 1917: club session report' })).toBeVisible();
  expect(consoleErrors()).toEqual([]);
});

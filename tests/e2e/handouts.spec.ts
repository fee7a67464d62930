import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openClubDialog, watchConsole } from './helpers.ts';

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

/** Pages a PDF holds (Chromium writes one /Type /Page object per page). */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('before the lesson: handouts for a chosen role from the club dialog, each handout on its own A4 page where it fits', async ({
  page,
}, testInfo) => {
  const consoleErrors = watchConsole(page);
  const dialog = await openClubDialog(page, 'History club');
  // by keyboard: the role, then the button
  await dialog.getByLabel('Handouts for').selectOption({ label: 'Alexander Kerensky' });
  await dialog.getByRole('button', { name: 'Handouts…' }).scrollIntoViewIfNeeded();
  const dialogShot = testInfo.outputPath('club-dialog-handouts-1280x800.png');
  await page.screenshot({ path: dialogShot });
  await testInfo.attach('club-dialog-handouts', { path: dialogShot, contentType: 'image/png' });
  await dialog.getByRole('button', { name: 'Handouts…' }).focus();
  await page.keyboard.press('Enter');
  const handouts = page.getByRole('region', { name: 'Handouts: Alexander Kerensky' });
  await expect(handouts).toBeVisible();
  await expect(handouts.getByRole('heading', { level: 1 })).toBeFocused();

  // the cards say who, when and what each role wants
  const cards = handouts.getByRole('region', { name: 'Role cards' });
  await expect(cards.locator('.handout-card')).toHaveCount(3);
  await expect(cards.locator('.handout-card-facts dt')).toHaveText(
    Array.from({ length: 3 }, () => ['Who', 'When', 'What they want']).flat(),
  );
  await expect(cards).toContainText('Constituent Assembly');
  // the glossary: the entries Kerensky's story names, people first
  const glossary = handouts.getByRole('region', { name: 'Glossary: Alexander Kerensky' });
  expect(await glossary.locator('dt').count()).toBeGreaterThan(10);
  await expect(glossary).toContainText('Alexander Kerensky');
  await expect(glossary.locator('dt').first()).toContainText('(person)');
  // the exit ticket: the debrief's questions put to the role before any run, and lines to write on
  const exit = handouts.getByRole('region', { name: 'Exit ticket' });
  await expect(exit).toContainText('History club, Alexander Kerensky');
  const questions = exit.locator('.handout-questions > li');
  await expect(questions).toHaveCount(4);
  await expect(questions.nth(0)).toContainText('did Kerensky have real room to choose otherwise');
  await expect(questions.nth(2)).toContainText('historians still argue over: no transfer of the garrison');
  await expect(exit).not.toContainText(/\b[LKJ]\d\b|bible/);
  await expectNoAxeViolations(page);
  const shot = testInfo.outputPath('handouts-kerensky-1280x800.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('handouts-kerensky', { path: shot, contentType: 'image/png' });

  // printed: each handout alone, as many A4 pages as it needs; the cards and the ticket on one each
  await page.emulateMedia({ media: 'print' });
  const pagesOf: Record<string, number> = {};
  for (const [index, name] of ['cards', 'glossary', 'exit'].entries()) {
    const alone = await page.addStyleTag({
      content: `.handouts-body > .handout:not(:nth-child(${index + 1})) { display: none; }`,
    });
    pagesOf[name] = pageCount(await page.pdf({ format: 'A4', path: testInfo.outputPath(`handout-${name}.pdf`) }));
    await alone.evaluate((style) => style.parentNode?.removeChild(style));
  }
  testInfo.annotations.push({ type: 'pages', description: JSON.stringify(pagesOf) });
  expect(pagesOf['cards']).toBe(1);
  expect(pagesOf['exit']).toBe(1);
  expect(pagesOf['glossary']).toBeGreaterThanOrEqual(1);
  expect(pagesOf['glossary']).toBeLessThanOrEqual(3);
  const all = pageCount(await page.pdf({ format: 'A4', path: testInfo.outputPath('handouts-kerensky.pdf') }));
  expect(all).toBe((pagesOf['cards'] ?? 0) + (pagesOf['glossary'] ?? 0) + (pagesOf['exit'] ?? 0));
  // the print as it looks, each handout a page wide (A4's width less its margins)
  await page.setViewportSize({ width: 673, height: 986 });
  for (const [index, name] of ['cards', 'glossary', 'exit'].entries()) {
    const printed = testInfo.outputPath(`handout-${name}-print.png`);
    await handouts.locator('.handout').nth(index).screenshot({ path: printed });
    await testInfo.attach(`handout-${name}-print`, { path: printed, contentType: 'image/png' });
  }
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Back: to the club dialog the facilitator came from
  await handouts.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('dialog', { name: 'Club mode' })).toBeVisible();
  expect(consoleErrors()).toEqual([]);
});

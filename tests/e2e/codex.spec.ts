import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { attachScreenshot, expectNoAxeViolations, watchConsole } from './helpers.ts';

/** Attached to the report, and kept as a file beside the test's results to look at. */
async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await attachScreenshot(page, testInfo, name);
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

async function startLenin(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  await expect(page.getByRole('log', { name: 'Story' })).toContainText(/Old Style/);
}

/** Tabs forward until `target` has the focus (the way a keyboard player gets there). */
async function tabTo(page: Page, isTarget: () => Promise<boolean>, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await isTarget()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached in ${limit} presses of Tab`);
}

test('a term in the text opens its codex entry in place by keyboard, and the focus comes back', async ({
  page,
}, testInfo) => {
  const consoleErrors = watchConsole(page);
  await startLenin(page);
  const story = page.getByRole('log', { name: 'Story' });
  // the first mention of a term in a passage is a link, later ones in the same passage are plain text
  const oldStyle = story.getByRole('button', { name: 'Old Style', exact: true });
  await expect(oldStyle).toHaveCount(1);
  await expect(oldStyle).toHaveAttribute('aria-haspopup', 'dialog');
  await expect(story.locator('.passage').first()).toContainText('Old Style: the Julian calendar');

  await tabTo(page, () => oldStyle.evaluate((node) => node === document.activeElement));
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: 'Old Style and New Style' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Old Style and New Style' })).toBeFocused();
  await expect(card).toContainText('thirteen days behind');
  await expect(card.getByRole('region', { name: 'Sources' })).toContainText('Figes');
  // the card stands beside the word, not over it
  const word = await oldStyle.boundingBox();
  const box = await card.boundingBox();
  expect(word && box && (box.y >= word.y + word.height || box.y + box.height <= word.y)).toBe(true);
  // a number key does not choose while the card is open
  await page.keyboard.press('1');
  await expect(page.locator('.transcript .chosen')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shot(page, testInfo, 'codex-card');

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(oldStyle).toBeFocused();

  // a person's entry says what became of them; the close button works as Escape does
  const trotsky = story.getByRole('button', { name: 'Trotsky', exact: true }).first();
  await trotsky.click();
  const trotskyCard = page.getByRole('dialog', { name: 'Leon Trotsky' });
  await expect(trotskyCard.getByRole('region', { name: 'What became of them' })).toContainText('Mexico');
  await trotskyCard.getByRole('button', { name: 'Close' }).click();
  await expect(trotskyCard).toBeHidden();
  await expect(trotsky).toBeFocused();
  expect(consoleErrors()).toEqual([]);
});

test('the codex browser lists every entry and searches them', async ({ page }, testInfo) => {
  const consoleErrors = watchConsole(page);
  await startLenin(page);
  await page.getByRole('button', { name: 'Menu' }).click();
  const codexButton = page.getByRole('button', { name: /^Codex/ });
  await codexButton.click();
  const browser = page.getByRole('dialog', { name: 'Codex' });
  await expect(browser).toBeVisible();
  const search = browser.getByRole('searchbox', { name: 'Search the codex' });
  await expect(search).toBeFocused();
  // the codex's own count: the game's notices also move into an open dialog, as a status of their own
  const status = browser.getByRole('status').and(browser.locator('.codex-count'));
  await expect(status).toHaveText(/^\d+ entries\.$/);
  const total = Number((await status.textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThanOrEqual(45);
  await expect(browser.getByRole('list', { name: 'Entries' }).getByRole('button')).toHaveCount(total);

  // accents and case do not matter, and a word in the text finds its entry
  await search.fill('bochkareva');
  await expect(status).toHaveText('1 entry matches “bochkareva”.');
  await page.keyboard.press('Enter');
  const entry = browser.getByRole('article', { name: /Women's Battalion/ });
  await expect(entry.getByRole('heading', { name: "1st Petrograd Women's Battalion" })).toBeFocused();
  await expect(entry.getByRole('region', { name: 'Sources' })).toContainText('Stoff');

  await search.fill('Kerensky Simbirsk');
  await browser.getByRole('button', { name: /Alexander Kerensky/ }).click();
  await expect(browser.getByRole('region', { name: 'What became of them' })).toContainText('New York in 1970');
  await expectNoAxeViolations(page);
  await shot(page, testInfo, 'codex-browser');

  await search.fill('zzzz');
  await expect(status).toHaveText('No entry matches “zzzz”.');
  // in a search field the first Escape clears it (the browser's own behaviour), the next closes the codex
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(status).toHaveText(`${total} entries.`);
  await page.keyboard.press('Escape');
  await expect(browser).toBeHidden();
  await expect(codexButton).toBeFocused();
  expect(consoleErrors()).toEqual([]);
});

test('the record beside the story: a mark explains itself on demand, and the settings hide it', async ({
  page,
}, testInfo) => {
  const consoleErrors = watchConsole(page);
  await startLenin(page);
  // the opening passage carries the campaign's own # basis: tags: one documented, two quoted
  const story = page.getByRole('log', { name: 'Story' });
  const marks = story.getByRole('button', { name: /^Record: / });
  await expect(marks).toHaveCount(3);
  const quoted = story.getByRole('button', { name: 'Record: quoted' }).first();
  await expect(quoted).toHaveAttribute('aria-expanded', 'false');
  await quoted.focus();
  await page.keyboard.press('Enter');
  await expect(quoted).toHaveAttribute('aria-expanded', 'true');
  const note = page.locator(`#${(await quoted.getAttribute('aria-controls')) ?? ''}`);
  await expect(note).toBeVisible();
  await expect(note).toHaveText('Quoted: these are real words, as recorded — Lenin, letter of 1 Oct (CW 26:140).');
  await story.getByRole('button', { name: 'Record: documented' }).click();
  await expect(story.locator('.basis-note').first()).toContainText('Documented: this happened as told');
  await expectNoAxeViolations(page);
  await quoted.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'record-marks');

  // immersion: the setting hides the marks, and is remembered
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Settings…' }).click();
  const setting = page.getByRole('checkbox', { name: /Show the record beside the story/ });
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(marks).toHaveCount(0);
  await expect(note).toBeHidden();
  await shot(page, testInfo, 'record-off');
  await page.reload();
  await page.getByRole('button', { name: 'Continue your last game' }).click();
  await expect(story.locator('.passage').first()).toBeVisible();
  await expect(marks).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-record', 'off');
  expect(consoleErrors()).toEqual([]);
});

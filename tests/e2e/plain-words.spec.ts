import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';

const STORY = join(import.meta.dirname, '../../story');

function inkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? inkFiles(join(dir, entry.name)) : entry.name.endsWith('.ink') ? [join(dir, entry.name)] : [],
  );
}

/** Every `# ending:` id in the story: none of them may reach a screen a player reads. */
const ENDING_IDS = new Set(
  inkFiles(STORY).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/#\s*ending:\s*([a-z0-9_]+)/g)].map((match) => match[1] ?? ''),
  ),
);

/** What a player must never read: an ending's id, a branch code of the counterfactual table, the team's "bible". */
function internalNames(text: string): string[] {
  const ids = [...text.matchAll(/\b[a-z]+_[a-z_]+\b/g)].map((match) => match[0]).filter((word) => ENDING_IDS.has(word));
  const codes = [...text.matchAll(/\b[LKJ][1-8]\b/g)].map((match) => match[0]);
  const bible = [...text.matchAll(/bible/gi)].map((match) => match[0]);
  return [...ids, ...codes, ...bible];
}

/** A screenshot kept beside the test's results, to look at. */
async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

const bodyText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);
const panel = (page: Page) => page.getByRole('region', { name: 'The group decides' });

test('no ending id, branch code or "bible" on the ending, the debrief, the report or the endings gallery', async ({
  page,
}, testInfo) => {
  // a club session played to its end, then three more screens: more than the default on a busy machine
  test.setTimeout(300_000);
  expect(ENDING_IDS.size).toBeGreaterThan(15);
  await page.goto('/');
  await page.getByRole('button', { name: 'Club mode…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Club mode' });
  // the dialog says where a new session will be kept, and names the cadet in the sentence's own case
  await expect(dialog).toContainText('A new session is kept in club slot 1.');
  await expect(dialog.getByRole('button', { name: 'Start as a cadet of the Peterhof ensign school' })).toBeVisible();
  // Kerensky, leaving history wherever the story offers it: the shortest road to an ending with counterfactuals
  await page
    .getByRole('dialog', { name: 'Club mode' })
    .getByRole('button', { name: /^Start as Alexander Kerensky/ })
    .click();
  const ended = page.getByRole('region', { name: 'The session’s ending' });
  const onlyWay = page.getByRole('region', { name: 'The story goes on' });
  await expect(panel(page).or(onlyWay)).toBeVisible();
  for (let step = 0; step < 120 && !(await ended.isVisible()); step++) {
    const made = await page.locator('.transcript .chosen').count();
    if (await onlyWay.isVisible()) await onlyWay.getByRole('button', { name: 'Continue' }).click();
    else {
      const options = panel(page).locator('.vote-option');
      const diverging = options.and(page.locator('[data-historicity="speculative"], [data-historicity="plausible"]'));
      const option = (await diverging.count()) > 0 ? diverging.first() : options.first();
      await option.getByRole('spinbutton').fill('3');
      await panel(page).getByRole('button', { name: 'Count the votes' }).click();
    }
    await expect(page.locator('.transcript .chosen')).toHaveCount(made + 1);
  }
  await expect(ended).toBeVisible();

  // the ending and its debrief, as they stand on the page
  const debrief = page.getByRole('article', { name: 'Your October and the real October' });
  await expect(debrief).toBeVisible();
  await expect(debrief.locator('.debrief-ending')).toContainText('Your ending:');
  await expect(debrief.locator('.grade-legend')).toContainText('[A] attested');
  await expect(debrief.locator('.ledger-branches')).toBeVisible();
  await debrief.locator('.debrief-ending').scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'plain-ending');
  const atEnding = await bodyText(page);
  expect(internalNames(atEnding)).toEqual([]);

  // the club's session report
  await ended.getByRole('button', { name: 'Open the session report' }).click();
  const report = page.getByRole('region', { name: 'Petrograd 1917: club session report' });
  await expect(report).toContainText('The run reached the ending');
  await report.getByText('The run reached the ending').scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'plain-report');
  expect(internalNames(await bodyText(page))).toEqual([]);
  expect(internalNames(await report.innerText())).toEqual([]);
  await report.getByRole('button', { name: /^Back/ }).click();

  // the endings gallery: the ending found has its title
  await debrief.getByRole('button', { name: 'Endings…' }).click();
  const gallery = page.getByRole('dialog', { name: 'Endings' });
  await expect(gallery.locator('.map-ending.reached')).toHaveCount(1);
  await gallery.locator('.map-ending.reached').scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'plain-gallery');
  const galleryText = await gallery.innerText();
  expect(internalNames(galleryText)).toEqual([]);
  expect(internalNames(await bodyText(page))).toEqual([]);
});

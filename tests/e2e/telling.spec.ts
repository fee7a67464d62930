import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startDevServer, type DevStory } from './dev-server.ts';
import { expectNoAxeViolations, watchConsole } from './helpers.ts';

/**
 * A run that leaves history, played as a player would (the dev server on tests/fixtures/telling, with the
 * real codex): the invented front page is said to be invented, the codex shows "In this telling" beside
 * the person's history, and the debrief sets this telling beside history.
 */
const PORT = Number(process.env['PW_TELLING_PORT'] ?? 5211);
const SHOTS = process.env['PW_SHOTS'] ?? 'test-results/telling-shots';

const choices = (page: Page) => page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
const story = (page: Page) => page.getByRole('log', { name: 'Story' });

let dev: DevStory;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  dev = await startDevServer(PORT, 'telling');
  mkdirSync(SHOTS, { recursive: true });
});
test.afterAll(async () => {
  await dev.close();
});

test('an invented front page, the codex and the debrief tell this telling beside history', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors = watchConsole(page);
  await page.goto(dev.url);
  await page.locator('.role-card[data-role="lenin"]').click();
  await expect(story(page)).toContainText('the rising waits for the Congress');
  // the front page in words, for those who do not see the drawing: it says the issue never appeared
  await expect(page.locator('.status-text')).toContainText(
    'Front page of Izvestia (Invented — this issue never appeared): “The Congress will decide”.',
  );
  await expect(page.locator('#stage canvas')).toHaveCount(1, { timeout: 60_000 });
  await page.waitForTimeout(3_000); // the page is drawn and settles (software WebGL)
  await page.screenshot({ path: `${SHOTS}/front-invented.png` });

  await choices(page).filter({ hasText: 'Wait for the Congress' }).click();
  await expect(story(page)).toContainText('Martov takes a ministry.');
  await expect(page.locator('.status-text')).toContainText('“A government of all the socialists”');

  // the codex: what became of Martov in history, and in this telling
  const martov = story(page).getByRole('button', { name: 'Martov', exact: true }).last();
  await martov.click();
  const card = page.getByRole('dialog', { name: 'Julius Martov' });
  await expect(card.getByRole('region', { name: 'What became of them' })).toContainText('Germany in 1923');
  await expect(card.getByRole('region', { name: 'In this telling' })).toContainText(
    'Martov sat in a government of all the socialists.',
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/codex-telling.png` });
  await page.keyboard.press('Escape');

  await choices(page).filter({ hasText: 'Accept it' }).click();
  await choices(page).filter({ hasText: 'Finish' }).click();
  const debrief = page.getByRole('article', { name: 'Your October and the real October' });
  await expect(debrief).toBeVisible();
  const table = debrief.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'In history' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'In this telling' })).toBeVisible();
  await expect(debrief.locator('tr.telling')).toHaveCount(3);
  await expect(debrief.locator('tr.telling').nth(1)).toContainText(
    'Congress of Soviets: The Congress, not the Committee, made the government.',
  );
  // the real October stays
  expect(await debrief.locator('tr.real').count()).toBeGreaterThan(10);
  const people = debrief.locator('.debrief-people');
  await expect(people.locator('dd.fate-history')).toContainText('In history: He left Russia in 1920');
  await expect(people.locator('dd.fate-telling')).toContainText(
    'In this telling: Martov sat in a government of all the socialists. Martov outlived the coalition by a winter.',
  );
  await expectNoAxeViolations(page);
  await people.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/debrief-people.png` });
  await debrief.locator('tr.telling').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/debrief-timeline.png` });
  expect(consoleErrors()).toEqual([]);
});

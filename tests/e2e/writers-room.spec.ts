import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDevServer, type DevStory } from './dev-server.ts';

// The writers' room exists only in the dev server: these tests start one on a copy of a fixture story.
const PORT = Number(process.env['PW_DEV_PORT'] ?? 5197);

const choices = (page: Page) => page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
const story = (page: Page) => page.getByRole('log', { name: 'Story' });
const status = (page: Page) => page.locator('.writers-status');
const panel = (page: Page) => page.getByRole('complementary', { name: 'Writers’ room' });

let dev: DevStory;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  dev = await startDevServer(PORT);
});
test.afterAll(async () => {
  await dev.close();
});

/** Saves a change to a file of the story copy, as a writer's editor would. */
function edit(file: string, change: (source: string) => string): void {
  const path = join(dev.dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

async function playKerenskyToTheNight(page: Page): Promise<void> {
  await page.goto(dev.url);
  await page.getByRole('button', { name: /Alexander Kerensky/ }).click();
  for (const name of ['Call the staff', 'Send for the Cossacks', 'Stay at the palace'])
    await choices(page).filter({ hasText: name }).click();
  await expect(story(page)).toContainText('The bridges are up.');
}

test('saving an .ink file shows the changed text where the writer stands, without a reload', async ({ page }) => {
  test.setTimeout(180_000);
  await playKerenskyToTheNight(page);
  await page.evaluate(() => document.body.setAttribute('data-before-edit', ''));

  const saved = Date.now();
  edit('kerensky/04_night.ink', (source) => source.replace('The bridges are up.', 'The bridges are raised.'));
  await expect(story(page)).toContainText('The bridges are raised.');
  const took = Date.now() - saved;
  test.info().annotations.push({ type: 'edit shown after', description: `${took} ms` });
  expect(took).toBeLessThan(5_000); // a second on a quiet machine; the shared CI box is slower
  await expect(page.locator('body[data-before-edit]')).toHaveCount(1); // the same page: no reload
  await expect(choices(page).filter({ hasText: 'Wait for the troops' })).toBeVisible();
  await expect(status(page)).toContainText('3 choices replayed');
  await page.screenshot({ path: '/tmp/writers-edit.png' });

  // a compile error: shown at its file:line over the game, which stays as it was
  edit('kerensky/04_night.ink', (source) => source.replace('-> kerensky_dawn', '-> kerensky_nowhere'));
  await expect(page.locator('vite-error-overlay')).toContainText('04_night.ink:9');
  await expect(status(page)).toContainText('does not compile');
  await expect(status(page)).toContainText('04_night.ink:9');
  await expect(story(page)).toContainText('The bridges are raised.');
  await page.screenshot({ path: '/tmp/writers-error.png' });
  edit('kerensky/04_night.ink', (source) => source.replace('-> kerensky_nowhere', '-> kerensky_dawn'));
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
  await expect(status(page)).toContainText('3 choices replayed');

  // the path no longer fits: play stops at the last choice that still exists, and says which broke
  edit('kerensky/01_office.ink', (source) => source.replace('Send for the Cossacks', 'Call the Cossacks'));
  await expect(status(page)).toContainText('The path broke: choice 2, “Send for the Cossacks”, is no longer offered');
  await expect(choices(page).filter({ hasText: 'Call the Cossacks' })).toBeVisible();
  await expect(story(page)).not.toContainText('The bridges');
  await expect(page.locator('body[data-before-edit]')).toHaveCount(1);
  await page.screenshot({ path: '/tmp/writers-broke.png' });

  // a saved codex entry reloads the page: the run is played again to where it stood
  dev.reloadPages();
  await expect(page.locator('body[data-before-edit]')).toHaveCount(0);
  await expect(status(page)).toContainText('The page reloaded: 1 choice replayed.');
  await expect(choices(page).filter({ hasText: 'Call the Cossacks' })).toBeVisible();
});

test('the writers’ panel: jump to a chapter, set a variable, explore from there, copy a bug report', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(dev.url);
  await page.getByRole('button', { name: /Alexander Kerensky/ }).click();
  await expect(story(page)).toContainText('The telephones ring');

  // the writers' room loads lazily after the game: its button says it is there to answer the key
  await expect(page.getByRole('button', { name: 'Writers' })).toBeVisible();
  await page.keyboard.press('`');
  await expect(panel(page)).toBeVisible();
  await panel(page).getByLabel('Role').selectOption('junker');
  await panel(page).getByLabel('Knot or stitch').selectOption('junker_ch3');
  await expect(panel(page).getByLabel('Knot or stitch').locator('option')).toHaveText([
    'junker',
    'junker_ch3',
    'junker_ch3.hall',
  ]);
  await panel(page).getByRole('button', { name: 'Jump' }).click();
  await expect(story(page)).toContainText('The palace is full of cadets');
  await expect(panel(page)).toContainText('# place: winter_palace');
  await expect(panel(page)).toContainText('offered: “Go home” — plausible J1');
  await expect(panel(page)).toContainText('place: winter_palace');

  // a number typed into the panel is the panel's, not a choice in the story
  const courage = panel(page).getByLabel('Set junker_courage');
  await courage.fill('5');
  await courage.press('Enter');
  await expect(status(page)).toContainText('junker_courage = 5');
  await choices(page).filter({ hasText: 'Hold the gate' }).click();
  await expect(story(page)).toContainText('You stand at the gate without fear.');
  await page.screenshot({ path: '/tmp/writers-panel.png' });

  // the variable set by hand stays part of the run when the story is edited
  edit('junker/03_palace.ink', (source) => source.replace('without fear', 'without any fear'));
  await expect(story(page)).toContainText('You stand at the gate without any fear.');

  await panel(page)
    .getByRole('button', { name: /Explore from here/ })
    .click();
  const endings = panel(page).locator('[data-explore="endings"] tbody th');
  await expect
    .poll(async () => (await endings.allTextContents()).sort(), { timeout: 30_000 })
    .toEqual(['junker_fixture_stand', 'junker_fixture_surrender']);
  await expect(panel(page).locator('[data-explore="endings"]')).toContainText('%');
  await page.screenshot({ path: '/tmp/writers-explore.png' });

  await panel(page).getByRole('button', { name: 'Copy a bug report' }).click();
  await expect(panel(page)).toContainText('Copied');
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(report)).toMatchObject({ label: expect.stringContaining('from junker_ch3') });

  // the report is a save file: Saved games and files… opens it, at the same moment
  const before = await story(page).innerText();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Return to the title' }).click();
  await page.getByRole('button', { name: 'Saved games and files…' }).click();
  await page
    .getByLabel('Open a save file')
    .setInputFiles({ name: 'bug.json', mimeType: 'application/json', buffer: Buffer.from(report) });
  await expect.poll(() => story(page).innerText()).toBe(before);
});

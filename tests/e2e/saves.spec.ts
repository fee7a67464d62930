import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { attachScreenshot, expectNoAxeViolations, watchConsole } from './helpers.ts';

const choices = (page: Page) => page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
const story = (page: Page) => page.getByRole('log', { name: 'Story' });

async function playChoices(page: Page, count: number): Promise<void> {
  const made = page.locator('.transcript .chosen');
  const already = await made.count();
  for (let i = 1; i <= count; i++) {
    await choices(page).first().click();
    await expect(made).toHaveCount(already + i);
  }
}

async function openSaves(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Saved games…' }).click();
  await expect(page.getByRole('dialog', { name: 'Saved games' })).toBeVisible();
}

test('save in a slot, reload the page, load it: the same story on screen', async ({ page }, testInfo) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('button', { name: /Alexander Kerensky/ }).click();
  await playChoices(page, 3);
  const before = await story(page).innerText();
  await openSaves(page);
  await page.getByLabel('Name for a new save').fill('Before the Mariinsky');
  await page.getByRole('button', { name: 'Save in slot 2' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved in slot 2.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Slot 2: Before the Mariinsky' })).toBeVisible();
  await expect(page.locator('.slot').nth(1)).toContainText(/Alexander Kerensky — The Garrison Question/);
  await expect(page.locator('.slot').nth(1)).toContainText(/NS\)/);
  await expectNoAxeViolations(page);
  await attachScreenshot(page, testInfo, 'saves-dialog');
  await page.keyboard.press('Escape');
  await playChoices(page, 1); // the autosave moves on; the slot must not

  await page.reload();
  await page.getByRole('button', { name: 'Saved games and files…' }).click();
  await page.getByRole('button', { name: 'Load slot 2' }).click();
  await expect.poll(() => story(page).innerText()).toBe(before);
  expect(consoleErrors()).toEqual([]);
});

test('export to a file and import it on another computer', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  await playChoices(page, 2);
  const before = await story(page).innerText();
  await openSaves(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save this game to a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('petrograd-1917-lenin-1917-10-10.json');
  const path = await file.path();

  // a fresh browser profile: nothing in storage
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/');
  await expect(fresh.getByRole('button', { name: 'Continue your last game' })).toBeHidden();
  await fresh.getByRole('button', { name: 'Saved games and files…' }).click();
  await fresh.getByLabel('Open a save file').setInputFiles(path);
  await expect.poll(() => story(fresh).innerText()).toBe(before);
  await expect(choices(fresh).first()).toBeFocused();

  // the same file from an earlier version of the story: asked first, then replayed
  const older = readFileSync(path, 'utf8').replace(/"storyHash":"[0-9a-f]+"/, '"storyHash":"0000000000000000"');
  await fresh.getByRole('button', { name: 'Menu' }).click();
  await fresh.getByRole('button', { name: 'Return to the title' }).click();
  await fresh.getByRole('button', { name: 'Saved games and files…' }).click();
  await fresh
    .getByLabel('Open a save file')
    .setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(older) });
  await expect(fresh.getByRole('dialog', { name: 'The story has changed' })).toBeVisible();
  await expectNoAxeViolations(fresh);
  await fresh.getByRole('button', { name: 'Replay my choices on the new version' }).click();
  await expect.poll(() => story(fresh).innerText()).toBe(before);
  await expect(fresh.locator('[data-notice="save-replayed"]')).toBeVisible();
  await other.close();
});

test('bad save files get a clear message and change nothing', async ({ page }, testInfo) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('button', { name: /Peterhof ensign school/ }).click();
  await playChoices(page, 1);
  const before = await story(page).innerText();
  const autosave = await page.evaluate(() => localStorage.getItem('petrograd1917.autosave'));
  const files = [
    { name: 'broken.json', text: '{"format":"petrograd-1917-save","version":1,', expect: /not complete JSON/ },
    { name: 'other.json', text: '{"format":"some-other-game","level":3}', expect: /not a Petrograd 1917 save/ },
    {
      name: 'script.json',
      text: (autosave ?? '').replace('"role":"junker"', '"role":"<script>alert(1)</script>"'),
      expect: /damaged/,
    },
    { name: 'huge.json', text: `{"pad":"${'x'.repeat(2_100_000)}"}`, expect: /far too large/ },
  ];
  for (const file of files) {
    await openSaves(page);
    await page
      .getByLabel('Open a save file')
      .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await expect(page.getByRole('status').filter({ hasText: file.expect })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Nothing has been changed/ })).toBeVisible();
    await attachScreenshot(page, testInfo, file.name);
    await page.keyboard.press('Escape');
    await expect.poll(() => story(page).innerText()).toBe(before);
  }
  expect(await page.evaluate(() => localStorage.getItem('petrograd1917.autosave'))).toBe(autosave);
  expect(consoleErrors()).toEqual([]);
});

test('rewind three choices from the transcript and take another branch', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  await playChoices(page, 4);
  const chosen = page.locator('.transcript .chosen');
  const secondChoice = (await chosen.nth(1).locator('.chosen-text').innerText()).trim();
  await chosen
    .nth(1)
    .getByRole('button', { name: /Choose again here/ })
    .click();
  await expect(chosen).toHaveCount(1);
  await expect(choices(page).filter({ hasText: secondChoice })).toHaveCount(1);
  const other = choices(page).filter({ hasNotText: secondChoice }).first();
  const otherText = (await other.locator('.choice-text').innerText()).trim();
  await other.click();
  await expect(chosen.nth(1)).toContainText(otherText);
  await attachScreenshot(page, testInfo, 'after-rewind');
  // the menu takes the player back to the role's beginning
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Return to the role’s beginning' }).click();
  await expect(chosen).toHaveCount(0);
});

test('a save whose text carries markup shows it as plain text, never as HTML', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  await playChoices(page, 1);
  const autosave = (await page.evaluate(() => localStorage.getItem('petrograd1917.autosave'))) ?? '';
  const hostile = autosave.replace(
    /"kind":"paragraph","text":"[^"]*"/,
    '"kind":"paragraph","text":"<img src=x onerror=\\"window.pwned=1\\"><b>bold</b>"',
  );
  expect(hostile).not.toBe(autosave);
  await openSaves(page);
  await page
    .getByLabel('Open a save file')
    .setInputFiles({ name: 'markup.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
  await expect(story(page)).toContainText('<img src=x onerror="window.pwned=1"><b>bold</b>');
  await expect(page.locator('.transcript img, .transcript b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('when storage is full, saving says so and nothing is lost', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Peterhof ensign school/ }).click();
  await playChoices(page, 1);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await playChoices(page, 1);
  await expect(page.locator('[data-notice="saves-off"]')).toContainText(/storage is full/);
  await openSaves(page);
  await page.getByRole('button', { name: 'Save in slot 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: /storage is full.*Nothing was overwritten/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await playChoices(page, 1); // play goes on
});

test('the menu and its dialogs pass axe and close with Escape', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeHidden();
  await openSaves(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Saved games' })).toBeHidden();
});

test('a save corrupted inside the story state stops with a clear message and a way back', async ({
  page,
}, testInfo) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  await playChoices(page, 2);
  const autosave = (await page.evaluate(() => localStorage.getItem('petrograd1917.autosave'))) ?? '';
  // the schema cannot see inside ink's own state: make its pending choices name threads that do not exist
  const save = JSON.parse(autosave) as { session: { inkState: string } };
  const ink = JSON.parse(save.session.inkState) as { flows: Record<string, Record<string, unknown>> };
  for (const flow of Object.values(ink.flows)) {
    delete flow['choiceThreads'];
    for (const choice of flow['currentChoices'] as { originalThreadIndex: number }[]) choice.originalThreadIndex = 999;
  }
  save.session.inkState = JSON.stringify(ink);
  const corrupt = JSON.stringify(save);
  expect(corrupt).not.toBe(autosave);
  await openSaves(page);
  await page
    .getByLabel('Open a save file')
    .setInputFiles({ name: 'corrupt.json', mimeType: 'application/json', buffer: Buffer.from(corrupt) });
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);
  await choices(page).first().click();
  const problem = page.getByRole('alertdialog', { name: 'The story has stumbled' });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('Nothing you have played is lost.');
  await expectNoAxeViolations(page);
  await attachScreenshot(page, testInfo, 'problem-dialog');
  await problem.getByRole('button', { name: 'Go back to the last choice' }).click();
  await expect(problem).toBeHidden();
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);
  // choosing again from the transcript rebuilds that moment from the recorded path, not from the broken state
  await page
    .locator('.transcript .chosen')
    .nth(1)
    .getByRole('button', { name: /Choose again here/ })
    .click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(1);
  await choices(page).first().click();
  await choices(page).first().click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(3);
  await expect(problem).toBeHidden();
  expect(consoleErrors()).toEqual([]);
});

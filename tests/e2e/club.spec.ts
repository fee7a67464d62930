import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { attachScreenshot, expectNoAxeViolations, watchConsole } from './helpers.ts';

const panel = (page: Page) => page.getByRole('region', { name: 'The group decides' });
const options = (page: Page) => panel(page).locator('.vote-option');

async function startClub(page: Page, group: string): Promise<void> {
  await page.getByRole('button', { name: 'Club mode…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Club mode' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name of the group (optional)').fill(group);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Start as Vladimir Lenin' }).click();
  await expect(panel(page)).toBeVisible();
}

/** One press of a hand button (+ or −) beside option `position` (0-based). */
const tap = (page: Page, position: number, name: RegExp) =>
  options(page).nth(position).getByRole('button', { name }).click();

/** The text of option `n` (1-based) of the decision on screen. */
const optionText = (page: Page, n: number) =>
  options(page)
    .nth(n - 1)
    .locator('.vote-text')
    .innerText();

test('a club session: timer, three votes (one tied, one with a reason), the report downloaded and printed, resumed next week', async ({
  page,
}, testInfo) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await startClub(page, 'Thursday club');
  await expect(page.locator('html')).toHaveAttribute('data-club', '');
  await expect(page.getByRole('navigation', { name: 'Choices' })).toBeHidden();

  // the discussion timer counts down, pauses and resets
  const timer = panel(page).getByRole('timer', { name: 'Discussion time left' });
  await expect(timer).toHaveText('3:00');
  await panel(page).getByRole('button', { name: 'Start' }).click();
  await expect(timer).toHaveText(/^2:5\d$/, { timeout: 5_000 });
  await panel(page).getByRole('button', { name: 'Pause' }).click();
  const paused = await timer.innerText();
  await page.waitForTimeout(1_500);
  await expect(timer).toHaveText(paused);
  await panel(page).getByRole('button', { name: 'Reset' }).click();
  await expect(timer).toHaveText('3:00');
  // the length picked is kept with the session for next week
  await panel(page).getByLabel('Discussion', { exact: true }).selectOption('5');
  await expect(timer).toHaveText('5:00');

  // vote 1: counts typed in, a clear majority, and a reason
  const first = await optionText(page, 2);
  await options(page).nth(0).getByRole('spinbutton').fill('3');
  await options(page).nth(1).getByRole('spinbutton').fill('5');
  await panel(page).getByLabel('The group’s reason (optional)').fill('Lenin should not sound like a man with a grudge');
  await expect(panel(page).locator('.vote-total')).toHaveText('8 votes counted');
  await expectNoAxeViolations(page);
  await attachScreenshot(page, testInfo, 'club-vote-1366');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await panel(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('projector-vote-1920.png') });
  await panel(page).getByRole('button', { name: 'Count the votes' }).click();
  await expect(page.locator('.transcript .chosen-text').last()).toHaveText(first);
  await expect(panel(page).getByRole('status').first()).toHaveText(
    `Decided by majority. Taken: “${first}” — 5 of 8 votes.`,
  );
  await expect(timer).toHaveText('5:00');

  // vote 2: one tap per raised hand, a tie the facilitator decides
  const second = await optionText(page, 2);
  for (const position of [0, 0, 0, 1, 1]) await tap(page, position, /One more hand/);
  await tap(page, 0, /One hand fewer/);
  await panel(page).getByRole('button', { name: 'Count the votes' }).click();
  const tie = panel(page).getByRole('group', { name: /A tie: 2 options have 2 votes each\. The facilitator decides/ });
  await expect(tie).toBeVisible();
  await expect(tie.getByRole('button')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('projector-tie-1920.png') });
  await attachScreenshot(page, testInfo, 'club-tie-projector-1920');
  // the tie follows the counts: one more hand and it is gone; counted again, it is back
  await tap(page, 1, /One more hand/);
  await expect(panel(page).locator('.vote-total')).toHaveText('5 votes counted');
  await expect(panel(page).locator('.tie')).toBeHidden();
  await tap(page, 1, /One hand fewer/);
  await panel(page).getByRole('button', { name: 'Count the votes' }).click();
  await expect(tie).toBeVisible();
  await tie.getByRole('button', { name: `Take option 2: ${second}` }).click();
  await expect(page.locator('.transcript .chosen-text').last()).toHaveText(second);
  await expect(panel(page).getByRole('status').first()).toHaveText(
    `A tie: the facilitator decided. Taken: “${second}” — 2 of 4 votes.`,
  );

  // vote 3: the facilitator overrules a 6–1 count, and it is recorded as such
  const third = await optionText(page, 1);
  const overruled = await optionText(page, 2);
  await options(page).nth(0).getByRole('spinbutton').fill('6');
  await options(page).nth(1).getByRole('spinbutton').fill('1');
  await panel(page).getByText('The facilitator overrules the count…').click();
  await panel(page)
    .getByRole('button', { name: `Take option 2 against the count: ${overruled}` })
    .click();
  await expect(page.locator('.transcript .chosen-text').last()).toHaveText(overruled);
  await expect(panel(page).getByRole('status').first()).toHaveText(
    `The facilitator chose against the majority. Taken: “${overruled}” — 1 of 7 votes (6 for “${third}”).`,
  );

  // number keys do not choose for the room
  await page.keyboard.press('1');
  await expect(page.locator('.transcript .chosen')).toHaveCount(3);

  // the report, from the menu, at any time
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Session report' }).click();
  const report = page.getByRole('region', { name: 'Petrograd 1917: club session report' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { name: /^Vote \d/ })).toHaveCount(3);
  await expect(report).toContainText('A tie, decided by the facilitator: 2 of 4 votes.');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('report-1920.png') });

  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Download as Markdown' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^petrograd-1917-club-thursday-club-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = readFileSync(await file.path(), 'utf8');
  await testInfo.attach('report.md', { body: markdown, contentType: 'text/markdown' });
  expect(markdown).toContain('# Petrograd 1917: club session report');
  expect(markdown).toContain('- Group: Thursday club');
  expect(markdown).toContain('- Role: Vladimir Lenin');
  expect(markdown).toContain('Choices made: 3, of which 3 by vote');
  expect(markdown).toMatch(/^- Sitting 1: \d{1,2} [A-Z][a-z]+ \d{4}$/m);
  expect(markdown).toContain('### Sitting 1: ');
  expect(markdown).toContain(`| **${first}** (taken) | 5 |`);
  expect(markdown).toContain('Decided by majority: 5 of 8 votes.');
  expect(markdown).toContain('Reason: “Lenin should not sound like a man with a grudge”');
  expect(markdown).toContain(`| **${second}** (taken) | 2 |`);
  expect(markdown).toContain('A tie, decided by the facilitator: 2 of 4 votes.');
  expect(markdown).toContain('Dissent: 2 of 4 voted otherwise');
  expect(markdown).toContain(`The facilitator chose against the majority: 1 of 7 votes (6 for “${third}”).`);
  expect(markdown).toContain('Reason: none given.');
  expect(markdown).toContain('## Divergences from the real October');
  expect(markdown).toContain('No ending yet: the report was made after 3 choices.');

  // print: the report alone, black on white
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const display = (selector: string) => {
      const node = document.querySelector(selector);
      return node ? getComputedStyle(node).display : 'missing';
    };
    return {
      actions: display('.report-actions'),
      stage: display('#stage'),
      menu: display('dialog.menu'),
      background: getComputedStyle(document.body).backgroundColor,
      heading: getComputedStyle(document.querySelector('.club-report h1') as Element).color,
    };
  });
  expect(printed).toEqual({
    actions: 'none',
    stage: 'none',
    menu: 'none',
    background: 'rgb(255, 255, 255)',
    heading: 'rgb(0, 0, 0)',
  });
  await page.screenshot({ path: testInfo.outputPath('report-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // next week: the same browser, a fresh page
  await page.reload();
  await page.getByRole('button', { name: 'Club mode…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Club mode' });
  await expect(dialog.getByRole('heading', { name: 'Club slot 1: Thursday club' })).toBeVisible();
  await expect(dialog).toContainText('3 votes so far');
  await dialog.getByRole('button', { name: 'Resume club slot 1' }).click();
  await expect(panel(page)).toBeVisible();
  await expect(page.locator('.transcript .chosen')).toHaveCount(3);
  await expect(panel(page).getByRole('timer', { name: 'Discussion time left' })).toHaveText('5:00');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Session report' }).click();
  await expect(page.getByRole('heading', { name: /^Vote \d/ })).toHaveCount(3);
  expect(consoleErrors()).toEqual([]);
});

test('without storage a club session still plays, and says it cannot be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Club mode…' }).click();
  await expect(page.getByRole('dialog', { name: 'Club mode' })).toContainText('cannot be kept for next week');
  await page.getByRole('button', { name: 'Start as Alexander Kerensky' }).click();
  await options(page).nth(0).getByRole('spinbutton').fill('2');
  await panel(page).getByRole('button', { name: 'Count the votes' }).click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(1);
  await expect(page.locator('[data-notice="club-unsaved"]')).toContainText('download the report');
});

test("the facilitators' guide opens from the title and reads cleanly", async ({ page }, testInfo) => {
  await page.goto('/');
  await page.screenshot({ path: testInfo.outputPath('title.png') });
  await page.getByRole('link', { name: 'facilitators’ guide' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Petrograd 1917: a guide for facilitators' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Plan \d/ })).toHaveCount(4);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('guide.png') });
  await page.getByRole('link', { name: 'Back to the game' }).click();
  await expect(page.getByRole('heading', { name: 'Petrograd 1917', level: 1 })).toBeVisible();
});

test('a club session played to its ending opens the report from the decision panel, and its slot says it is finished', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await startClub(page, '');
  const clubPanel = page.locator('.club-panel');
  const ended = page.getByRole('region', { name: 'The session’s ending' });
  const onlyWay = page.getByRole('region', { name: 'The story goes on' });
  let continued = 0;
  for (let step = 0; step < 120 && !(await ended.isVisible()); step++) {
    const made = await page.locator('.transcript .chosen').count();
    if (await onlyWay.isVisible()) {
      // one way on: no counts, no timer, just "Continue", and no vote recorded
      await expect(clubPanel.getByRole('spinbutton')).toHaveCount(0);
      await onlyWay.getByRole('button', { name: 'Continue' }).click();
      continued++;
    } else {
      await options(page).nth(0).getByRole('spinbutton').fill('1');
      await panel(page).getByRole('button', { name: 'Count the votes' }).click();
    }
    await expect(page.locator('.transcript .chosen')).toHaveCount(made + 1);
  }
  await expect(ended).toBeVisible();
  await ended.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('ended-1920.png') });
  await expectNoAxeViolations(page);
  await ended.getByRole('button', { name: 'Open the session report' }).click();
  const report = page.getByRole('region', { name: 'Petrograd 1917: club session report' });
  await expect(report).toContainText('The run reached the ending');
  await expect(report).toContainText('Group: unnamed');
  await expect(report).not.toContainText('0 of 0');
  await expect(report.locator('.report-path li', { hasText: 'not put to a vote' })).toHaveCount(continued);

  await page.reload();
  await page.getByRole('button', { name: 'Club mode…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Club mode' });
  await expect(dialog.locator('.slot').first()).toContainText('Finished — ending reached.');
  await dialog.getByRole('button', { name: 'Resume club slot 1' }).click();
  await expect(page.locator('[data-notice="club-finished"]')).toContainText('finished — ending reached');
  await expect(ended).toBeVisible();
});

test('in club mode "Choose again here" asks first, and the report keeps what was set aside', async ({
  page,
}, testInfo) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await startClub(page, 'Second thoughts');
  const reason = panel(page).getByLabel('The group’s reason (optional)');
  const firstTaken = await optionText(page, 1);
  await options(page).nth(0).getByRole('spinbutton').fill('7');
  await reason.fill('First thoughts');
  await panel(page).getByRole('button', { name: 'Count the votes' }).click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(1);
  await options(page).nth(0).getByRole('spinbutton').fill('4');
  await panel(page).getByRole('button', { name: 'Count the votes' }).click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);

  // the question, and Cancel: nothing changes
  await page.getByRole('button', { name: `Choose again here, instead of: ${firstTaken}` }).click();
  const ask = page.getByRole('dialog', { name: 'Choose again at choice 1?' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('Going back sets aside 2 recorded votes (from choice 1 on).');
  await expect(ask).toContainText('Nothing is erased');
  await expect(ask.getByRole('button', { name: 'Cancel: keep playing on' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('choose-again-confirm.png') });
  await ask.getByRole('button', { name: 'Cancel: keep playing on' }).click();
  await expect(ask).toBeHidden();
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);
  // Escape is a no as well
  await page.getByRole('button', { name: `Choose again here, instead of: ${firstTaken}` }).click();
  await page.keyboard.press('Escape');
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);

  // yes: the group is back at choice 1, and chooses otherwise
  await page.getByRole('button', { name: `Choose again here, instead of: ${firstTaken}` }).click();
  await ask.getByRole('button', { name: 'Set aside 2 votes and choose again' }).click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(0);
  await options(page).nth(1).getByRole('spinbutton').fill('6');
  await reason.fill('Second thoughts');
  await panel(page).getByRole('button', { name: 'Count the votes' }).click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(1);

  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Session report' }).click();
  const report = page.getByRole('region', { name: 'Petrograd 1917: club session report' });
  await expect(report.getByRole('heading', { name: /^Vote \d/ })).toHaveCount(1);
  const setAside = report.getByRole('region', { name: /^Set aside when the group chose again at choice 1 \(/ });
  await expect(setAside).toBeVisible();
  await expect(setAside.getByRole('heading', { name: /\(set aside\)$/ })).toHaveCount(2);
  await expect(setAside).toContainText('“First thoughts”');
  await expect(report.locator('.report-vote').first()).toContainText('“Second thoughts”');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('report-set-aside.png'), fullPage: true });
  expect(consoleErrors()).toEqual([]);
});

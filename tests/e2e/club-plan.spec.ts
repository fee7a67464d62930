import { expect, test, type Page } from '@playwright/test';
import { attachScreenshot, openClubDialog, watchConsole } from './helpers.ts';

/** Plan 1 of docs/facilitators.md: its start, and the decisions it names, in the order the group meets them. */
const PLAN_1 = {
  start: 'lenin-karpovka',
  decisions: [
    'Put the resolution as written',
    'Put your resolution against Zinoviev',
    'Write to the party',
    'Accept the Committee',
    'Go tonight, whatever they say',
  ],
} as const;

const panel = (page: Page) => page.locator('.club-panel');

test('Plan 1, begun at the Karpovka vote with key decisions only, reaches its named decisions within 8 votes', async ({
  page,
}, testInfo) => {
  const consoleErrors = watchConsole(page);
  const dialog = await openClubDialog(page, 'Plan 1');
  await dialog.getByLabel(/Key decisions only/).check();
  await dialog.getByLabel('Begin at').first().selectOption(PLAN_1.start);
  await dialog.getByRole('button', { name: 'Start as Vladimir Lenin' }).click();

  // "previously": what happened before the Karpovka vote, read before anything is chosen
  const previously = page.getByRole('dialog', { name: /vote on the Karpovka/ });
  await expect(previously).toBeVisible();
  await expect(previously).toContainText('Previously');
  await attachScreenshot(page, testInfo, 'plan-1-previously');
  await previously.getByRole('button', { name: 'Begin here' }).click();

  // the first decision is the Committee's resolution, and the screen says it touches the record
  await expect(panel(page).locator('.vote-option').first()).toContainText(PLAN_1.decisions[0]);
  await expect(panel(page).locator('.record-note')).toContainText('Touches the record');

  const reached: string[] = [];
  let votes = 0;
  let settled = 0;
  for (let step = 0; step < 40 && reached.length < PLAN_1.decisions.length && votes <= 8; step++) {
    const settle = panel(page).locator('.club-settle');
    const rows = panel(page).locator('.vote-option');
    await expect(panel(page).locator('.club-settle:visible, .vote-option:visible').first()).toBeVisible();
    if (await settle.isVisible()) {
      // not a key decision: one click, no vote
      await expect(rows).toHaveCount(0);
      await settle.getByRole('button').first().click();
      settled++;
      continue;
    }
    const texts = await rows.locator('.vote-text').allInnerTexts();
    const named = PLAN_1.decisions.find((decision) => texts.some((text) => text.includes(decision)));
    if (named) reached.push(named);
    const historical = await rows.evaluateAll((all) =>
      all.findIndex((row) => row.getAttribute('data-historicity') === 'historical'),
    );
    const pick = Math.max(0, historical);
    for (let position = 0; position < texts.length; position++)
      await rows
        .nth(position)
        .getByRole('spinbutton')
        .fill(position === pick ? '6' : '3');
    await panel(page).getByRole('button', { name: 'Count the votes' }).click();
    votes++;
  }
  await attachScreenshot(page, testInfo, 'plan-1-after');
  expect(reached).toEqual([...PLAN_1.decisions]);
  expect(votes).toBeLessThanOrEqual(8);
  expect(settled).toBeGreaterThan(0);

  // the report says which choices were settled, not voted
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Session report' }).click();
  await expect(page.getByText(/not a key decision: settled/).first()).toBeVisible();
  // the summary comes first, and prints on one A4 page of its own
  const summary = page.getByRole('region', { name: /^Summary:/ });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('row')).toHaveCount(1 + PLAN_1.decisions.length);
  await attachScreenshot(page, testInfo, 'plan-1-report-summary');
  await page.addStyleTag({ content: '@media print { .report-summary ~ * { display: none !important; } }' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
  expect(consoleErrors()).toEqual([]);
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
]) {
  test(`the presenter's screen at ${size.width}×${size.height}: timer, counts and "Count the votes" on one screen`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(size);
    await page.goto('/');
    await page.getByRole('button', { name: 'Club mode…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Club mode' });
    await dialog.getByLabel('Begin at').first().selectOption(PLAN_1.start);
    await dialog.getByRole('button', { name: 'Start as Vladimir Lenin' }).click();
    await page.getByRole('button', { name: 'Begin here' }).click();
    // the facilitator scrolls to the decision once the passage is read
    await panel(page).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const box = async (selector: string) => {
      const found = await page.locator(selector).first().boundingBox();
      if (!found) throw new Error(`${selector} is not on screen`);
      return found;
    };
    const header = await box('.scene-header, header');
    const timer = await box('.discussion-timer');
    const options = await box('.vote-options');
    const count = await box('.count-votes');
    const captions = page.locator('.captions');
    const bottom = (await captions.isVisible())
      ? Math.min(size.height, (await captions.boundingBox())?.y ?? size.height)
      : size.height;
    await attachScreenshot(page, testInfo, `presenter-${size.width}x${size.height}`);
    expect(timer.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(options.y).toBeGreaterThan(timer.y);
    expect(count.y + count.height).toBeLessThanOrEqual(bottom);
    // the overrule is the exception: it waits below the count, never between the heading and the timer
    const overrule = await box('.overrule');
    expect(overrule.y).toBeGreaterThanOrEqual(count.y + count.height);
  });
}

test('a notice shown while the club dialog is open appears inside it, and goes back when it closes', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Club mode…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Club mode' });
  await expect(dialog).toBeVisible();
  await context.setOffline(true);
  const notice = page.locator('[data-notice="offline"]');
  await expect(notice).toBeVisible();
  // inside the modal dialog, so neither hidden behind it nor made inert by it
  await expect(dialog.locator('[data-notice="offline"]')).toHaveCount(1);
  // and in a row of its own: it lies over none of the dialog's headings, words or controls
  const covered = await dialog.evaluate((element) => {
    const notices = element.querySelector('.notices');
    if (!notices) return ['no notices in the dialog'];
    const own = notices.getBoundingClientRect();
    return [...element.querySelectorAll('h2, h3, p, label, button, input, select, textarea')]
      .filter((other) => !notices.contains(other) && other.getClientRects().length > 0)
      .filter((other) => {
        const box = other.getBoundingClientRect();
        return box.left < own.right && own.left < box.right && box.top < own.bottom && own.top < box.bottom;
      })
      .map((other) => `${other.tagName.toLowerCase()}: ${other.textContent?.trim().slice(0, 40) ?? ''}`);
  });
  expect(covered).toEqual([]);
  await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(notice).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('body > .app > .notices, .notices').first()).toBeAttached();
  expect(await page.locator('dialog .notices').count()).toBe(0);
  await context.setOffline(false);
});

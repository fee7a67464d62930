import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectNoAxeViolations, playToEnd, watchConsole } from './helpers.ts';

/** A screenshot kept beside the test's results (to look at) and attached to the report. */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

const choiceButtons = (page: Page) => page.getByRole('navigation', { name: 'Choices' }).getByRole('button');

/**
 * Plays a role to its ending, leaving history wherever the story offers it: a speculative choice
 * first, else a plausible one, else the first. Driven by the historicity marks, not by story text,
 * so it keeps working as the campaigns grow.
 */
async function playDivergingToEnd(page: Page): Promise<number> {
  return playToEnd(page, async () => {
    const buttons = choiceButtons(page);
    for (const mark of ['speculative', 'plausible']) {
      const marked = page.locator(`.choices button[data-historicity="${mark}"]`);
      if (await marked.count()) return marked.first().click();
    }
    return buttons.first().click();
  });
}

test('an ending shows the debrief, the map of choices starts a new run from an explored choice', async ({
  page,
}, testInfo) => {
  // a whole chapter, the debrief, a print, the map and a second run: more than the default allows on a busy machine
  test.setTimeout(300_000);
  const consoleErrors = watchConsole(page);
  // printing opens the browser's dialog: here it only records that it was asked for
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'true');
  });
  await page.goto('/');
  await page.locator('.role-card[data-role="kerensky"]').click();
  const made = await playDivergingToEnd(page);
  expect(made).toBeGreaterThan(2);

  const debrief = page.getByRole('article', { name: 'Your October and the real October' });
  await expect(debrief).toBeVisible();
  // the ledger counts the run's divergences (it left history wherever it could)
  await expect(debrief.locator('.ledger')).toHaveAttribute('data-standing', /plausible|speculative/);
  await expect(debrief.locator('.ledger-first')).toContainText('First divergence');
  // the timeline sets every choice beside the real events, in both calendars
  await expect(debrief.locator('tr.yours')).toHaveCount(made);
  expect(await debrief.locator('tr.real').count()).toBeGreaterThan(30);
  await expect(debrief.locator('tr.real').first()).toContainText('NS');
  await expect(
    debrief.locator('tr.yours[data-historicity="speculative"], tr.yours[data-historicity="plausible"]').first(),
  ).toBeVisible();
  // questions come from this run: the first names the choice where it left the record
  const firstDivergence = (await debrief.locator('.ledger-first').textContent()) ?? '';
  const divergedChoice = /“(.+)”/.exec(firstDivergence)?.[1] ?? '';
  expect(divergedChoice).not.toBe('');
  await expect(debrief.locator('.debrief-questions li').first()).toContainText(divergedChoice);
  expect(await debrief.locator('.debrief-questions li').count()).toBeGreaterThanOrEqual(3);
  await expectNoAxeViolations(page);
  await page.locator('#debrief-title').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('debrief-title')?.scrollIntoView({ block: 'start' }));
  await attachScreenshot(page, testInfo, 'debrief');

  // printable: only the debrief is laid out for print
  await debrief.getByRole('button', { name: 'Print the debrief' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'true');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.transcript')).toBeHidden();
  await expect(debrief).toBeVisible();
  await page.locator('#debrief-title').scrollIntoViewIfNeeded();
  await attachScreenshot(page, testInfo, 'debrief-print');
  const pdf = testInfo.outputPath('debrief.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  await testInfo.attach('debrief-pdf', { path: pdf, contentType: 'application/pdf' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });

  // the map of choices, from the debrief
  await debrief.getByRole('button', { name: 'Map of choices…' }).click();
  const map = page.getByRole('dialog', { name: 'Map of choices' });
  await expect(map).toBeVisible();
  await expect(map.getByRole('button', { name: 'Kerensky' })).toHaveAttribute('aria-pressed', 'true');
  await expect(map.getByRole('status')).toContainText(/reached \d+ of \d+ choice points and found 1 of \d+ endings/);
  const explored = map.locator('.map-node.explored');
  await expect(explored).toHaveCount(made);
  expect(await map.locator('.map-node.unexplored').count()).toBeGreaterThan(0);
  await expect(map.locator('.map-ending.hidden-ending').first()).toContainText('Unknown ending');
  await expect(map.locator('.map-node[data-historical="true"]').first()).toBeVisible();
  expect(await map.locator('svg.map-lines path').count()).toBeGreaterThan(made);
  await expectNoAxeViolations(page);
  await attachScreenshot(page, testInfo, 'map');

  // a new run from the third choice point of this run: its first two choices are replayed
  const third = explored.nth(2);
  await third.getByRole('button', { name: /Start a new run here/ }).click();
  await expect(map).toBeHidden();
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);
  await expect(page.locator('.transcript .ending')).toHaveCount(0);
  await expect(debrief).toBeHidden();
  await expect(choiceButtons(page).first()).toBeVisible();
  await attachScreenshot(page, testInfo, 'new-run');

  // the ledger on demand, from the menu
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'How far from history?' }).click();
  const ledger = page.getByRole('dialog', { name: 'How far from history?' });
  // the replayed choices may be choices of manner only: either way the ledger says where the run stands
  await expect(ledger).toContainText(
    /Distance from history \d+ of a possible \d+|No choice so far has touched the record/,
  );
  await expectNoAxeViolations(page);
  await ledger.getByRole('button', { name: 'Back to the story' }).click();

  // the endings gallery, from the title: the ending found, the others still unknown
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Return to the title' }).click();
  await page.getByRole('button', { name: 'Endings…' }).click();
  const gallery = page.getByRole('dialog', { name: 'Endings' });
  await expect(gallery.getByRole('heading', { name: /Kerensky: 1 of \d+ found/ })).toBeVisible();
  await expect(gallery.getByRole('heading', { name: /Lenin: 0 of \d+ found/ })).toBeVisible();
  await expect(gallery.locator('.map-ending.reached')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await attachScreenshot(page, testInfo, 'gallery');
  expect(consoleErrors()).toEqual([]);
});

test('a run that keeps to history reads as on the record, and the map survives a browser with no storage', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  const consoleErrors = watchConsole(page);
  await page.goto('/');
  await page.locator('.role-card[data-role="junker"]').click();
  await playToEnd(page, async () => {
    const historical = page.locator('.choices button[data-historicity="historical"]');
    if (await historical.count()) return historical.first().click();
    return choiceButtons(page).first().click();
  });
  const debrief = page.getByRole('article', { name: 'Your October and the real October' });
  await expect(debrief.locator('.ledger')).toHaveAttribute('data-standing', 'on-record');
  await expect(debrief.locator('.debrief-questions li').first()).toContainText('You kept to the record');
  await debrief.getByRole('button', { name: 'Map of choices…' }).click();
  const map = page.getByRole('dialog', { name: 'Map of choices' });
  await expect(map.getByRole('status')).toContainText(/found 1 of \d+ endings/);
  // the historical path is what this run took: every node it passed is on it
  const explored = map.locator('.map-node.explored');
  expect(await explored.count()).toBeGreaterThan(2);
  await expect(map.locator('.map-node.explored[data-historical="false"]')).toHaveCount(0);
  await expect(map.locator('.map-ending.reached')).toHaveAttribute('class', /reached/);
  await expect(map.locator('.map-ending.reached .flag.historical-path')).toBeVisible();
  expect(consoleErrors()).toEqual([]);
});

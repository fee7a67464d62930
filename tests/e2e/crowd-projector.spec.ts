import { resolve } from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import sirv from 'sirv';
import { startRoomServer, type RunningRoomServer } from '../../server/room-server.ts';
import { freePort } from '../server/crowd-helpers.ts';
import { phoneInRoom, startCrowdPlay } from './crowd-pages.ts';
import { watchConsole } from './helpers.ts';

// The projector as a room sees it: the code to join by and the live counts in sight during a vote at the
// classroom's usual sizes, and a reloaded projector that gets its room, its phones and their votes back.
const DIST = resolve(process.env['PW_DIST'] ?? 'dist');
const SHOTS = resolve(import.meta.dirname, '../../tmp/crowd');
let rooms: RunningRoomServer | null = null;
test.beforeAll(async () => {
  rooms = await startRoomServer({ host: '127.0.0.1', port: await freePort(), fallback: sirv(DIST, { etag: true }) });
});
test.afterAll(async () => {
  await rooms?.close();
});
const base = (): string => `http://127.0.0.1:${rooms?.port ?? 0}`;
const count = (page: Page, n: number) => page.locator(`#vote-count-${n}`);

const startCrowd = (projector: Page): Promise<string> => startCrowdPlay(projector, base());
const phone = (browser: Browser, code: string, nickname: string) => phoneInRoom(browser, base(), code, nickname);

/** Wholly inside the window, and not under the sticky header or the caption strip. */
async function inSight(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'on the page').not.toBeNull();
  if (!box || !viewport) return;
  const covers = await page.evaluate(
    ({ x, y }) => {
      const at = document.elementFromPoint(x, y);
      return at?.closest('.crowd-code, .vote-count, .crowd-joined, input')
        ? null
        : (at?.outerHTML.slice(0, 80) ?? 'nothing');
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(covers, 'nothing lies over it').toBeNull();
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`${size.width}×${size.height}: during a vote the room code, the joined count and every live count are in sight`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: size, serviceWorkers: 'block' });
    const projector = await context.newPage();
    const code = await startCrowd(projector);
    const one = await phone(browser, code, 'Olga');
    await projector.getByRole('button', { name: 'Open the vote on the phones' }).click();
    await one.page
      .getByRole('button', { name: (await projector.locator('.vote-text').first().innerText()).trim(), exact: true })
      .click();
    await expect(count(projector, 1)).toHaveValue('1');
    await inSight(projector, projector.locator('.crowd-code'));
    await inSight(projector, projector.locator('.crowd-joined'));
    const options = await projector.locator('.vote-options .vote-count').count();
    for (let n = 1; n <= options; n++) await inSight(projector, count(projector, n));
    // the code reads from the back of the room: at least 40 px high
    const codeBox = await projector.locator('.crowd-code').boundingBox();
    expect(codeBox?.height ?? 0).toBeGreaterThanOrEqual(40);
    await projector.screenshot({ path: `${SHOTS}/projector-vote-${size.width}x${size.height}.png` });
    await one.context.close();
    await context.close();
  });
}

test('the projector reloaded mid-vote reclaims its room: the same code, the phones seated, their votes kept', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const projector = await context.newPage();
  const consoleErrors = watchConsole(projector);
  const code = await startCrowd(projector);
  const phones = [await phone(browser, code, 'Olga'), await phone(browser, code, 'Pyotr')];
  await projector.getByRole('button', { name: 'Open the vote on the phones' }).click();
  const [first, second] = (await projector.locator('.vote-text').allInnerTexts()).map((text) => text.trim()) as [
    string,
    string,
  ];
  await phones[0]?.page.getByRole('button', { name: first, exact: true }).click();
  await phones[1]?.page.getByLabel(/Your reason/).fill('Wait for the Congress.');
  await phones[1]?.page.getByRole('button', { name: second, exact: true }).click();
  await expect(count(projector, 1)).toHaveValue('1');
  await expect(count(projector, 2)).toHaveValue('1');

  // the facilitator's browser reloads: back at the title, the group's session is resumed with crowd play
  await projector.reload();
  await projector.getByRole('button', { name: 'Club mode…' }).click();
  const dialog = projector.getByRole('dialog', { name: 'Club mode' });
  await dialog.getByLabel(/Crowd play/).check();
  await dialog.getByRole('button', { name: 'Resume club slot 1' }).click();
  await expect(projector.locator('.crowd-code')).toHaveText(`${code.slice(0, 3)} ${code.slice(3)}`, {
    timeout: 20_000,
  });
  await expect(projector.locator('.crowd-joined')).toHaveText(/^2 phones joined/);
  await expect(count(projector, 1)).toHaveValue('1', { timeout: 10_000 });
  await expect(count(projector, 2)).toHaveValue('1');
  for (const { page } of phones) await expect(page.getByRole('heading', { level: 1 })).toHaveText('The vote is open');
  await projector.screenshot({ path: `${SHOTS}/projector-reloaded-1280x800.png` });

  // the vote goes on: a changed vote counts, the reason can be revealed, and closing records it
  await phones[0]?.page.getByRole('button', { name: second, exact: true }).click();
  await expect(count(projector, 2)).toHaveValue('2');
  await projector.getByRole('button', { name: 'Reveal reasons' }).click();
  await expect(projector.locator('.crowd-reason')).toContainText('Wait for the Congress.');
  await projector.getByRole('button', { name: 'Close the vote and count' }).click();
  await expect(projector.getByRole('region', { name: 'The group decides' }).locator('.vote-result')).toContainText(
    second,
    { timeout: 10_000 },
  );
  for (const { page } of phones)
    await expect(page.locator('#status')).toHaveText(`The group chose “${second}”. Wait for the next vote.`);
  expect(consoleErrors().filter((line) => !/WebSocket|ERR_CONNECTION|Failed to load resource/.test(line))).toEqual([]);
  for (const { context: each } of phones) await each.close();
  await context.close();
});

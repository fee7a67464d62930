import { resolve } from 'node:path';
import { Client } from '@colyseus/sdk';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import sirv from 'sirv';
import { startRoomServer, type RunningRoomServer } from '../../server/room-server.ts';
import { freePort, newSeatKey, recorder } from '../server/crowd-helpers.ts';
import { phoneInRoom } from './crowd-pages.ts';
import { expectNoAxeViolations, watchConsole } from './helpers.ts';

// The test serves the built game and the rooms on one loopback port of its own (as `npm run serve` does),
// so it can stop and start the room server mid-vote.
const DIST = resolve(process.env['PW_DIST'] ?? 'dist');
const SHOTS = resolve(import.meta.dirname, '../../tmp/crowd');
let rooms: RunningRoomServer | null = null;
let port = 0;
const start = async (): Promise<void> => {
  rooms = await startRoomServer({ host: '127.0.0.1', port, fallback: sirv(DIST, { etag: true }) });
  port = rooms.port;
};
test.beforeAll(async () => {
  port = await freePort();
  await start();
});
test.afterAll(async () => {
  await rooms?.close();
});
const base = (): string => `http://127.0.0.1:${port}`;

const panel = (page: Page) => page.getByRole('region', { name: 'The group decides' });
const count = (page: Page, n: number) => page.locator(`#vote-count-${n}`);

const phone = (browser: Browser, code: string, nickname: string) => phoneInRoom(browser, base(), code, nickname);

const vote = (page: Page, option: string) => page.getByRole('button', { name: option, exact: true }).click();

test('crowd play: a projector and five phones vote, drop, survive a restart, reveal reasons and decide', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const projectorContext = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const projector = await projectorContext.newPage();
  const consoleErrors = watchConsole(projector);
  await projector.goto(`${base()}/`);
  await projector.getByRole('button', { name: 'Club mode…' }).click();
  const dialog = projector.getByRole('dialog', { name: 'Club mode' });
  await dialog.getByLabel('Name of the group (optional)').fill('Crowd club');
  await dialog.getByLabel(/Crowd play/).check();
  await dialog.getByRole('button', { name: 'Start as Vladimir Lenin' }).click();
  await expect(panel(projector)).toBeVisible();

  const codeText = projector.locator('.crowd-code');
  await expect(codeText).toHaveText(/^[A-Z0-9]{3} [A-Z0-9]{3}$/, { timeout: 15_000 });
  const code = (await codeText.innerText()).replace(' ', '');
  await expect(projector.locator('.crowd-qr svg')).toBeVisible();

  // five phones join, one of them named with markup (it must stay text)
  const names = ['<img src=x onerror=1>', 'Olga', 'Pyotr', 'Vera', 'Misha'];
  const phones: { context: BrowserContext; page: Page }[] = [];
  for (const name of names) phones.push(await phone(browser, code, name));
  const [p0, p1, p2, p3, p4] = phones.map((entry) => entry.page) as [Page, Page, Page, Page, Page];
  await expect(projector.locator('.crowd-joined')).toHaveText(/^5 phones joined/);
  await expectNoAxeViolations(p1);

  // the facilitator opens the vote on the decision on screen
  await projector.getByRole('button', { name: 'Open the vote on the phones' }).click();
  const options = await panel(projector).locator('.vote-text').allInnerTexts();
  expect(options.length).toBeGreaterThan(1);
  const [first, second] = options as [string, string];
  for (const page of [p0, p1, p2, p3, p4])
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The vote is open');

  // the passage on request, in large type
  await p1.getByRole('button', { name: 'Read the passage' }).click();
  await expect(p1.locator('#passage')).toBeVisible();
  await expect(p1.locator('#passage')).not.toBeEmpty();
  await expectNoAxeViolations(p1);

  // votes, one changed, two with reasons (one of them markup)
  await p0.getByLabel(/Your reason/).fill('Strike before the Congress meets.');
  await vote(p0, second);
  await expect(p0.locator('#my-vote')).toContainText(second);
  await vote(p0, first);
  await expect(p0.locator('#my-vote')).toHaveText(`Your vote: “${first}”. You can change it until the vote closes.`);
  await vote(p1, first);
  await vote(p2, first);
  await p3.getByLabel(/Your reason/).fill('<b>Wait</b> for the others');
  await vote(p3, second);
  await vote(p4, second);
  await expect(count(projector, 1)).toHaveValue('3');
  await expect(count(projector, 2)).toHaveValue('2');
  await expect(count(projector, 1)).toHaveJSProperty('readOnly', true);
  await expect(projector.locator('.crowd-reasons-note')).toHaveText('2 reasons given, hidden until you reveal them.');
  await expect(projector.locator('.crowd-reason')).toHaveCount(0);

  // screenshots: the projector at 1280×800, a phone at 390 and at 320 px
  await projector.screenshot({ path: `${SHOTS}/projector-1280x800.png` });
  await p0.screenshot({ path: `${SHOTS}/phone-390-vote.png`, fullPage: true });
  await p1.setViewportSize({ width: 320, height: 640 });
  await p1.screenshot({ path: `${SHOTS}/phone-320-vote.png`, fullPage: true });
  const overflow = await p1.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);

  // hostile input from a phone: facilitator actions, oversized and wrong-typed votes, a flood; the room is unharmed
  const hostile = await new Client(`${base()}/crowd`).joinById(code, { role: 'phone', seatKey: newSeatKey() });
  const inbox = recorder(hostile);
  hostile.send('close', { voteId: 'x' });
  expect((await inbox.next('refused')).reason).toBe('not-allowed');
  hostile.send('vote', { voteId: 'x', option: 0, reason: 'x'.repeat(5000) });
  expect((await inbox.next('refused')).reason).toBe('invalid');
  hostile.send('vote', { voteId: 1, option: 'first' });
  expect((await inbox.next('refused')).reason).toBe('invalid');
  for (let sent = 0; sent < 30; sent += 1) hostile.send('vote', { voteId: 'x', option: 0 });
  await inbox.next('refused', (message) => message.reason === 'too-fast');
  await hostile.leave(true);
  await expect(count(projector, 1)).toHaveValue('3');
  await expect(count(projector, 2)).toHaveValue('2');

  // a phone drops (its page reloads) and rejoins its seat with its vote kept
  await p4.reload();
  await p4.getByRole('button', { name: 'Join' }).click();
  await expect(p4.locator('#my-vote')).toHaveText(`Your vote: “${second}”. You can change it until the vote closes.`);
  await expect(projector.locator('.crowd-joined')).toHaveText(/^5 phones joined/);

  // the room server restarts mid-vote: everyone reconnects, and the votes come back from the projector's copy
  await rooms?.close();
  await expect(p2.locator('body')).toHaveAttribute('data-link', 'rejoining');
  await start();
  await expect(projector.locator('.crowd-status')).toContainText('restarted', { timeout: 20_000 });
  for (const page of [p0, p1, p2, p3, p4]) {
    await expect(page.locator('body')).toHaveAttribute('data-link', 'in', { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The vote is open');
  }
  await expect(count(projector, 1)).toHaveValue('3');
  await expect(count(projector, 2)).toHaveValue('2');
  await expect(p0.locator('#my-vote')).toContainText(first, { timeout: 10_000 });
  // and a vote changed after the restart is counted
  await vote(p2, second);
  await expect(count(projector, 1)).toHaveValue('2');
  await expect(count(projector, 2)).toHaveValue('3');
  await vote(p2, first);
  await expect(count(projector, 1)).toHaveValue('3');

  // reasons: revealed, then one hidden; markup stays text
  await projector.getByRole('button', { name: 'Reveal reasons' }).click();
  const reasons = projector.locator('.crowd-reason');
  await expect(reasons).toHaveCount(2);
  await expect(reasons.filter({ hasText: 'Strike before the Congress' })).toContainText(names[0] ?? '');
  const markup = reasons.filter({ hasText: '<b>Wait</b>' });
  await expect(markup).toHaveCount(1);
  await expect(projector.locator('.crowd-reasons b, .crowd-reasons img')).toHaveCount(0);
  await markup.getByRole('button', { name: /^Hide/ }).click();
  await expect(projector.locator('.hidden-reason')).toHaveCount(1);
  await expectNoAxeViolations(projector);
  await projector.screenshot({ path: `${SHOTS}/projector-reasons-1280x800.png` });

  // closing lets the majority choose, as club mode does
  await projector.getByRole('button', { name: 'Close the vote and count' }).click();
  await expect(panel(projector).locator('.vote-result')).toContainText(first, { timeout: 10_000 });
  for (const page of [p0, p3])
    await expect(page.locator('#status')).toHaveText(`The group chose “${first}”. Wait for the next vote.`);
  await p3.screenshot({ path: `${SHOTS}/phone-390-result.png`, fullPage: true });

  // the report has the counts and the revealed reason, not the hidden one
  await projector.getByRole('button', { name: 'Menu' }).click();
  await projector.getByRole('button', { name: 'Session report' }).click();
  const report = projector.getByRole('region', { name: 'Petrograd 1917: club session report' });
  await expect(report).toBeVisible();
  await expect(report).toContainText('Reasons from the room:');
  await expect(report).toContainText('Strike before the Congress meets.');
  await expect(report).not.toContainText('for the others');
  await expect(report.locator('.report-vote td.number').first()).toHaveText('3');

  expect(consoleErrors().filter((line) => !/WebSocket|ERR_CONNECTION|Failed to load resource/.test(line))).toEqual([]);
  for (const { context } of phones) await context.close();
  await projectorContext.close();
});

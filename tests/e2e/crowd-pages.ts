import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

// What the crowd-play specs do the same way: a facilitator starting crowd play, and a phone joining its room.

/** The facilitator starts a Lenin session with crowd play at `origin`; the room's code, once it is on screen. */
export async function startCrowdPlay(projector: Page, origin: string, groupName = ''): Promise<string> {
  await projector.goto(`${origin}/`);
  await projector.getByRole('button', { name: 'Club mode…' }).click();
  const dialog = projector.getByRole('dialog', { name: 'Club mode' });
  if (groupName) await dialog.getByLabel('Name of the group (optional)').fill(groupName);
  await dialog.getByLabel(/Crowd play/).check();
  await dialog.getByRole('button', { name: 'Start as Vladimir Lenin' }).click();
  const codeText = projector.locator('.crowd-code');
  await expect(codeText).toHaveText(/^[A-Z0-9]{3} [A-Z0-9]{3}$/, { timeout: 15_000 });
  return (await codeText.innerText()).replace(' ', '');
}

/** A phone's page joins the room by the code in its address, under a nickname. */
export async function joinRoom(page: Page, origin: string, code: string, nickname: string): Promise<void> {
  await page.goto(`${origin}/join.html?code=${code}`);
  await expect(page.getByLabel(/Room code/)).toHaveValue(code);
  await page.getByLabel(/Nickname/).fill(nickname);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are in', { timeout: 15_000 });
}

/** A phone of its own (a 390×844 context, as a phone's browser is one person's) that has joined the room. */
export async function phoneInRoom(
  browser: Browser,
  origin: string,
  code: string,
  nickname: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await joinRoom(page, origin, code, nickname);
  return { context, page };
}

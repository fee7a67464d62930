/**
 * Plays the map of choices as a person would, once by mouse and once by keyboard alone, on the built
 * site in Debian's Chromium (software WebGL, 1366×820), and keeps a picture of each step in
 * docs/screenshots/. `npm run build && npm run screenshots`; the pictures are looked at, not compared.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { startPreview } from '../bench/site.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

const OUT = join('docs', 'screenshots');
const VIEWPORT = { width: 1366, height: 820 };

const shot = async (page: Page, name: string): Promise<void> => {
  await page.waitForTimeout(400); // Panzoom's last move and the focus ring are drawn
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path });
  console.log(`[screenshots] ${path}`);
};

/** Kerensky's first choices, then the map of choices from the menu; `keys` uses the keyboard alone. */
async function openMap(page: Page, url: string, choices: number, keys: boolean): Promise<Locator> {
  await page.goto(url);
  const press = async (target: Locator): Promise<void> => {
    if (!keys) return target.click();
    await target.focus();
    await page.keyboard.press('Enter');
  };
  await press(page.getByRole('button', { name: /Alexander Kerensky/ }));
  const options = page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
  for (let made = 1; made <= choices; made++) {
    await press(options.first());
    await page
      .locator('.transcript .chosen')
      .nth(made - 1)
      .waitFor();
  }
  await press(page.getByRole('button', { name: 'Menu' }));
  await press(page.getByRole('button', { name: /Map of choices/ }));
  const map = page.getByRole('dialog', { name: 'Map of choices' });
  await map.locator('.drawn-node').first().waitFor();
  return map;
}

async function byMouse(page: Page, url: string): Promise<void> {
  const map = await openMap(page, url, 4, false);
  await shot(page, 'map-of-choices-1-whole');
  const frame = await map.locator('.drawn-view').boundingBox();
  if (!frame) throw new Error('the drawing is not on screen');
  await page.mouse.move(frame.x + frame.width / 2, frame.y + 30);
  for (let turn = 0; turn < 8; turn++) await page.mouse.wheel(0, -240);
  await shot(page, 'map-of-choices-2-zoomed-by-wheel');
  await map.locator('.drawn-node.explored').nth(2).click();
  await shot(page, 'map-of-choices-3-point-opened');
  await map
    .locator('.drawn-detail')
    .getByRole('button', { name: /Start a new run here/ })
    .click();
  await map.waitFor({ state: 'hidden' });
  await page.locator('#stage canvas').waitFor({ state: 'visible', timeout: 30_000 });
  await shot(page, 'map-of-choices-4-new-run');
}

async function byKeyboard(page: Page, url: string): Promise<void> {
  const map = await openMap(page, url, 3, true);
  await map.locator('.drawn-view').focus();
  for (const key of ['+', '+', 'ArrowDown']) await page.keyboard.press(key);
  await shot(page, 'map-of-choices-5-keys');
  for (let point = 0; point < 3; point++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await shot(page, 'map-of-choices-6-point-by-keys');
}

mkdirSync(OUT, { recursive: true });
const preview = await startPreview('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const walk of [byMouse, byKeyboard]) {
    // without the service worker: its passing notice ("now kept on this device") would take the dialog's first row
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', serviceWorkers: 'block' });
    try {
      await walk(await context.newPage(), `${preview.url}/index.html`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await preview.stop();
}

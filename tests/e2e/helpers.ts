import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/, /WebGL.*performance warning/i];

/** Collects console errors and uncaught exceptions; the test fails if any were seen. */
export function watchConsole(page: Page): () => string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !IGNORED_CONSOLE.some((pattern) => pattern.test(message.text()))) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return () => errors;
}

export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: false }), contentType: 'image/png' });
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** How many distinct colours the map canvas shows: a blank or failed canvas shows one or two. */
export async function canvasColourCount(page: Page): Promise<number> {
  const canvas = page.locator('#stage canvas');
  await expect(canvas).toBeVisible();
  const png = (await canvas.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const scratch = document.createElement('canvas');
    scratch.width = image.width;
    scratch.height = image.height;
    const context = scratch.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      colours.add(((pixels[i] ?? 0) >> 3) * 1024 + ((pixels[i + 1] ?? 0) >> 3) * 32 + ((pixels[i + 2] ?? 0) >> 3));
    }
    return colours.size;
  }, png);
}

/** Plays to the chapter's end, choosing with `pick` at every choice; returns how many choices were made. */
export async function playToEnd(page: Page, pick: (count: number, step: number) => Promise<void>): Promise<number> {
  const choices = page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
  for (let step = 0; step < 200; step++) {
    await expect(choices.first()).toBeVisible();
    if (await page.locator('.transcript .ending').count()) return step;
    await pick(await choices.count(), step);
  }
  throw new Error('the chapter did not end within 200 choices');
}

/** From the title at 1280×800 (a projector), the club dialog with the group's name typed in. */
export async function openClubDialog(page: Page, groupName: string): Promise<Locator> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Club mode…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Club mode' });
  await dialog.getByLabel('Name of the group (optional)').fill(groupName);
  return dialog;
}

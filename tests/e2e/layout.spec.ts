import { expect, test, type Page } from '@playwright/test';
import { attachScreenshot, watchConsole } from './helpers.ts';

interface Box {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What captions and notices must never cover, and the captions and notices themselves, as on screen now. */
interface Layout {
  readonly covering: readonly Box[];
  readonly covered: readonly Box[];
}

/**
 * The map's clock card is drawn on the canvas, so it has no element to measure: its place mirrors
 * src/stage/layers/clock-panel.ts (14 CSS px in from the top-left corner, 262×104, shrunk to 72 % under
 * 520 px wide). Only the part the story column leaves uncovered shows: left of the column on a wide
 * screen (none of it when large text widens the column to the whole window), above it on a phone.
 */
function clockCard(viewportWidth: number, column: Box | undefined): Box[] {
  const scale = viewportWidth < 520 ? 0.72 : 1;
  const card = { name: 'the clock card', x: 14, y: 14, width: 262 * scale, height: 104 * scale };
  if (!column) return [card];
  const shown =
    viewportWidth < 768
      ? { ...card, height: Math.min(card.height, column.y - card.y) }
      : { ...card, width: Math.min(card.width, column.x - card.x) };
  return shown.width > 0 && shown.height > 0 ? [shown] : [];
}

async function measure(page: Page): Promise<Layout> {
  const boxes = await page.evaluate(() => {
    // what is on screen of an element: its box cut by every ancestor that scrolls or clips
    const box = (name: string, element: Element): Box => {
      const rect = element.getBoundingClientRect();
      let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom];
      for (let up = element.parentElement; up; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = up.getBoundingClientRect();
        [left, top] = [Math.max(left, clip.left), Math.max(top, clip.top)];
        [right, bottom] = [Math.min(right, clip.right), Math.min(bottom, clip.bottom)];
      }
      // and by the window: a column longer than the window scrolls under nothing
      [left, top] = [Math.max(left, 0), Math.max(top, 0)];
      [right, bottom] = [Math.min(right, window.innerWidth), Math.min(bottom, window.innerHeight)];
      return { name, x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
    };
    const shown = (element: Element): boolean => {
      const { width, height } = box('', element);
      return width > 0 && height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const main = document.querySelector('main');
    const choices = [...document.querySelectorAll('nav[aria-label="Choices"] button')]
      .filter(shown)
      .map((button) => box(`the choice "${button.textContent?.trim() ?? ''}"`, button));
    const covering = [...document.querySelectorAll('.caption, .notice')]
      .filter(shown)
      .map((element) => box(`${element.className} "${element.textContent?.trim() ?? ''}"`, element));
    return { column: main ? box('the story column', main) : undefined, choices, covering };
  });
  const { column, choices, covering } = boxes;
  const clock = clockCard(page.viewportSize()?.width ?? 0, column);
  return { covering, covered: [...(column ? [column] : []), ...choices, ...clock] };
}

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

function coverings(layout: Layout): string[] {
  return layout.covering.flatMap((top) =>
    layout.covered.filter((under) => overlap(top, under)).map((under) => `${top.name} covers ${under.name}`),
  );
}

/** Starts the cadet and takes two choices (a telephone rings: an effect caption), then goes offline (a second notice). */
async function playWithCaptionsAndNotice(page: Page, goOffline: () => Promise<void>): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Peterhof ensign school/ }).click();
  const choices = page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
  await choices.first().click();
  await choices.first().click();
  await expect(choices.first()).toBeVisible();
  await expect(page.locator('.caption-effect', { hasText: /telephone/i })).toBeVisible();
  await expect(page.locator('.caption-ambience')).toBeVisible();
  // the game is kept for offline play first (its own notice), as after any first visit: going offline
  // while the service worker is still fetching would fail its registration, which is not this test's matter
  await expect(page.locator('[data-notice="offline-ready"]')).toBeVisible({ timeout: 60_000 });
  await goOffline();
  await expect(page.locator('[data-notice="offline"]')).toBeVisible();
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
  { width: 320, height: 568 },
] as const;

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('captions and notices cover no choice, the clock card or the story', async ({ page, context }, testInfo) => {
      const consoleErrors = watchConsole(page);
      await playWithCaptionsAndNotice(page, () => context.setOffline(true));
      expect(coverings(await measure(page))).toEqual([]);
      await attachScreenshot(page, testInfo, 'start');
      // two choices on: more effects in the strip, and the story scrolled on
      const choices = page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
      await choices.first().click();
      await choices.first().click();
      await expect(page.locator('.caption-effect').first()).toBeVisible();
      await choices.last().scrollIntoViewIfNeeded();
      expect(coverings(await measure(page))).toEqual([]);
      await attachScreenshot(page, testInfo, 'later');
      expect(consoleErrors().filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
    });
  });
}

test.describe('1280×800 at 200 % text', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('captions and notices cover no choice, the clock card or the story', async ({ page, context }, testInfo) => {
    await page.addInitScript(() => {
      if (!localStorage.getItem('petrograd1917.settings'))
        localStorage.setItem('petrograd1917.settings', JSON.stringify({ textSize: 200 }));
    });
    await playWithCaptionsAndNotice(page, () => context.setOffline(true));
    expect(coverings(await measure(page))).toEqual([]);
    await attachScreenshot(page, testInfo, 'large-text');
  });
});

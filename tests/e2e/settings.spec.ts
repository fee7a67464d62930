import { expect, test, type Locator, type Page } from '@playwright/test';
import { attachScreenshot, expectNoAxeViolations, watchConsole } from './helpers.ts';

const THEMES = [
  { theme: 'paper', label: 'Paper' },
  { theme: 'night', label: 'Night' },
  { theme: 'contrast', label: 'High contrast' },
] as const;
const TYPEFACES = [
  { typeface: 'legible', label: /Highly legible/, family: /Atkinson Hyperlegible/ },
  { typeface: 'period', label: /Period/, family: /Old Standard TT/ },
  { typeface: 'dyslexic', label: /OpenDyslexic/, family: /OpenDyslexic/ },
] as const;

const html = (page: Page): Locator => page.locator('html');
const settingsDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Settings' });
const group = (page: Page, name: string): Locator => settingsDialog(page).getByRole('group', { name });

async function startStory(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Peterhof ensign school/ }).click();
  await expect(page.getByRole('navigation', { name: 'Choices' }).getByRole('button').first()).toBeVisible();
}

/** Presses Tab until `target` has the focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function openSettingsByKeyboard(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Menu' }));
  await page.keyboard.press('Enter');
  const menu = page.getByRole('dialog', { name: 'Menu' });
  await expect(menu).toBeVisible();
  await tabTo(page, menu.getByRole('button', { name: 'Settings…' }));
  await page.keyboard.press('Enter');
  await expect(settingsDialog(page)).toBeVisible();
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Settings…' }).click();
  await expect(settingsDialog(page)).toBeVisible();
}

/** Closes the settings and then the menu beneath it, back to the story. */
async function backToStory(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(settingsDialog(page)).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeHidden();
}

const computed = (locator: Locator, property: string): Promise<string> =>
  locator.evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property);

/** Relative luminance of a computed `rgb(…)` colour: 0 black … 1 white. */
const luminance = (rgb: string): number => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

test('settings open from the menu by keyboard, apply at once and are remembered', async ({ page }, testInfo) => {
  const consoleErrors = watchConsole(page);
  await startStory(page);
  const passage = page.locator('.transcript .passage').first();
  await expect(html(page)).toHaveAttribute('data-theme', 'paper');
  expect(await computed(html(page), 'font-size')).toBe('18px');

  await openSettingsByKeyboard(page);
  // focus moved into the dialog, onto the chosen text size
  await expect(group(page, 'Text size').getByRole('radio', { name: '100%' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(group(page, 'Text size').getByRole('radio', { name: '125%' })).toBeChecked();
  expect(await computed(html(page), 'font-size')).toBe('22.5px');
  await group(page, 'Text size').getByRole('radio', { name: '150%' }).check();
  expect(await computed(html(page), 'font-size')).toBe('27px');

  await group(page, 'Line spacing').getByRole('radio', { name: 'Loose' }).check();
  const [size, height] = await passage.evaluate((el) => [
    getComputedStyle(el).fontSize,
    getComputedStyle(el).lineHeight,
  ]);
  expect(parseFloat(height ?? '0') / parseFloat(size ?? '1')).toBeCloseTo(2.1, 1);

  for (const { label, family } of TYPEFACES) {
    await group(page, 'Typeface of the story').getByRole('radio', { name: label }).check();
    expect(await computed(passage, 'font-family')).toMatch(family);
  }
  // the OpenDyslexic files are in the build and load; the face is declared once, in the title's inlined
  // stylesheet (the game's arrival does not link that stylesheet again: tools/vite/vite-plugin-inline-css.ts)
  const loaded = await page.evaluate(() =>
    document.fonts.load('16px OpenDyslexic').then((faces) => faces.map((face) => `${face.family} ${face.status}`)),
  );
  expect(loaded).toEqual(['OpenDyslexic loaded']);

  await group(page, 'Colours').getByRole('radio', { name: 'Night' }).check();
  await expect(html(page)).toHaveAttribute('data-theme', 'night');
  expect(luminance(await computed(page.locator('.status-bar'), 'background-color'))).toBeLessThan(0.2);
  expect(luminance(await computed(passage, 'color'))).toBeGreaterThan(0.8);
  await group(page, 'Colours').getByRole('radio', { name: 'High contrast' }).check();
  expect(await computed(page.locator('main'), 'background-color')).toBe('rgb(255, 255, 255)');
  expect(await computed(passage, 'color')).toBe('rgb(0, 0, 0)');

  await group(page, 'New text appears').getByRole('radio', { name: /Paced/ }).check();
  await expect(html(page)).toHaveAttribute('data-text-reveal', 'paced');

  // this browser asks for reduced motion (playwright.config.ts): "as this device" follows it
  const motion = group(page, 'Reduce motion');
  await expect(motion.getByRole('radio', { name: /As this device \(now: reduced\)/ })).toBeChecked();
  await expect(html(page)).toHaveAttribute('data-motion', 'reduced');
  await motion.getByRole('radio', { name: 'Never' }).check();
  await expect(html(page)).toHaveAttribute('data-motion', 'full');
  await motion.getByRole('radio', { name: 'Always' }).check();
  await expect(html(page)).toHaveAttribute('data-motion', 'reduced');

  const music = settingsDialog(page).getByRole('slider', { name: 'Music' });
  await music.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(music).toHaveValue('25');
  const musicRow = settingsDialog(page).locator('.setting-slider', {
    has: page.getByRole('slider', { name: 'Music' }),
  });
  await expect(musicRow.locator('.setting-value')).toHaveText('25%');

  await expect(page.locator('.captions')).toBeVisible();
  await settingsDialog(page)
    .getByRole('checkbox', { name: /Show captions/ })
    .uncheck();
  await expect(page.locator('.captions')).toBeHidden();
  await attachScreenshot(page, testInfo, 'changed');

  // Escape closes the settings and gives the focus back to the button that opened them
  await page.keyboard.press('Escape');
  await expect(settingsDialog(page)).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Settings…' })).toBeFocused();
  await page.keyboard.press('Escape');

  // remembered: applied on the title screen already, before the story is resumed
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Petrograd 1917' })).toBeVisible();
  await expect(html(page)).toHaveAttribute('data-theme', 'contrast');
  await expect(html(page)).toHaveAttribute('data-typeface', 'dyslexic');
  await expect(html(page)).toHaveAttribute('data-text-reveal', 'paced');
  await expect(html(page)).toHaveAttribute('data-motion', 'reduced');
  await expect(html(page)).toHaveAttribute('data-captions', 'off');
  expect(await computed(html(page), 'font-size')).toBe('27px');
  await page.getByRole('button', { name: 'Continue your last game' }).click();
  await expect(page.locator('.transcript .passage').first()).toBeVisible();
  await expect(page.locator('.captions')).toBeHidden();
  await openSettings(page);
  await expect(settingsDialog(page).getByRole('slider', { name: 'Music' })).toHaveValue('25');
  await expect(group(page, 'Line spacing').getByRole('radio', { name: 'Loose' })).toBeChecked();

  await settingsDialog(page).getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(settingsDialog(page).getByRole('status')).toHaveText(/reset/);
  await expect(html(page)).toHaveAttribute('data-theme', 'paper');
  await expect(html(page)).toHaveAttribute('data-typeface', 'legible');
  await expect(settingsDialog(page).getByRole('slider', { name: 'Music' })).toHaveValue('100');
  expect(await computed(html(page), 'font-size')).toBe('18px');
  await expect(page.locator('.captions')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(settingsDialog(page)).toBeHidden();
  expect(consoleErrors()).toEqual([]);
});

test('the master volume reaches the sound itself', async ({ page }) => {
  await page.addInitScript(() => {
    // howler's master gain is the first gain node it creates; keep it to read its value
    const seen = window as unknown as { gains: GainNode[] };
    seen.gains = [];
    const createGain = Object.getOwnPropertyDescriptor(BaseAudioContext.prototype, 'createGain')?.value as (
      this: BaseAudioContext,
    ) => GainNode;
    Object.defineProperty(BaseAudioContext.prototype, 'createGain', {
      value(this: BaseAudioContext) {
        const gain = createGain.call(this);
        seen.gains.push(gain);
        return gain;
      },
    });
  });
  const masterGain = (): Promise<number> =>
    page.evaluate(() => (window as unknown as { gains: GainNode[] }).gains[0]?.gain.value ?? -1);
  await startStory(page);
  await expect.poll(masterGain, { timeout: 15_000 }).toBe(1);
  await openSettings(page);
  const master = settingsDialog(page).getByRole('slider', { name: 'Master volume' });
  await master.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(master).toHaveValue('30');
  await expect.poll(masterGain).toBeCloseTo(0.3, 5);
});

test('captions off hides the strip while the sound plays on', async ({ page }) => {
  await page.addInitScript(() => {
    const counter = window as unknown as { soundsStarted: number };
    counter.soundsStarted = 0;
    type Start = (this: AudioBufferSourceNode, ...args: unknown[]) => void;
    const start = Object.getOwnPropertyDescriptor(AudioBufferSourceNode.prototype, 'start')?.value as Start;
    Object.defineProperty(AudioBufferSourceNode.prototype, 'start', {
      value(this: AudioBufferSourceNode, ...args: unknown[]) {
        counter.soundsStarted++;
        start.apply(this, args);
      },
    });
  });
  const started = (): Promise<number> =>
    page.evaluate(() => (window as unknown as { soundsStarted: number }).soundsStarted);
  await startStory(page);
  const captions = page.getByRole('complementary', { name: 'Sound captions' });
  await expect(captions.locator('.caption:not([hidden])').first()).toBeVisible({ timeout: 10_000 });
  await expect.poll(started, { timeout: 15_000 }).toBeGreaterThan(0);
  await openSettings(page);
  await settingsDialog(page)
    .getByRole('checkbox', { name: /Show captions/ })
    .uncheck();
  await backToStory(page);
  await expect(captions).toBeHidden();
  // a new visit (the counter starts again): the music and ambience start, uncaptioned
  await page.reload();
  await page.getByRole('button', { name: 'Continue your last game' }).click();
  await expect(page.locator('.transcript .passage').first()).toBeVisible();
  await expect.poll(started, { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(captions).toBeHidden();
});

test('no axe violations in any theme or typeface: the settings, the story and the title', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await startStory(page);
  for (const { theme, label } of THEMES) {
    await openSettings(page);
    await group(page, 'Colours').getByRole('radio', { name: label }).check();
    await expect(html(page)).toHaveAttribute('data-theme', theme);
    await expectNoAxeViolations(page);
    await attachScreenshot(page, testInfo, `settings-${theme}`);
    for (const { typeface, label: face } of TYPEFACES) {
      if (!(await settingsDialog(page).isVisible())) await openSettings(page);
      await group(page, 'Typeface of the story').getByRole('radio', { name: face }).check();
      await expect(html(page)).toHaveAttribute('data-typeface', typeface);
      await backToStory(page);
      await expectNoAxeViolations(page);
      await attachScreenshot(page, testInfo, `story-${theme}-${typeface}`);
    }
    // the other dialogs in this theme: the menu, and the saved games it opens
    await page.getByRole('button', { name: 'Menu' }).click();
    await expectNoAxeViolations(page);
    await page
      .getByRole('dialog', { name: 'Menu' })
      .getByRole('button', { name: /Saved games/ })
      .click();
    await expect(page.getByRole('dialog', { name: 'Saved games' })).toBeVisible();
    await expectNoAxeViolations(page);
    await attachScreenshot(page, testInfo, `saves-${theme}`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Saved games' })).toBeHidden();
  }
  for (const { theme } of THEMES) {
    await page.evaluate((value) => {
      const stored = JSON.parse(localStorage.getItem('petrograd1917.settings') ?? '{}') as Record<string, unknown>;
      localStorage.setItem('petrograd1917.settings', JSON.stringify({ ...stored, theme: value }));
    }, theme);
    await page.reload();
    await expect(html(page)).toHaveAttribute('data-theme', theme);
    await expectNoAxeViolations(page);
    await attachScreenshot(page, testInfo, `title-${theme}`);
  }
});

/** Nothing wider than the window: no sideways scrolling of the page, the column or an open dialog. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflows = await page.evaluate(() =>
    [document.documentElement, document.querySelector('main'), ...document.querySelectorAll('dialog[open]')]
      .filter((el): el is Element => el !== null && el.scrollWidth > el.clientWidth)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
  );
  expect(overflows, where).toEqual([]);
}

const SMALL_WINDOWS = [
  // a 320-pixel-wide phone
  { name: '320 px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  // 200% browser zoom of a 1366×820 window: the page lays out in half as many CSS pixels each way, each
  // drawn with two device pixels, so media queries and vw see 683 px, exactly as under the browser's zoom
  // (CSS `zoom` on <html> would not: media queries and viewport units would still see 1366)
  { name: '200% zoom', viewport: { width: 683, height: 410 }, deviceScaleFactor: 2 },
] as const;

for (const { name, viewport, deviceScaleFactor } of SMALL_WINDOWS) {
  test.describe(name, () => {
    test.use({ viewport, deviceScaleFactor });

    for (const textSize of [100, 200]) {
      test(`nothing is lost at text size ${textSize}%: title, story, menu and settings`, async ({ page }, testInfo) => {
        await page.addInitScript((size) => {
          if (!localStorage.getItem('petrograd1917.settings'))
            localStorage.setItem('petrograd1917.settings', JSON.stringify({ textSize: size, typeface: 'dyslexic' }));
        }, textSize);
        await page.goto('/');
        await expect(page.getByRole('heading', { level: 1, name: 'Petrograd 1917' })).toBeVisible();
        await expectNoSidewaysScroll(page, 'title');
        await page.getByRole('button', { name: /Peterhof ensign school/ }).click();
        const choices = page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
        await expect(choices.first()).toBeVisible();
        await expectNoSidewaysScroll(page, 'story');
        await choices.last().scrollIntoViewIfNeeded();
        await expect(choices.last()).toBeInViewport();
        await attachScreenshot(page, testInfo, 'story');
        await page.getByRole('button', { name: 'Menu' }).click();
        await expectNoSidewaysScroll(page, 'menu');
        await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Settings…' }).click();
        await expect(settingsDialog(page)).toBeVisible();
        await expectNoSidewaysScroll(page, 'settings');
        // the dialog scrolls: its last control can be reached and seen
        const done = settingsDialog(page).getByRole('button', { name: 'Done' });
        await done.scrollIntoViewIfNeeded();
        await expect(done).toBeInViewport();
        await attachScreenshot(page, testInfo, 'settings');
        if (textSize === 100) await expectNoAxeViolations(page);
      });
    }
  });
}

test('paced text appears a paragraph at a time, all there for a screen reader; a key shows it all', async ({
  page,
}) => {
  await startStory(page);
  await openSettings(page);
  await group(page, 'New text appears').getByRole('radio', { name: /Paced/ }).check();
  await backToStory(page);
  await page.getByRole('navigation', { name: 'Choices' }).getByRole('button').first().click();
  const story = page.getByRole('log', { name: 'Story' });
  const waiting = page.locator('[data-reveal="waiting"]');
  await expect(waiting.first()).toBeAttached();
  // waiting text is transparent, yet in the accessibility tree (a screen reader reads on through it)
  expect(await computed(waiting.first(), 'opacity')).toBe('0');
  const newest = story.locator('.passage').last();
  expect(await newest.evaluate((el) => el.closest('[data-reveal="waiting"]') !== null)).toBe(true);
  expect(await story.ariaSnapshot()).toContain((await newest.textContent())?.slice(0, 30) ?? '');
  // a key press shows everything at once, and only that: "1" does not also choose unseen
  await page.keyboard.press('1');
  await expect(page.locator('[data-reveal]')).toHaveCount(0);
  await expect(page.locator('.transcript .chosen')).toHaveCount(1);
  expect(await computed(newest, 'opacity')).toBe('1');
  // the choices came last and can now be chosen
  await page.keyboard.press('1');
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);
  // left alone, the reveal ends by itself
  await expect(page.locator('[data-reveal]')).toHaveCount(0, { timeout: 30_000 });
  await expectNoAxeViolations(page);
});

import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './helpers.ts';

// The campaigns hold no music across a choice yet (the lead wires the new sounds in after this branch merges), so
// this spec rewrites the story's opening tag in the served bundle: `# ambience: interior_quiet`, the first tag of
// Lenin's first chapter, becomes `# music: internationale`. Everything after the tag is the real game.
const OPENING_TAG = /ambience: interior_quiet/g;
const MUSIC_TAG = 'music: internationale';

/** Hooks howler's master gain (the first gain node it creates) to an analyser the test can read. */
async function listenToMasterGain(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probe = window as unknown as { master?: GainNode; analyser?: AnalyserNode };
    const createGain = Object.getOwnPropertyDescriptor(BaseAudioContext.prototype, 'createGain')?.value as (
      this: BaseAudioContext,
    ) => GainNode;
    Object.defineProperty(BaseAudioContext.prototype, 'createGain', {
      value(this: BaseAudioContext) {
        const gain = createGain.call(this);
        if (!probe.master) {
          probe.master = gain;
          const analyser = this.createAnalyser();
          analyser.fftSize = 2048;
          gain.connect(analyser); // a tap beside the speakers: the analyser reads what the master gain lets out
          probe.analyser = analyser;
        }
        return gain;
      },
    });
  });
}

/** RMS level (dBFS) of what leaves howler's master gain just now, or -Infinity before there is any. */
function masterLevelDb(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { analyser } = window as unknown as { analyser?: AnalyserNode };
    if (!analyser) return Number.NEGATIVE_INFINITY;
    const data = new Float32Array(analyser.fftSize);
    analyser.getFloatTimeDomainData(data);
    const power = data.reduce((sum, v) => sum + v * v, 0) / data.length;
    return power > 0 ? 10 * Math.log10(power) : Number.NEGATIVE_INFINITY;
  });
}

function contextState(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { master?: GainNode }).master?.context.state ?? 'none');
}

async function startWithMusic(page: Page): Promise<void> {
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    try {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({ response, body: body.replace(OPENING_TAG, MUSIC_TAG) });
    } catch {
      // the browser gave up this request (a preload superseded) before its file was read: nothing to rewrite
      await route.fallback().catch(() => undefined);
    }
  });
  await listenToMasterGain(page);
  await page.goto('/');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
}

test('a music tag makes sound flow through the master gain, and mute silences it', async ({ page }) => {
  const consoleErrors = watchConsole(page);
  await startWithMusic(page);
  const captions = page.getByRole('complementary', { name: 'Sound captions' });
  await expect(captions.locator('.caption-music')).toHaveText(/^Music: the Internationale/);
  // measured over a few reads: the tune has rests, a single window could fall in one
  await expect.poll(() => masterLevelDb(page), { timeout: 20_000, intervals: [250] }).toBeGreaterThan(-50);

  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: /Sound: on/ }).click();
  await expect.poll(() => masterLevelDb(page), { timeout: 5_000 }).toBe(Number.NEGATIVE_INFINITY);
  // and it stays silent a while later: nothing turns it back on behind the player's back
  await page.waitForTimeout(1000);
  expect(await masterLevelDb(page)).toBe(Number.NEGATIVE_INFINITY);
  expect(consoleErrors()).toEqual([]);
});

test('a hidden tab holds the sound and a shown one lets it go on', async ({ page }) => {
  await startWithMusic(page);
  await expect.poll(() => contextState(page), { timeout: 20_000 }).toBe('running');
  const setHidden = (hidden: boolean): Promise<void> =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => (value ? 'hidden' : 'visible'),
      });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await expect.poll(() => contextState(page)).toBe('suspended');
  await setHidden(false);
  await expect.poll(() => contextState(page)).toBe('running');
  await expect.poll(() => masterLevelDb(page), { timeout: 10_000, intervals: [250] }).toBeGreaterThan(-50);
});

test('the sound settings: a slider each for music, ambience and effects, and mute, remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  for (const name of ['Music', 'Ambience', 'Effects']) await expect(dialog.getByRole('slider', { name })).toBeVisible();
  const ambience = dialog.getByRole('slider', { name: 'Ambience' });
  await ambience.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(ambience).toHaveValue('5');
  await dialog.getByRole('checkbox', { name: 'Mute all sound' }).check();
  await page.reload();
  await page.getByRole('button', { name: /Vladimir Lenin/ }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('button', { name: /Sound: off/ })).toBeVisible();
  await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Settings…' }).click();
  await expect(dialog.getByRole('slider', { name: 'Ambience' })).toHaveValue('5');
  await expect(dialog.getByRole('checkbox', { name: 'Mute all sound' })).toBeChecked();
});

/** Chromium, pages with the probe injected, and cold loads of the game and the baseline. */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

export const VIEWPORT = { width: 1366, height: 820 };

export function launch(): Promise<Browser> {
  // --headless is Playwright's own default; the shared flags do the rest
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface Watch {
  readonly name: string;
  readonly selector: string;
  readonly clickable?: boolean;
}

export interface ProbeConfig {
  readonly watch: readonly Watch[];
  readonly click?: { readonly after: string; readonly selector: string };
  readonly stageProbe?: boolean;
}

export interface Resource {
  readonly name: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** Body bytes as sent (gzip'd by vite preview where it compresses); 0 if unknown. */
  readonly encoded: number;
  readonly decoded: number;
}

export interface Snapshot {
  readonly now: number;
  readonly marks: Readonly<Record<string, number | undefined>>;
  readonly stage: {
    readonly draws: number;
    readonly frames: number;
    readonly rafCallbacks: number;
    readonly firstDraw: number | null;
    readonly firstFrame: number | null;
    readonly firstFrameColours: number | null;
    readonly lastDraw: number | null;
    readonly colourLog: readonly (readonly [number, number])[];
  };
  readonly resources: readonly Resource[];
  readonly fcp: number | null;
}

export interface Counters {
  readonly frames: number;
  readonly rafCallbacks: number;
  readonly lastDraw: number | null;
  readonly now: number;
}

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

export const GAME_PROBE: ProbeConfig = {
  watch: [
    { name: 'title', selector: 'h1#game-title' },
    // the story's opening question (the hub of story/main.ink), which the title screen asks
    { name: 'question', selector: 'h2.choose-heading' },
    { name: 'card', selector: 'button.role-card[data-role="lenin"]', clickable: true },
    { name: 'passage', selector: '.transcript .passage' },
    { name: 'choice', selector: 'nav[aria-label="Choices"] button', clickable: true },
  ],
  click: { after: 'card', selector: 'button.role-card[data-role="lenin"]' },
  stageProbe: true,
};

export const BASELINE_PROBE: ProbeConfig = {
  watch: [
    { name: 'passage', selector: '#story .passage' },
    { name: 'choice', selector: 'nav[aria-label="Choices"] button', clickable: true },
  ],
};

export interface OpenPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
}

/** A fresh context (empty cache, no storage: a first visit) with the probe in place. */
export async function openPage(browser: Browser, probe: ProbeConfig, motion: boolean): Promise<OpenPage> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: motion ? 'no-preference' : 'reduce',
    // Playwright's polling evaluates strings in the page, which the game's CSP (no eval) refuses;
    // lifting it for the measuring harness changes nothing the game itself does
    bypassCSP: true,
  });
  await context.addInitScript({ content: `window.__benchConfig = ${JSON.stringify(probe)};\n${PROBE}` });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

export const snapshot = (page: Page): Promise<Snapshot> => page.evaluate<Snapshot>('window.__bench.snapshot()');
export const counters = (page: Page): Promise<Counters> => page.evaluate<Counters>('window.__bench.counters()');

export async function waitForMarks(page: Page, names: readonly string[], stage: boolean, timeout = 30_000) {
  await page.waitForFunction(`window.__bench.done(${JSON.stringify(names)}, ${String(stage)})`, undefined, {
    polling: 100,
    timeout,
  });
}

/** Waits (briefly: the entries are optional) for first-contentful-paint and the Element Timing entries. */
export async function waitForPresented(page: Page, names: readonly string[]): Promise<void> {
  await page
    .waitForFunction(`window.__bench.presented(${JSON.stringify(names)})`, undefined, { polling: 100, timeout: 3000 })
    .catch(() => console.warn(`  (no Element Timing entry for some of ${names.join(', ')})`));
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

/** Distinct colours in a screenshot of the map canvas (as tests/e2e/helpers.ts counts them). */
export async function canvasColours(page: Page): Promise<number> {
  const png = (await page.locator('#stage canvas').screenshot({ timeout: 10_000 })).toString('base64');
  return page.evaluate<number>(`window.__bench.colourCount(${JSON.stringify(png)})`);
}

export interface ColdLoad {
  readonly snapshot: Snapshot;
  /** Colours in a screenshot of the map once the probe saw its first frame (game only). */
  readonly screenshotColours: number | null;
  readonly heap: number;
}

/** One cold load: wait for the first paragraph and choice (and, for the game, the map's first frame). */
export async function coldLoad(browser: Browser, url: string, game: boolean, screenshot = false): Promise<ColdLoad> {
  const { context, page, cdp } = await openPage(browser, game ? GAME_PROBE : BASELINE_PROBE, true);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForMarks(page, ['passage', 'choice'], false);
    await waitForPresented(page, game ? ['title', 'question', 'passage', 'choice'] : ['passage', 'choice']);
    let screenshotColours: number | null = null;
    if (game) {
      try {
        await waitForMarks(page, [], true);
        if (screenshot) screenshotColours = await canvasColours(page);
      } catch (error) {
        console.warn(
          `  (the map's first frame was not seen: ${error instanceof Error ? error.message : String(error)})`,
        );
      }
    }
    const shot = await snapshot(page);
    return { snapshot: shot, screenshotColours, heap: await heapAfterGc(cdp) };
  } finally {
    await context.close();
  }
}

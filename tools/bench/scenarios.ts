/** Longer runs in the browser: main-thread CPU while reading, and a whole chapter played through. */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { counters, GAME_PROBE, heapAfterGc, openPage, snapshot, waitForMarks, type Snapshot } from './browser.ts';
import { descendantsCpu, machineTimes } from './machine.ts';

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

export interface CpuWindow {
  readonly wallMs: number;
  /** Renderer main-thread busy time (CDP Performance TaskDuration) as a share of wall time. */
  readonly busyPct: number;
  readonly scriptMs: number;
  readonly layoutStyleMs: number;
  /** All Chromium processes (renderer, GPU/SwiftShader, browser), as a share of one core. */
  readonly chromiumPct: number;
  /** The whole machine, all cores: how much else was going on. */
  readonly machinePct: number;
  readonly stageFrames: number;
  readonly rafCallbacks: number;
}

type Metrics = Map<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((metric) => [metric.name, metric.value]));
}

/** Measures `ms` of wall time without touching the page in between. */
async function cpuWindow(page: Page, cdp: CDPSession, ms: number, skipPid: number): Promise<CpuWindow> {
  const m0 = await metrics(cdp);
  const c0 = await counters(page);
  const chrome0 = descendantsCpu(process.pid, [skipPid]);
  const machine0 = machineTimes();
  const t0 = performance.now();
  await sleep(ms);
  const m1 = await metrics(cdp);
  const c1 = await counters(page);
  const chrome1 = descendantsCpu(process.pid, [skipPid]);
  const machine1 = machineTimes();
  const wall = performance.now() - t0;
  const delta = (name: string): number => (m1.get(name) ?? 0) - (m0.get(name) ?? 0);
  const wallSeconds = delta('Timestamp') || wall / 1000;
  return {
    wallMs: wallSeconds * 1000,
    busyPct: (delta('TaskDuration') / wallSeconds) * 100,
    scriptMs: delta('ScriptDuration') * 1000,
    layoutStyleMs: (delta('LayoutDuration') + delta('RecalcStyleDuration')) * 1000,
    chromiumPct: ((chrome1 - chrome0) / (wall / 1000)) * 100,
    machinePct: ((machine1.busy - machine0.busy) / (machine1.total - machine0.total)) * 100,
    stageFrames: c1.frames - c0.frames,
    rafCallbacks: c1.rafCallbacks - c0.rafCallbacks,
  };
}

/** Waits until the map has drawn nothing for `quietMs`; returns when it last drew (page clock), or null. */
async function waitForSleep(page: Page, quietMs: number, timeoutMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const c = await counters(page);
    if (c.lastDraw !== null && c.now - c.lastDraw >= quietMs) return c.lastDraw;
    await sleep(250);
  }
  return null;
}

const CHOICES = 'nav[aria-label="Choices"] button';

async function chooseFirst(page: Page): Promise<void> {
  const entries = await page.locator('.transcript > *').count();
  await page.locator(CHOICES).first().click();
  await page.waitForFunction(`document.querySelectorAll('.transcript > *').length > ${entries}`, undefined, {
    polling: 50,
    timeout: 10_000,
  });
}

const ended = async (page: Page): Promise<boolean> => (await page.locator('.transcript .ending').count()) > 0;

export interface CpuRun {
  readonly motion: boolean;
  /** From the map's first frame until its loop went to sleep (ms), or null if it never slept. */
  readonly sleptAfterMs: number | null;
  /** The first WINDOW after the map's first frame (motion allowed only): the weather falling. */
  readonly animating: CpuWindow | null;
  /** After the loop slept, the first beat on screen, nothing touched. */
  readonly idle: CpuWindow;
  /** Right after the player's first choice (motion allowed only). */
  readonly afterChoice: CpuWindow | null;
  readonly afterChoiceSleptMs: number | null;
}

export interface CpuOptions {
  readonly motion: boolean;
  readonly windowMs: number;
  /** The preview server's PID, left out of Chromium's CPU. */
  readonly skipPid: number;
  /** Also wait for the loop to sleep again after the choice (motion allowed; ~17 s). */
  readonly timeSleepAfterChoice: boolean;
}

export async function cpuRun(browser: Browser, url: string, options: CpuOptions): Promise<CpuRun> {
  const { motion, windowMs, skipPid } = options;
  const { context, page, cdp } = await openPage(browser, GAME_PROBE, motion);
  try {
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit' });
    await waitForMarks(page, ['passage', 'choice'], true);
    const first = (await snapshot(page)).stage.firstFrame ?? 0;
    const animating = motion ? await cpuWindow(page, cdp, windowMs, skipPid) : null;
    const slept = await waitForSleep(page, 2000, 60_000);
    const idle = await cpuWindow(page, cdp, windowMs, skipPid);
    let afterChoice: CpuWindow | null = null;
    let afterChoiceSleptMs: number | null = null;
    if (motion) {
      const clicked = (await counters(page)).now;
      await chooseFirst(page);
      afterChoice = await cpuWindow(page, cdp, windowMs, skipPid);
      if (options.timeSleepAfterChoice) {
        const sleptAgain = await waitForSleep(page, 2000, 60_000);
        afterChoiceSleptMs = sleptAgain === null ? null : sleptAgain - clicked;
      }
    }
    return {
      motion,
      sleptAfterMs: slept === null ? null : slept - first,
      animating,
      idle,
      afterChoice,
      afterChoiceSleptMs,
    };
  } finally {
    await context.close();
  }
}

export interface Playthrough {
  readonly choices: number;
  readonly paceMs: number;
  /** Audio fetched by requests that started in the first minute after the role was chosen. */
  readonly audioFirstMinute: { readonly bytes: number; readonly files: readonly string[] };
  readonly audioTotal: { readonly bytes: number; readonly files: readonly string[] };
  readonly heapFirstBeat: number;
  readonly heapEnd: number;
  readonly snapshot: Snapshot;
}

const AUDIO = /\.(opus|mp3|ogg|oga|webm|m4a|wav)$/i;

function audioIn(shot: Snapshot, until: number): { bytes: number; files: string[] } {
  const audio = shot.resources.filter((r) => AUDIO.test(new URL(r.name).pathname) && r.start <= until);
  return {
    bytes: audio.reduce((sum, r) => sum + (r.encoded || r.decoded), 0),
    files: audio.map((r) => new URL(r.name).pathname.split('/').pop() ?? r.name),
  };
}

/**
 * Lenin's chapter, motion allowed, choosing the first option every `paceMs` (a brisk reader) for
 * the first minute, then quickly to the ending; the heap is read after a full GC at both ends.
 */
export async function playthrough(browser: Browser, url: string, paceMs: number): Promise<Playthrough> {
  const { context, page, cdp } = await openPage(browser, GAME_PROBE, true);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForMarks(page, ['passage', 'choice'], false);
    const start = (await snapshot(page)).marks['click'] ?? 0;
    const minuteEnds = start + 60_000;
    await waitForMarks(page, [], true).catch(() => undefined);
    const heapFirstBeat = await heapAfterGc(cdp);
    let choices = 0;
    const pageNow = async (): Promise<number> => (await counters(page)).now;
    while (!(await ended(page))) {
      const next = start + paceMs * (choices + 1);
      if (next > minuteEnds) break;
      await sleep(Math.max(0, next - (await pageNow())));
      await chooseFirst(page);
      choices++;
    }
    await sleep(Math.max(0, minuteEnds - (await pageNow())));
    for (; !(await ended(page)) && choices < 500; choices++) await chooseFirst(page);
    await sleep(1000);
    const heapEnd = await heapAfterGc(cdp);
    const shot = await snapshot(page);
    return {
      choices,
      paceMs,
      audioFirstMinute: audioIn(shot, minuteEnds),
      audioTotal: audioIn(shot, Number.POSITIVE_INFINITY),
      heapFirstBeat,
      heapEnd,
      snapshot: shot,
    };
  } finally {
    await context.close();
  }
}

/**
 * Responsiveness on software WebGL (issue 19): a player clicks Lenin's card, and clicks the first
 * choice a second after the text appears, while the map is still being built; then nothing is
 * touched until the map has settled. Measured: the longest main-thread task from the card's click
 * until the map settles, the choice's interaction (Event Timing: from the input until the frame
 * showing its answer was presented, i.e. INP), and, with motion allowed, the main thread's busy
 * share from the choice until the map has stopped moving.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { counters, GAME_PROBE, openPage, snapshot, waitForMarks } from './browser.ts';

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
const CHOICES = 'nav[aria-label="Choices"] button';
/** How long after the first words appear the player clicks the first choice (the "about a second"). */
export const CHOICE_AFTER_MS = 1000;
/** The map counts as settled when it has drawn nothing for this long (its sheet is uploaded in a quiet second of its own). */
const QUIET_MS = 2500;

export interface Responsiveness {
  readonly motion: boolean;
  /** The longest long task (ms) from the card's click until the map settled; 0 when none was over 50 ms. */
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** The choice's interaction: the longest Event Timing entry of it (entries under 16 ms are not reported: 16). */
  readonly choiceInpMs: number;
  /** From the choice's click until the map last drew (ms), or null if it never settled. */
  readonly settledMs: number | null;
  /** Main-thread busy share (%) from the choice's click until the map last drew. */
  readonly busyWhileAnimatingPct: number;
  /** Map frames drawn in that time. */
  readonly framesWhileAnimating: number;
}

interface Recorded {
  readonly longTasks: readonly (readonly [number, number])[];
  readonly interactions: readonly (readonly [number, string, number, number])[];
}

async function taskSeconds(cdp: CDPSession): Promise<{ task: number; stamp: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: value('TaskDuration'), stamp: value('Timestamp') };
}

/** Polls until the map has drawn nothing for QUIET_MS; returns when it last drew (page clock). */
async function settle(page: Page, timeoutMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const c = await counters(page);
    if (c.lastDraw !== null && c.now - c.lastDraw >= QUIET_MS) return c.lastDraw;
    await sleep(100);
  }
  return null;
}

export async function responsiveness(browser: Browser, url: string, motion: boolean): Promise<Responsiveness> {
  // No read-back of the map's pixels here (the other rows find its first frame that way): a read-back
  // makes the page wait for software WebGL to finish the frame, a long task that no player's page has.
  const { context, page, cdp } = await openPage(browser, { ...GAME_PROBE, stageProbe: false }, motion);
  try {
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit' });
    // the probe clicks Lenin's card the moment it is on screen; wait for his first words
    await waitForMarks(page, ['passage', 'choice'], false);
    const first = await snapshot(page);
    const clickedCard = first.marks['click'] ?? 0;
    const wordsAt = first.marks['passageShown'] ?? first.marks['passage'] ?? 0;
    await sleep(Math.max(0, wordsAt + CHOICE_AFTER_MS - (await counters(page)).now));
    const before = await taskSeconds(cdp);
    const atChoice = await counters(page);
    const choiceAt = atChoice.now;
    await page.locator(CHOICES).first().click({ timeout: 30_000 });
    // the map may still be being built after the choice: wait until it is drawn and has been quiet a while
    const lastDraw = await settle(page, 60_000);
    const after = await taskSeconds(cdp);
    const recorded = await page.evaluate<Recorded>(`window.__bench.responsiveness(${clickedCard})`);
    const end = await counters(page);
    const choice = recorded.interactions.filter(([, , start]) => start >= choiceAt - 5);
    const firstId = choice[0]?.[0];
    const choiceEntries = choice.filter(([id]) => id === firstId);
    const settledMs = lastDraw === null ? null : Math.max(0, lastDraw - choiceAt);
    const busySeconds = after.task - before.task;
    const spanSeconds = lastDraw === null ? after.stamp - before.stamp : Math.max(0.001, (lastDraw - choiceAt) / 1000);
    return {
      motion,
      longestTaskMs: Math.max(0, ...recorded.longTasks.map(([, duration]) => duration)),
      longTasks: recorded.longTasks.length,
      choiceInpMs: Math.max(16, ...choiceEntries.map(([, , , duration]) => duration)),
      settledMs,
      // busy time is read after the quiet wait too, but an idle page adds next to nothing (see the idle rows)
      busyWhileAnimatingPct: Math.min(100, (busySeconds / spanSeconds) * 100),
      framesWhileAnimating: end.frames - atChoice.frames,
    };
  } finally {
    await context.close();
  }
}

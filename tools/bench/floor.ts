/**
 * The physical floor for the title's first paint: the game's own built index.html with its words and
 * elements kept and everything else taken out (scripts, stylesheets, preloads, the manifest), so the
 * browser has nothing to wait for but the HTML itself. The game's first contentful paint is compared
 * with this page's (issue 19: at most 2×).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openPage, snapshot, waitForPresented, type ProbeConfig } from './browser.ts';

/** The floor page holds the title's question, as the game's page does. */
const FLOOR_PROBE: ProbeConfig = { watch: [{ name: 'question', selector: 'h2.choose-heading' }] };

/** The page's HTML without anything that loads or runs: the words as a bare HTML page shows them. */
export function floorHtml(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<title>/i, '<link rel="icon" href="data:," /><title>');
}

/** Writes `bench/floor.html` beside the baseline in the built site. */
export function writeFloorPage(site: string): void {
  mkdirSync(join(site, 'bench'), { recursive: true });
  writeFileSync(join(site, 'bench', 'floor.html'), floorHtml(readFileSync(join(site, 'index.html'), 'utf8')));
}

/** One cold load of the floor page: when its first contentful paint came (ms from navigation start), or null. */
export async function floorLoad(browser: Browser, url: string): Promise<number | null> {
  const { context, page } = await openPage(browser, FLOOR_PROBE, true);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForPresented(page, ['question']);
    return (await snapshot(page)).fcp;
  } finally {
    await context.close();
  }
}

// Runs Lighthouse (12.2.3, pinned in this folder's own package.json) against one URL with the desktop
// or the mobile preset in Debian's Chromium, and prints the category scores as JSON on stdout.
// Usage: node tools/lighthouse/run.mjs URL desktop|mobile
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const [url, preset] = process.argv.slice(2);
if (!url || (preset !== 'desktop' && preset !== 'mobile')) {
  console.error('usage: node tools/lighthouse/run.mjs URL desktop|mobile');
  process.exit(2);
}

const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error' },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error('Lighthouse returned nothing');
  const { lhr } = result;
  const scores = Object.fromEntries(
    Object.entries(lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
  );
  // what cost points, so a score below 100 says why
  const failing = Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
    .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  const metrics = Object.fromEntries(
    [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ].map((id) => [id, lhr.audits[id]?.displayValue ?? null]),
  );
  console.log(JSON.stringify({ preset, scores, metrics, failing, version: lhr.lighthouseVersion }));
} finally {
  await chrome.kill();
}

// The codex's views, one chunk loaded on first use (see lazy-codex.ts).
export { createCodexBrowser } from './browser.ts';
export { createCodexCard } from './card.ts';

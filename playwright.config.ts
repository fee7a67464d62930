import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tools/chromium.ts';

// PW_PORT lets parallel worktrees run their e2e suites side by side
const PORT = Number(process.env.PW_PORT ?? 4317);
// PW_DIST serves a build made elsewhere (`vite build --outDir …`), so that two builds never overwrite each other
const DIST = process.env.PW_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1366, height: 820 },
    // software WebGL is slow here: the map's animations get one test of their own (map.spec.ts)
    reducedMotion: 'reduce',
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

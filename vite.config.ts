import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { guidePlugin } from './tools/docs/vite-plugin-guide.ts';
import { inkPlugin } from './tools/ink/vite-plugin-ink.ts';

export default defineConfig({
  base: './',
  plugins: [
    inkPlugin({ soundManifest: resolve(import.meta.dirname, 'assets/audio/manifest.json') }),
    guidePlugin({ source: resolve(import.meta.dirname, 'docs/facilitators.md'), fileName: 'facilitators.html' }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/story/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

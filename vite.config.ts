import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { inkPlugin } from './tools/ink/vite-plugin-ink.ts';
import { choiceMapsPlugin } from './tools/story/vite-plugin-choice-maps.ts';

export default defineConfig({
  base: './',
  plugins: [
    inkPlugin({ soundManifest: resolve(import.meta.dirname, 'assets/audio/manifest.json') }),
    choiceMapsPlugin({
      entry: resolve(import.meta.dirname, 'story/main.ink'),
      cacheDir: resolve(import.meta.dirname, 'build/cache'),
    }),
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

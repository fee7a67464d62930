import { resolve } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { codexPlugin } from './tools/codex/vite-plugin-codex.ts';
import { guidePlugin } from './tools/docs/vite-plugin-guide.ts';
import { inkPlugin } from './tools/ink/vite-plugin-ink.ts';
import { phaserFlagsPlugin } from './tools/phaser/vite-plugin-phaser-flags.ts';
import { webAppManifest } from './tools/pwa/manifest.ts';
import { compileHintsPlugin } from './tools/vite/vite-plugin-compile-hints.ts';
import { connectSrcPlugin } from './tools/vite/vite-plugin-connect-src.ts';
import { inlineCssPlugin } from './tools/vite/vite-plugin-inline-css.ts';
import { staticTitlePlugin } from './tools/vite/vite-plugin-static-title.ts';
import { choiceMapsPlugin } from './tools/story/vite-plugin-choice-maps.ts';

// The writers' room's tests run the dev server on a copy of a fixture story: PETROGRAD_STORY names its
// main.ink, which then stands in for story/main.ink wherever the game imports it.
const storyEntry = process.env['PETROGRAD_STORY']
  ? resolve(process.env['PETROGRAD_STORY'])
  : resolve(import.meta.dirname, 'story/main.ink');
const storyAlias = process.env['PETROGRAD_STORY']
  ? [{ find: /^(?:\.\.\/)+story\/main\.ink/, replacement: storyEntry }]
  : [];

export default defineConfig({
  base: './',
  resolve: {
    // Phaser is built from its sources with only what the map uses (src/stage/phaser-slim.js); the
    // package's exports expose only its prebuilt bundle, so its sources are reached by path.
    alias: [
      { find: /^phaser$/, replacement: resolve(import.meta.dirname, 'src/stage/phaser-slim.js') },
      { find: /^phaser-src\//, replacement: `${resolve(import.meta.dirname, 'node_modules/phaser/src')}/` },
      ...storyAlias,
    ],
  },
  plugins: [
    phaserFlagsPlugin(),
    inkPlugin({ soundManifest: resolve(import.meta.dirname, 'assets/audio/manifest.json') }),
    codexPlugin({ directory: resolve(import.meta.dirname, 'story/codex') }),
    guidePlugin({ source: resolve(import.meta.dirname, 'docs/facilitators.md'), fileName: 'facilitators.html' }),
    choiceMapsPlugin({
      entry: storyEntry,
      cacheDir: resolve(import.meta.dirname, 'build/cache'),
    }),
    // the title screen is in the page itself, drawn before any script runs
    staticTitlePlugin(),
    // the title's stylesheet written into the page, so its first paint waits for nothing but the HTML
    inlineCssPlugin({ pages: /^\/index\.html$/ }),
    // the code that starts a role, compiled while it streams in rather than on the main thread as it runs
    compileHintsPlugin({ chunks: ['ink', 'play', 'game'] }),
    // CROWD_CONNECT names the room servers of a several-process setup, which the pages may then reach
    connectSrcPlugin(),
    VitePWA({
      // the game registers the worker itself after the first paint, and offers updates, never forces them
      injectRegister: false,
      registerType: 'prompt',
      manifest: webAppManifest,
      includeAssets: ['icons/*.png'],
      workbox: {
        // everything a session needs with the network off: story (in the JS), fonts, icons, both audio codecs
        globPatterns: ['**/*.{js,css,html,woff,woff2,png,svg,json,mp3,opus,webmanifest}'],
        globIgnores: ['bench/**', '**/*.map'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // the phone page of crowd play is its own small entry, beside the game's
      input: { index: resolve(import.meta.dirname, 'index.html'), join: resolve(import.meta.dirname, 'join.html') },
      output: {
        // each role's part of the story under a name that says so (the bench and the reader of dist/ look for it)
        chunkFileNames: (chunk) => {
          const role = /main\.ink\?role=(\w+)$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return role ? `assets/story-${role}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  optimizeDeps: {
    // In dev the slim entry is pre-bundled like a dependency (the browser cannot load CommonJS), and the
    // pre-bundler runs its own plugins, so it needs the build flags as well. Its cache does not see edits to the
    // entry: after changing src/stage/phaser-slim.js, restart with `npx vite --force`.
    include: ['phaser'],
    rolldownOptions: { plugins: [phaserFlagsPlugin()] },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/story/**/*.test.ts', 'tests/server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

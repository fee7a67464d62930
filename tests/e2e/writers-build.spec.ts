import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = resolve(import.meta.dirname, '../../dist');

/** Words only the writers' room (src/dev) says: none of them may reach the production build. */
const MARKERS = ['writers-panel', 'Writers’ room', 'petrograd:story-changed', 'Explore from here', 'src/dev/'];

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

// `npm run test:e2e` builds before it runs the tests, so dist/ is the build under test
test('the production build holds none of the writers’ room', () => {
  expect(existsSync(DIST), 'dist/ is built before the end-to-end tests').toBe(true);
  const texts = filesIn(DIST)
    .filter((file) => /\.(js|css|html|map|json|webmanifest)$/.test(file))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  expect(texts.some(({ file }) => file.endsWith('.js'))).toBe(true);
  const found = texts.flatMap(({ file, text }) =>
    MARKERS.filter((marker) => text.includes(marker)).map((marker) => `${file}: ${marker}`),
  );
  expect(found).toEqual([]);
});

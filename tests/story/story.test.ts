import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../tools/ink/compile.ts';
import { checkStory, ROLES } from '../../tools/story/check.ts';
import { replayGolden, type GoldenPath } from '../../tools/story/golden.ts';
import { storyStats } from '../../tools/story/stats.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const check = checkStory(join(ROOT, 'story/main.ink'), join(ROOT, 'assets/audio/manifest.json'), true, undefined, {
  houseStyle: true,
});
const json = check.compiled.json ?? '';

describe('the story', () => {
  it('passes the same proof as `npm run story -- check`', () => {
    expect(check.diagnostics.map((d) => formatDiagnostic(d, ROOT))).toEqual([]);
    expect(check.walk?.endings.size).toBeGreaterThanOrEqual(ROLES.length);
  });

  describe.each(ROLES)('%s: the opening chapter', (role) => {
    const stats = storyStats(json, check.compiled.files, [role]).roles[0];

    it('is at least 1,500 words and 5 choices on every path', () => {
      expect(stats?.wordsPerPath.min).toBeGreaterThanOrEqual(1500);
      expect(stats?.choicesPerPath.min).toBeGreaterThanOrEqual(5);
    });

    it('has a branch that changes how it ends', () => {
      expect(Object.keys(stats?.endings ?? {}).length).toBeGreaterThanOrEqual(2);
      for (const id of Object.keys(stats?.endings ?? {})) expect(id.startsWith(`${role}_`)).toBe(true);
    });
  });
});

const goldens = readdirSync(join(import.meta.dirname, 'golden')).filter((file) => file.endsWith('.json'));

describe.each(goldens)('golden playthrough %s', (file) => {
  const golden = JSON.parse(readFileSync(join(import.meta.dirname, 'golden', file), 'utf8')) as GoldenPath;

  it(`reaches ${golden.ending} by the same choices`, () => {
    const { session, missing } = replayGolden(json, golden);
    expect(missing).toBeNull();
    expect(session.ending).toBe(golden.ending);
    expect(session.scene.place).toBe(golden.finalPlace);
    expect(session.choices).toEqual([]);
    expect(session.transcript.filter((entry) => entry.kind === 'choice').map((entry) => entry.text)).toEqual(
      golden.choices,
    );
    expect(session.transcript.some((entry) => entry.kind === 'dateline' && entry.text.includes('NS)'))).toBe(true);
  });
});

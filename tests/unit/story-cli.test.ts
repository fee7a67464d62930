import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function story(...args: string[]): { status: number | null; out: string } {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'tools/story/cli.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run story', () => {
  it('check fails with file:line for a dead end', () => {
    const { status, out } = story('check', '--entry', 'tests/fixtures/deadend/main.ink');
    expect(status).toBe(1);
    expect(out).toMatch(/tests\/fixtures\/deadend\/main\.ink:6: error: dead end/);
    expect(out).toMatch(/story check FAILED/);
  });

  it('check fails with file:line for a compile error in an INCLUDEd file', () => {
    const { status, out } = story('check', '--entry', 'tests/fixtures/broken/main.ink');
    expect(status).toBe(1);
    expect(out).toMatch(/tests\/fixtures\/broken\/inner\.ink:3: error: .*nowhere_at_all/);
  });

  it('check rejects ink logic inside a tag, and warns of fake and too many cosmetic choices', () => {
    const { status, out } = story('check', '--entry', 'tests/fixtures/choice-kinds/main.ink');
    expect(status).toBe(1);
    expect(out).toMatch(/choice-kinds\/lenin\/part\.ink:16: error: #basis: .*may not hold ink logic/);
    expect(out).toMatch(/choice-kinds\/lenin\/part\.ink:6: warning: fake choice: .*"Look in the mirror"/);
    expect(out).toMatch(
      /warning: lenin: 2 of 3 choice points are cosmetic \(66\.7 %, at most 15\.0 %\).*part\.ink:10 "Drink your tea slowly"/,
    );
    expect(out).not.toMatch(/fake choice: .*Drink your tea/);
  });

  it('stats counts the decisions and the cosmetic and fake ones', () => {
    const { status, out } = story('stats', '--entry', 'tests/fixtures/choice-kinds/main.ink');
    expect(status).toBe(0);
    expect(out).toMatch(/decisions 3 {2}cosmetic 2 \(66\.7 %\) {2}fake 1/);
  });

  it('explore gives the explorer figures and the cosmetic choice points for one role', () => {
    const { status, out } = story(
      'explore',
      '--role',
      'lenin',
      '--runs',
      '40',
      '--seed',
      '5',
      '--entry',
      'tests/fixtures/choice-kinds/main.ink',
    );
    expect(status).toBe(0);
    expect(out).toMatch(/lenin: 40 explorer runs \(seed 5\)/);
    expect(out).toMatch(/endings: lenin_kinds_end 100\.0 %/);
    expect(out).toMatch(/cosmetic choice points: 2 of 3\n {4}part\.ink:10 "Drink your tea slowly"/);
    expect(story('explore', '--runs', 'many').status).toBe(2);
  });

  it('explore --from begins the runs at a knot, to measure how long a divergence plays on', () => {
    const fixture = ['--entry', 'tests/fixtures/choice-kinds/main.ink', '--runs', '10'];
    const { status, out } = story('explore', '--from', 'lenin', ...fixture);
    expect(status).toBe(0);
    expect(out).toMatch(/lenin from lenin: 10 explorer runs/);
    expect(out).toMatch(/endings: lenin_kinds_end 100\.0 %/);
    const unknown = story('explore', '--from', 'lenin_nowhere', ...fixture);
    expect(unknown.status).toBe(2);
    expect(unknown.out).toMatch(/lenin_nowhere is not one/);
  });

  it('compile writes the story JSON where it is told', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'story-')), 'story.json');
    expect(story('compile', '--entry', 'tests/fixtures/small/main.ink', '--out', out).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('inkVersion');
  });

  it('stats --json gives path lengths per role', () => {
    const { status, out } = story('stats', '--json', '--entry', 'tests/fixtures/questions/main.ink');
    expect(status).toBe(0);
    const stats = JSON.parse(out) as { roles: { role: string; wordsPerPath: { min: number }; paths: number }[] };
    expect(stats.roles).toEqual([expect.objectContaining({ role: 'lenin', paths: 5, chapters: 0 })]);
  });

  it('answers an unknown command with its usage and exit code 2', () => {
    const { status, out } = story('publish');
    expect(status).toBe(2);
    expect(out).toMatch(/usage: npm run story/);
  });
});

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

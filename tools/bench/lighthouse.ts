/**
 * Lighthouse 12.2.3 against the preview, desktop and mobile presets. It lives in its own package
 * (tools/lighthouse, installed by `npm run bench`) because it is large and only the benchmark needs it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { verdict, type Table } from './report.ts';

export type Preset = 'desktop' | 'mobile';
/** The game, or crowd play's phone page (join.html), its own entry with its own budget. */
export type AuditedPage = 'game' | 'phone page';

export interface LighthouseRun {
  readonly page: AuditedPage;
  readonly preset: Preset;
  readonly version: string;
  readonly scores: Readonly<Record<string, number>>;
  readonly metrics: Readonly<Record<string, string | null>>;
  readonly failing: readonly string[];
}

const RUNNER = resolve('tools/lighthouse/run.mjs');

export function lighthouseInstalled(): boolean {
  return existsSync(resolve('tools/lighthouse/node_modules/lighthouse'));
}

export async function runLighthouse(url: string, preset: Preset, page: AuditedPage = 'game'): Promise<LighthouseRun> {
  const { stdout } = await promisify(execFile)(process.execPath, [RUNNER, url, preset], {
    timeout: 300_000,
    maxBuffer: 1 << 20,
  });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return { ...(JSON.parse(last) as Omit<LighthouseRun, 'page'>), page };
}

/**
 * Budgets of issue 10 for the game: desktop performance ≥ 98, accessibility and best practices 100; mobile ≥ 90.
 * The phone page (issue 17) is read on a phone in a classroom: mobile performance ≥ 95, accessibility 100.
 */
const BUDGETS: Readonly<Record<AuditedPage, Partial<Record<Preset, Readonly<Record<string, number>>>>>> = {
  game: {
    desktop: { performance: 98, accessibility: 100, 'best-practices': 100 },
    mobile: { performance: 90 },
  },
  'phone page': { mobile: { performance: 95, accessibility: 100 } },
};

export function lighthouseTable(runs: readonly LighthouseRun[]): Table {
  const rows = runs.flatMap((run) =>
    Object.entries(run.scores).map(([category, score]) => {
      const budget = BUDGETS[run.page][run.preset]?.[category];
      return [
        run.page,
        run.preset,
        category,
        String(score),
        budget === undefined ? '' : `≥ ${budget}`,
        verdict(budget === undefined ? null : score >= budget),
      ];
    }),
  );
  const notes = runs.map(
    (run) =>
      `${run.page}, ${run.preset}: ${Object.entries(run.metrics)
        .map(([id, value]) => `${id} ${value ?? '–'}`)
        .join(', ')}; below 0.9: ${run.failing.join(', ') || 'nothing'}.`,
  );
  return {
    title: `Lighthouse ${runs[0]?.version ?? ''} against the preview (a first visit)`,
    head: ['page', 'preset', 'category', 'score', 'budget', 'ok'],
    rows,
    note: notes.join('\n'),
  };
}

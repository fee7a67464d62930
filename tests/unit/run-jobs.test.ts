import { describe, expect, it } from 'vitest';
import { runJobs } from '../../src/stage/run-jobs.ts';

describe('runJobs: the boot scene’s texture work, a few jobs per frame', () => {
  it('runs jobs in order until the budget is spent, and leaves the rest for the next frame', () => {
    let clock = 0;
    const done: number[] = [];
    const jobs = [1, 2, 3, 4, 5].map((n) => () => {
      done.push(n);
      clock += 3;
    });
    expect(runJobs(jobs, 8, () => clock)).toBe(false);
    expect(done).toEqual([1, 2, 3]);
    expect(jobs).toHaveLength(2);
    expect(runJobs(jobs, 8, () => clock)).toBe(true);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it('runs at least one job even when one job alone is over budget, so boot always advances', () => {
    let clock = 0;
    const jobs = [() => (clock += 50), () => (clock += 50)];
    expect(runJobs(jobs, 8, () => clock)).toBe(false);
    expect(jobs).toHaveLength(1);
  });

  it('is finished at once with no jobs', () => {
    expect(runJobs([], 8, () => 0)).toBe(true);
  });
});

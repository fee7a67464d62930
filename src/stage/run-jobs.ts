/** Milliseconds of texture work per frame at boot; a job is never cut, so one frame may take a little more. */
export const BOOT_STEP_BUDGET_MS = 8;

/** Runs jobs from the front of `jobs` until `budgetMs` has passed (at least one); true when none are left. */
export function runJobs(jobs: (() => void)[], budgetMs: number, now: () => number = () => performance.now()): boolean {
  const started = now();
  do {
    jobs.shift()?.();
  } while (jobs.length > 0 && now() - started < budgetMs);
  return jobs.length === 0;
}

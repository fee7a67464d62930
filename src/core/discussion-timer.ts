/** Discussion lengths the facilitator can pick, in minutes. */
export const DISCUSSION_MINUTES = [1, 2, 3, 5, 10] as const;

/**
 * A countdown that can be paused, as plain data: time is read from the clock passed in, so the
 * screen may redraw as often as it likes and a paused timer loses nothing.
 */
export interface DiscussionTimer {
  readonly durationMs: number;
  /** Time already run in earlier stretches (before the last pause). */
  readonly spentMs: number;
  /** When the current stretch began; null while paused or not started. */
  readonly runningSince: number | null;
}

export function newTimer(minutes: number): DiscussionTimer {
  return { durationMs: Math.max(0, minutes) * 60_000, spentMs: 0, runningSince: null };
}

export function isRunning(timer: DiscussionTimer): boolean {
  return timer.runningSince !== null;
}

export function remainingMs(timer: DiscussionTimer, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return Math.max(0, timer.durationMs - timer.spentMs - running);
}

export function startTimer(timer: DiscussionTimer, now: number): DiscussionTimer {
  if (isRunning(timer) || remainingMs(timer, now) === 0) return timer;
  return { ...timer, runningSince: now };
}

export function pauseTimer(timer: DiscussionTimer, now: number): DiscussionTimer {
  if (timer.runningSince === null) return timer;
  return { ...timer, spentMs: timer.durationMs - remainingMs(timer, now), runningSince: null };
}

export function resetTimer(timer: DiscussionTimer): DiscussionTimer {
  return { durationMs: timer.durationMs, spentMs: 0, runningSince: null };
}

/** "2:05": minutes and seconds left, rounded up so the display reaches 0:00 only when time is up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

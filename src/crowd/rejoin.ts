/**
 * Rejoining after the connection is gone for good (the SDK's own reconnection gave up, or the server restarted and
 * forgot the room): try again and again, quickly at first (a restarting server is back within seconds), then every
 * few seconds, so a room of phones never hammers a server that is starting.
 */
export type Attempt = 'joined' | 'retry' | 'stop';

export const REJOIN_FIRST_MS = 250;
export const REJOIN_MAX_MS = 4000;

/** The wait before attempt `attempt` (0 = the first), doubling up to REJOIN_MAX_MS. */
export function rejoinDelay(attempt: number): number {
  return Math.min(REJOIN_MAX_MS, REJOIN_FIRST_MS * 2 ** Math.max(0, attempt));
}

export interface Rejoiner {
  /** Starts trying (does nothing while already trying). */
  start(): void;
  /** Stops trying: the page left, or the room ended. */
  stop(): void;
  readonly trying: boolean;
  /** Attempts made since the last start. */
  readonly attempts: number;
}

export type Schedule = (run: () => void, ms: number) => () => void;
const realSchedule: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/** Calls `attempt` after each delay until it says 'joined' or 'stop' (or `stop()` is called). */
export function createRejoiner(attempt: () => Promise<Attempt>, schedule: Schedule = realSchedule): Rejoiner {
  let trying = false;
  let attempts = 0;
  let cancel: (() => void) | null = null;
  const next = (): void => {
    cancel = schedule(() => {
      cancel = null;
      attempts += 1;
      attempt().then(
        (result) => {
          if (!trying) return;
          if (result === 'retry') next();
          else trying = false;
        },
        () => {
          if (trying) next();
        },
      );
    }, rejoinDelay(attempts));
  };
  return {
    start() {
      if (trying) return;
      trying = true;
      attempts = 0;
      next();
    },
    stop() {
      trying = false;
      cancel?.();
      cancel = null;
    },
    get trying() {
      return trying;
    },
    get attempts() {
      return attempts;
    },
  };
}

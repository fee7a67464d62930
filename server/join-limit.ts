import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface JoinLimitConfig {
  /** Matchmaking requests (create, join, reconnect) per address per minute. */
  readonly perMinute: number;
  /**
   * Different room codes an address may fail to join (a wrong code, a full room) before it is turned away for
   * `blockSeconds`. The same code failing again does not count: phones retrying their room while it is
   * re-created after a restart must not lock themselves out; someone guessing tries different codes.
   */
  readonly failures: number;
  readonly blockSeconds: number;
}

/** A classroom behind one address still fits; someone trying codes is stopped after a handful. */
export const DEFAULT_JOIN_LIMIT: JoinLimitConfig = { perMinute: 120, failures: 20, blockSeconds: 300 };

/**
 * The per-address join limit: every matchmaking request costs a point, and every failed one a point from a much
 * smaller purse, so guessing room codes (25^6 of them) is over long before it could find one.
 */
export interface JoinLimit {
  /** `false`: refuse this request (429). */
  admit(address: string): Promise<boolean>;
  /** A request for `target` (a room code, or the room type for a create) failed. */
  failed(address: string, target: string): Promise<void>;
}

export function createJoinLimit(config: JoinLimitConfig): JoinLimit {
  const requests = new RateLimiterMemory({ points: config.perMinute, duration: 60 });
  const failures = new RateLimiterMemory({
    points: config.failures,
    duration: config.blockSeconds,
    blockDuration: config.blockSeconds,
  });
  // which (address, code) pairs already cost a point in this window
  const counted = new RateLimiterMemory({ points: 1, duration: config.blockSeconds });
  return {
    async admit(address) {
      const blocked = await failures.get(address);
      if (blocked && blocked.remainingPoints <= 0) return false;
      return requests.consume(address).then(
        () => true,
        () => false,
      );
    },
    async failed(address, target) {
      const pair = `${address} ${target}`;
      if (await counted.get(pair)) return;
      await counted.consume(pair).catch(() => undefined);
      await failures.consume(address).catch(() => undefined);
    },
  };
}

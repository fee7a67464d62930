/**
 * Messages per connection per second: past the limit a message is refused, not handled. Synchronous (a fixed
 * one-second window per connection), so the messages that pass keep their order.
 */
export interface FloodLimit {
  /** `true` when this connection may send another message now. */
  allow(connection: string, now: number): boolean;
  forget(connection: string): void;
}

export function createFloodLimit(perSecond: number): FloodLimit {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    allow(connection, now) {
      const window = windows.get(connection);
      if (!window || now - window.start >= 1000) {
        windows.set(connection, { start: now, count: 1 });
        return true;
      }
      window.count += 1;
      return window.count <= perSecond;
    },
    forget(connection) {
      windows.delete(connection);
    },
  };
}

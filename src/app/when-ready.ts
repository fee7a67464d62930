/**
 * Holds what the player asked for while a part of the game is still loading, and does it the moment
 * that part arrives. Only the latest request is kept: two quick clicks on a role card start one game,
 * and a click on "Settings…" after a role card means the player changed their mind.
 */
export interface WhenReady<T> {
  /** Runs `intent` now if the part has arrived, else keeps it (replacing any earlier one) until it does. */
  run(intent: (part: T) => void): void;
  /** The part has arrived: the kept intent, if any, runs once. */
  resolve(part: T): void;
  /** True while a request waits for the part. */
  waiting(): boolean;
}

export function createWhenReady<T>(onWaitingChange: (waiting: boolean) => void = () => undefined): WhenReady<T> {
  let part: { readonly value: T } | null = null;
  let pending: ((part: T) => void) | null = null;
  const setPending = (next: ((part: T) => void) | null): void => {
    const changed = (pending === null) !== (next === null);
    pending = next;
    if (changed) onWaitingChange(next !== null);
  };
  return {
    run(intent) {
      if (part) intent(part.value);
      else setPending(intent);
    },
    resolve(value) {
      if (part) return;
      part = { value };
      const intent = pending;
      setPending(null);
      intent?.(value);
    },
    waiting: () => pending !== null,
  };
}

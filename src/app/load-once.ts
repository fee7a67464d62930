/** Something fetched on demand: one fetch at a time, kept once it has arrived. */
export interface LoadOnce<T> {
  /** Starts the fetch, or joins the one under way, or gives what has already arrived. */
  load(): Promise<T>;
  /** What has arrived, if anything has. */
  now(): T | null;
}

/**
 * A failed fetch is forgotten, so that the next call (perhaps back online) tries again; a fetch
 * that succeeded is never repeated.
 */
export function loadOnce<T>(fetch: () => Promise<T>): LoadOnce<T> {
  let arrived: { readonly value: T } | null = null;
  let pending: Promise<T> | null = null;
  return {
    load() {
      if (arrived) return Promise.resolve(arrived.value);
      pending ??= fetch().then(
        (value) => {
          arrived = { value };
          return value;
        },
        (error: unknown) => {
          pending = null;
          throw error instanceof Error ? error : new Error(String(error));
        },
      );
      return pending;
    },
    now: () => (arrived ? arrived.value : null),
  };
}

/**
 * Resolves once the frame being prepared has been painted: what waits on this never delays the
 * story's text (the sound bank, the map, the offline cache all wait for the words first).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}

/** Resolves when `first` has happened and the page has painted, or after `latestMs`, whichever is sooner. */
export function afterOrLatest(first: Promise<void>, latestMs: number): Promise<void> {
  return Promise.race([
    first.then(afterPaint),
    new Promise<void>((resolve) => {
      setTimeout(resolve, latestMs);
    }),
  ]);
}

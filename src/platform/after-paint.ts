/**
 * What waits for the story's words: the sound bank, the map, the library and the offline cache all
 * start after the words are painted, and a little later still, so that they never compete with the
 * text for the network or the main thread (a software-rendered frame takes a few tens of ms to reach
 * the screen after it is painted).
 */
const SETTLE_MS = 250;

/** Resolves once the frame being prepared has been painted. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}

/** Resolves a moment after the frame being prepared has been painted and shown. */
export function afterWordsSettle(): Promise<void> {
  return afterPaint().then(
    () =>
      new Promise((resolve) => {
        setTimeout(resolve, SETTLE_MS);
      }),
  );
}

/** Resolves when `first` has happened and its words have settled, or after `latestMs`, whichever is sooner. */
export function afterOrLatest(first: Promise<void>, latestMs: number): Promise<void> {
  return Promise.race([
    first.then(afterWordsSettle),
    new Promise<void>((resolve) => {
      setTimeout(resolve, latestMs);
    }),
  ]);
}

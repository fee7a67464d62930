/**
 * Resolves when `work` has settled (done or failed) or after `ms`, whichever is sooner; never rejects.
 * For waits that help but must not hold anything up: the game's first screen for its typefaces, the
 * map's lettering for the period face.
 */
export function settledOrAfter(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    work.then(done, done);
  });
}

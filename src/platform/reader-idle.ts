/**
 * Waits for a moment when the reader is reading, not acting: `quietMs` without a key press, a pointer
 * press or a touch, then an idle period of the main thread. Heavy work that can wait (building the
 * map on a machine without a GPU) starts then, so it does not land under the player's first clicks.
 */
const INPUTS = ['pointerdown', 'keydown', 'touchstart'] as const;

export interface IdleHost {
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
  removeEventListener(type: string, listener: () => void, options?: EventListenerOptions): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
}

/** Resolves after `quietMs` without input (restarted by each input), and then the next idle period (or `quietMs` more at most). */
export function whenReaderIdle(quietMs: number, host: IdleHost = window): Promise<void> {
  return new Promise((resolve) => {
    let timer: number | undefined;
    const restart = (): void => {
      host.clearTimeout(timer);
      timer = host.setTimeout(done, quietMs);
    };
    const done = (): void => {
      for (const type of INPUTS) host.removeEventListener(type, restart, { capture: true });
      if (host.requestIdleCallback) host.requestIdleCallback(() => resolve(), { timeout: quietMs });
      else resolve();
    };
    for (const type of INPUTS) host.addEventListener(type, restart, { capture: true, passive: true });
    restart();
  });
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenReaderIdle, type IdleHost } from '../../src/platform/reader-idle.ts';

/** A page as far as input and timers go: `press` sends an input to every listener. */
function page(withIdleCallback: boolean) {
  const listeners = new Map<string, Set<() => void>>();
  const host: IdleHost = {
    addEventListener: (type, listener) => {
      const set = listeners.get(type) ?? new Set();
      set.add(listener);
      listeners.set(type, set);
    },
    removeEventListener: (type, listener) => listeners.get(type)?.delete(listener),
    setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
    ...(withIdleCallback
      ? { requestIdleCallback: (callback: () => void) => setTimeout(callback, 5) as unknown as number }
      : {}),
  };
  const press = (type = 'pointerdown'): void => {
    for (const listener of listeners.get(type) ?? []) listener();
  };
  const listening = (): number => [...listeners.values()].reduce((sum, set) => sum + set.size, 0);
  return { host, press, listening };
}

describe('waiting for the reader to be reading', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for a quiet spell, restarted by every input, then an idle moment', async () => {
    vi.useFakeTimers();
    const { host, press, listening } = page(true);
    let resolved = false;
    void whenReaderIdle(1000, host).then(() => {
      resolved = true;
    });
    await vi.advanceTimersByTimeAsync(900);
    press('pointerdown');
    await vi.advanceTimersByTimeAsync(900);
    press('keydown');
    await vi.advanceTimersByTimeAsync(999);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(false); // the idle callback is still to come
    await vi.advanceTimersByTimeAsync(5);
    expect(resolved).toBe(true);
    expect(listening()).toBe(0);
  });

  it('goes on without an idle callback where the browser has none', async () => {
    vi.useFakeTimers();
    const { host } = page(false);
    let resolved = false;
    void whenReaderIdle(500, host).then(() => {
      resolved = true;
    });
    await vi.advanceTimersByTimeAsync(500);
    expect(resolved).toBe(true);
  });
});

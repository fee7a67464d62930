import { afterEach, describe, expect, it, vi } from 'vitest';
import { settledOrAfter } from '../../src/platform/settled-or-after.ts';

describe('a wait that helps but holds nothing up (the first screen for its faces)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends as soon as the faces have loaded', async () => {
    vi.useFakeTimers();
    let loaded = (): void => undefined;
    let waited = false;
    const waiting = settledOrAfter(
      new Promise<void>((resolve) => {
        loaded = resolve;
      }),
      600,
    ).then(() => {
      waited = true;
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(waited).toBe(false);
    loaded();
    await waiting;
    expect(waited).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up after its time when they are slow, and when they fail', async () => {
    vi.useFakeTimers();
    let waited = false;
    const waiting = settledOrAfter(new Promise<never>(() => undefined), 600).then(() => {
      waited = true;
    });
    await vi.advanceTimersByTimeAsync(599);
    expect(waited).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(waited).toBe(true);
    await expect(settledOrAfter(Promise.reject(new Error('offline')), 600)).resolves.toBeUndefined();
  });
});

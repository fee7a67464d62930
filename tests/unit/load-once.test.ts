import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../src/app/load-once.ts';

describe('something fetched on demand', () => {
  it('is fetched once: callers meanwhile join the fetch under way, and later ones get what arrived', async () => {
    let fetches = 0;
    const thing = loadOnce(() => Promise.resolve(++fetches));
    expect(thing.now()).toBeNull();
    expect(await Promise.all([thing.load(), thing.load()])).toEqual([1, 1]);
    expect(await thing.load()).toBe(1);
    expect(thing.now()).toBe(1);
    expect(fetches).toBe(1);
  });

  it('forgets a failed fetch, so that the next call tries again', async () => {
    let fetches = 0;
    const thing = loadOnce(() => (++fetches === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('here')));
    await expect(thing.load()).rejects.toThrow('offline');
    expect(thing.now()).toBeNull();
    expect(await thing.load()).toBe('here');
    expect(fetches).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { seeded } from '../../src/core/random.ts';

describe('seeded', () => {
  it('gives the same sequence for the same seed, in [0, 1)', () => {
    const a = seeded(1917);
    const b = seeded(1917);
    const first = Array.from({ length: 1000 }, () => a());
    expect(first).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(new Set(first).size).toBe(1000);
    expect(seeded(1918)()).not.toBe(first[0]);
  });
});

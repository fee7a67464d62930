import { describe, it } from 'vitest';
import { fuzz } from './fuzz.ts';

// Two files of 1000 runs each (2000 in all), so that Vitest plays them side by side on two cores.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);

describe('random playthroughs with saves, loads and rewinds (b)', () => {
  it(`match the same paths played straight through (${RUNS} runs, all roles, seed 1825)`, () => {
    fuzz(1825, RUNS);
  }, 900_000);
});

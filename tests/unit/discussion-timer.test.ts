import { describe, expect, it } from 'vitest';
import {
  formatRemaining,
  isRunning,
  newTimer,
  pauseTimer,
  remainingMs,
  resetTimer,
  startTimer,
} from '../../src/core/discussion-timer.ts';

describe('the discussion timer', () => {
  it('counts down only while running, and keeps its place through a pause', () => {
    let timer = newTimer(2);
    expect(remainingMs(timer, 5_000)).toBe(120_000);
    timer = startTimer(timer, 10_000);
    expect(remainingMs(timer, 40_000)).toBe(90_000);
    timer = pauseTimer(timer, 40_000);
    expect(isRunning(timer)).toBe(false);
    expect(remainingMs(timer, 500_000)).toBe(90_000);
    timer = startTimer(timer, 500_000);
    expect(remainingMs(timer, 530_000)).toBe(60_000);
  });

  it('stops at zero and will not start again until reset', () => {
    let timer = startTimer(newTimer(1), 0);
    expect(remainingMs(timer, 90_000)).toBe(0);
    timer = pauseTimer(timer, 90_000);
    expect(startTimer(timer, 91_000)).toBe(timer);
    timer = resetTimer(timer);
    expect(remainingMs(timer, 91_000)).toBe(60_000);
    expect(isRunning(timer)).toBe(false);
  });

  it('shows minutes and seconds, rounding up until time is really up', () => {
    expect(formatRemaining(120_000)).toBe('2:00');
    expect(formatRemaining(65_001)).toBe('1:06');
    expect(formatRemaining(999)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
  });
});

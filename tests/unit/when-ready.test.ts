import { describe, expect, it } from 'vitest';
import { createWhenReady } from '../../src/app/when-ready.ts';

describe('createWhenReady', () => {
  it('keeps a click made before the part arrives and carries it out once it does', () => {
    const done: string[] = [];
    const ready = createWhenReady<string>();
    ready.run((part) => done.push(`lenin with ${part}`));
    expect(done).toEqual([]);
    expect(ready.waiting()).toBe(true);
    ready.resolve('play');
    expect(done).toEqual(['lenin with play']);
    expect(ready.waiting()).toBe(false);
  });

  it('starts one game for two quick clicks, and keeps only the latest request', () => {
    const done: string[] = [];
    const ready = createWhenReady<string>();
    ready.run(() => done.push('lenin'));
    ready.run(() => done.push('lenin'));
    ready.run(() => done.push('settings'));
    ready.resolve('play');
    ready.resolve('play again');
    expect(done).toEqual(['settings']);
  });

  it('runs at once when the part is already there', () => {
    const done: string[] = [];
    const ready = createWhenReady<number>();
    ready.resolve(7);
    ready.run((part) => done.push(`got ${String(part)}`));
    expect(done).toEqual(['got 7']);
    expect(ready.waiting()).toBe(false);
  });

  it('says when a request starts and stops waiting', () => {
    const changes: boolean[] = [];
    const ready = createWhenReady<string>((waiting) => changes.push(waiting));
    ready.run(() => undefined);
    ready.run(() => undefined);
    ready.resolve('play');
    expect(changes).toEqual([true, false]);
  });
});

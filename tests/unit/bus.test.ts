import { describe, expect, it } from 'vitest';
import { createBus } from '../../src/app/bus.ts';

describe('bus', () => {
  it('delivers typed events and unsubscribes', () => {
    const bus = createBus<{ ping: { n: number } }>();
    const seen: number[] = [];
    const off = bus.on('ping', ({ n }) => seen.push(n));
    bus.emit('ping', { n: 1 });
    off();
    bus.emit('ping', { n: 2 });
    expect(seen).toEqual([1]);
  });

  it('keeps delivering when one handler throws', () => {
    const errors: unknown[] = [];
    const bus = createBus<{ ping: null }>((error) => errors.push(error));
    let reached = false;
    bus.on('ping', () => {
      throw new Error('broken presenter');
    });
    bus.on('ping', () => {
      reached = true;
    });
    bus.emit('ping', null);
    expect(reached).toBe(true);
    expect(errors).toHaveLength(1);
  });
});

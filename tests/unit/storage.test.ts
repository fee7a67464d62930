import { describe, expect, it } from 'vitest';
import { createLocalStore, createMemoryStore } from '../../src/platform/storage.ts';

class FakeStorage implements Storage {
  private readonly values = new Map<string, string>();
  constructor(private readonly failWith?: () => Error) {}
  get length(): number {
    return this.values.size;
  }
  clear(): void {
    this.values.clear();
  }
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.values.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWith && key !== 'petrograd1917.probe') throw this.failWith();
    this.values.set(key, value);
  }
}

describe('storage', () => {
  it('stores and reads values', () => {
    const store = createLocalStore(() => new FakeStorage());
    expect(store.available).toBe(true);
    expect(store.set('k', 'v')).toEqual({ ok: true });
    expect(store.get('k')).toBe('v');
  });

  it('falls back when the browser refuses storage altogether', () => {
    const store = createLocalStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.available).toBe(false);
    expect(store.set('k', 'v')).toEqual({ ok: false, reason: 'unavailable' });
    expect(store.get('k')).toBeNull();
  });

  it('reports a full store instead of throwing', () => {
    const store = createLocalStore(() => new FakeStorage(() => new DOMException('full', 'QuotaExceededError')));
    expect(store.set('k', 'v')).toEqual({ ok: false, reason: 'full' });
  });

  it('keeps values in memory when asked to', () => {
    const store = createMemoryStore();
    store.set('a', '1');
    store.remove('a');
    expect(store.get('a')).toBeNull();
  });
});

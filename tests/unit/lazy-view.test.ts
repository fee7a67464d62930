import { describe, expect, it, vi } from 'vitest';
import { lazyView } from '../../src/ui/lazy-view.ts';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazyView', () => {
  it('builds and mounts the view once, at the first action, then runs every action on it', async () => {
    const opened: string[] = [];
    const build = vi.fn(() => Promise.resolve({ element: 'dialog', open: (why: string) => opened.push(why) }));
    const mount = vi.fn();
    const run = lazyView(build, mount, () => undefined);
    expect(build).not.toHaveBeenCalled();
    run((view) => view.open('first'));
    run((view) => view.open('second'));
    await settle();
    run((view) => view.open('third'));
    await settle();
    expect(build).toHaveBeenCalledTimes(1);
    expect(mount).toHaveBeenCalledTimes(1);
    expect(mount).toHaveBeenCalledWith('dialog');
    expect(opened).toEqual(['first', 'second', 'third']);
  });

  it('says so when the module cannot arrive, mounts nothing, and tries again next time', async () => {
    let online = false;
    const build = vi.fn(() =>
      online ? Promise.resolve({ element: 'dialog', open: () => undefined }) : Promise.reject(new Error('offline')),
    );
    const mount = vi.fn();
    const failed = vi.fn();
    const run = lazyView(build, mount, failed);
    const action = vi.fn();
    run(action);
    await settle();
    expect(failed).toHaveBeenCalledTimes(1);
    expect(mount).not.toHaveBeenCalled();
    expect(action).not.toHaveBeenCalled();
    online = true;
    run(action);
    await settle();
    expect(build).toHaveBeenCalledTimes(2);
    expect(mount).toHaveBeenCalledTimes(1);
    expect(action).toHaveBeenCalledTimes(1);
  });
});

import { describe, expect, it } from 'vitest';
import { inNextTask, nextTask, type TaskHost } from '../../src/platform/next-task.ts';

describe('nextTask: work split into tasks of its own', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    let yielded = 0;
    const host: TaskHost = {
      scheduler: { yield: () => ((yielded += 1), Promise.resolve()) },
      setTimeout: () => {
        throw new Error('not the fallback');
      },
    };
    await nextTask(host);
    expect(yielded).toBe(1);
  });

  it('falls back to a MessageChannel message, then to setTimeout', async () => {
    const order: string[] = [];
    const channelled = nextTask({ MessageChannel, setTimeout: () => order.push('timeout') }).then(() =>
      order.push('channel'),
    );
    order.push('sync');
    await channelled;
    expect(order).toEqual(['sync', 'channel']);

    let delay = -1;
    await nextTask({
      setTimeout: (handler, ms) => {
        delay = ms;
        handler();
      },
    });
    expect(delay).toBe(0);
  });

  it('passes a value on in a promise chain', async () => {
    await expect(Promise.resolve(7).then(inNextTask)).resolves.toBe(7);
  });
});

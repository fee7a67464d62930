/**
 * A fresh task of the page's main thread. Work split by `await nextTask()` runs as separate tasks,
 * so that a click or a frame waiting behind it gets its turn in between: on a laptop without a GPU
 * one long task (building the story, booting the map) would otherwise hold the page for a moment.
 */

/** The Prioritized Task Scheduling API's `scheduler`, where the browser has it (Chromium 129 on). */
interface YieldingScheduler {
  yield(): Promise<void>;
}

export interface TaskHost {
  readonly scheduler?: YieldingScheduler;
  readonly MessageChannel?: typeof MessageChannel;
  setTimeout(handler: () => void, ms: number): unknown;
}

function hasYield(value: unknown): value is YieldingScheduler {
  return typeof value === 'object' && value !== null && typeof (value as { yield?: unknown }).yield === 'function';
}

/**
 * Resolves in a new task: `scheduler.yield()` where there is one (the continuation goes ahead of other
 * queued work, after any input), else a MessageChannel message, which unlike setTimeout is never
 * clamped to 4 ms or more.
 */
export function nextTask(host: TaskHost = globalThis): Promise<void> {
  const scheduler: unknown = host.scheduler;
  if (hasYield(scheduler)) return scheduler.yield();
  const Channel = host.MessageChannel;
  if (Channel) {
    return new Promise((resolve) => {
      const channel = new Channel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => {
    host.setTimeout(resolve, 0);
  });
}

/** `value`, passed on in a new task: for a promise chain, `.then(inNextTask)`. */
export function inNextTask<T>(value: T): Promise<T> {
  return nextTask().then(() => value);
}

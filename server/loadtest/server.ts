/**
 * The room server the load test measures, in its own process so its memory is its own. Loopback only; the
 * per-address join limit is lifted (every simulated phone comes from 127.0.0.1). Talks to its parent over IPC:
 * it sends `{ port }` when listening, answers 'memory' with its heap and RSS (after a GC), and stops on 'stop'.
 */
import { startRoomServer } from '../room-server.ts';

export interface ServerReport {
  /** Colyseus sends its own IPC messages (for process managers): ours carry this mark. */
  readonly crowdLoadtest: true;
  readonly port?: number;
  readonly memory?: { readonly heapUsed: number; readonly rss: number };
}

const running = await startRoomServer({
  host: '127.0.0.1',
  port: 0,
  joinLimit: { perMinute: 1_000_000, failures: 1_000_000 },
  room: { maxPhones: 300 },
});
const reply = (report: Omit<ServerReport, 'crowdLoadtest'>): void =>
  void process.send?.({ crowdLoadtest: true, ...report });
reply({ port: running.port });

process.on('message', (message) => {
  if (message === 'memory') {
    globalThis.gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    reply({ memory: { heapUsed, rss } });
  } else if (message === 'stop') {
    void running.close().then(() => process.exit(0));
  }
});

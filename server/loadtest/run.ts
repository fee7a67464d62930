/**
 * `npm run loadtest [-- --write]`: the room server under a classroom's load and more, on loopback only and
 * bounded in time. The server runs in its own process (its memory is measured there); the projectors and
 * phones are SDK clients in this one. Prints a table; `--write` also puts it in docs/performance.md.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { runScenario, type ScenarioResult } from './scenario.ts';
import type { ServerReport } from './server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LIMIT_MS = 4 * 60_000;
const P95_BUDGET_MS = 150;

const deadline = setTimeout(() => {
  console.error(`The load test passed its ${LIMIT_MS / 60_000} minutes: stopped.`);
  process.exit(2);
}, LIMIT_MS);

function startServer(): Promise<{ child: ChildProcess; port: number; ask: () => Promise<ServerReport['memory']> }> {
  const child = fork(resolve(import.meta.dirname, 'server.ts'), [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // Only our own reports: tsx's loader speaks on the same channel.
  const isReport = (message: unknown): message is ServerReport =>
    typeof message === 'object' && message !== null && 'crowdLoadtest' in message;
  const next = (): Promise<ServerReport> =>
    new Promise((done) => {
      const listener = (message: unknown): void => {
        if (!isReport(message)) return;
        child.off('message', listener);
        done(message);
      };
      child.on('message', listener);
    });
  const ask = async (): Promise<ServerReport['memory']> => {
    const reply = next();
    child.send('memory');
    return (await reply).memory;
  };
  return next().then((report) => ({ child, port: report.port ?? 0, ask }));
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const ms = (value: number): string => value.toFixed(1);
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 0);

interface Row extends ScenarioResult {
  readonly heapPerRoom: number;
  readonly rss: number;
}

async function measure(
  server: Awaited<ReturnType<typeof startServer>>,
  name: string,
  rooms: number,
  phones: number,
  spreadMs: number,
): Promise<Row> {
  const before = await server.ask();
  let after = before;
  const result = await runScenario(name, server.port, rooms, phones, spreadMs, async () => {
    after = await server.ask();
  });
  const per = (key: 'heapUsed' | 'rss'): number => ((after?.[key] ?? 0) - (before?.[key] ?? 0)) / rooms;
  return { ...result, heapPerRoom: per('heapUsed'), rss: after?.rss ?? 0 };
}

/** A Markdown table padded as Prettier pads it, so the written file stays formatted. */
function markdownTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

function table(rows: readonly Row[]): string {
  const header = [
    'scenario',
    'rooms × phones',
    'votes sent',
    'p50 (ms)',
    'p95 (ms)',
    'max (ms)',
    'votes lost',
    'server heap per room (MB)',
    'server RSS, rooms full (MB)',
  ];
  return markdownTable(
    header,
    rows.map((row) => [
      row.name,
      `${row.rooms} × ${row.phones / row.rooms}`,
      String(row.votes),
      ms(percentile(row.latencies, 50)),
      `${ms(percentile(row.latencies, 95))} ${percentile(row.latencies, 95) <= P95_BUDGET_MS ? '✓' : '✗'}`,
      ms(Math.max(...row.latencies)),
      `${row.lost} ${row.lost === 0 ? '✓' : '✗'}`,
      mb(row.heapPerRoom),
      mb(row.rss),
    ]),
  );
}

function write(text: string): void {
  const path = resolve(ROOT, 'docs/performance.md');
  const start = '<!-- crowd-loadtest:start -->';
  const end = '<!-- crowd-loadtest:end -->';
  const doc = readFileSync(path, 'utf8');
  const block = `${start}\n\n${text}\n\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  writeFileSync(
    path,
    from >= 0 && to > from ? doc.slice(0, from) + block + doc.slice(to + end.length) : `${doc}\n${block}\n`,
  );
}

const server = await startServer();
try {
  const rows = [
    await measure(server, '50 clubs at once', 50, 40, 10_000),
    await measure(server, 'one room, full', 1, 300, 3_000),
  ];
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const text = `Measured ${when} UTC on this 2-core machine (shared; load average ${loadavg()[0]?.toFixed(1)} at the start), loopback; each phone votes once at a random moment within the spread (10 s; 3 s for the full room), then changes its vote once.\n\n${table(rows)}`;
  console.log(text);
  if (process.argv.includes('--write')) write(text);
  const failed = rows.some((row) => row.lost > 0 || percentile(row.latencies, 95) > P95_BUDGET_MS);
  process.exitCode = failed ? 1 : 0;
} finally {
  server.child.send('stop');
  clearTimeout(deadline);
}

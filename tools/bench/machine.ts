/** What the benchmark ran on, and how busy the machine and Chromium were (Linux /proc). */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';

export interface Machine {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memory: string;
  readonly node: string;
  readonly os: string;
  readonly load: string;
}

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

const command = (file: string, args: readonly string[]): string => {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

/** The commit measured, and whether the working tree differs from it (the build takes the tree as it is). */
export function describeCheckout(): string {
  const commit = command('git', ['log', '-1', '--format=%h %s']);
  if (!commit) return 'the working tree (not a git checkout)';
  const changed = command('git', ['status', '--porcelain', '--untracked-files=no']).split('\n').filter(Boolean);
  return `commit ${commit}${changed.length ? ` plus uncommitted changes to ${changed.length} tracked files` : ''}`;
}

export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
}

export function describeMachine(): Machine {
  const model = /model name\s*:\s*(.+)/.exec(read('/proc/cpuinfo'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const release = /PRETTY_NAME="([^"]+)"/.exec(read('/etc/os-release'))?.[1] ?? process.platform;
  const gib = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  return {
    cpuModel: model.trim(),
    cores: Number(command('nproc', [])) || cpus().length,
    memory: `${gib(totalmem())} total, ${gib(freemem())} free at start`,
    node: process.version,
    os: release,
    load: loadAverage(),
  };
}

const TICKS_PER_SECOND = Number(command('getconf', ['CLK_TCK'])) || 100;

/** Busy and total CPU time of the whole machine, in seconds (all cores). */
export function machineTimes(): { busy: number; total: number } {
  const fields = (read('/proc/stat').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}

interface ProcessInfo {
  readonly parent: number;
  readonly cpuSeconds: number;
}

function processes(): Map<number, ProcessInfo> {
  const table = new Map<number, ProcessInfo>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return table;
  }
  for (const name of entries) {
    const stat = read(`/proc/${name}/stat`);
    // the command name is in parentheses and may itself hold spaces: split after its closing one
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length < 13) continue;
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    table.set(Number(name), { parent: Number(fields[1]), cpuSeconds });
  }
  return table;
}

/** CPU seconds used so far by every descendant of `root`, leaving out the subtrees of `skip`. */
export function descendantsCpu(root: number, skip: readonly number[]): number {
  const table = processes();
  const children = new Map<number, number[]>();
  for (const [pid, info] of table) children.set(info.parent, [...(children.get(info.parent) ?? []), pid]);
  let total = 0;
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.pop();
    if (pid === undefined || skip.includes(pid)) continue;
    total += table.get(pid)?.cpuSeconds ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { createServer } from 'node:net';
import type { Room as SdkRoom } from '@colyseus/sdk';
import type { ServerToPhone, ServerToProjector } from '../../src/crowd/protocol.ts';

/** A free loopback port (tests never share one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export const newSeatKey = (): string => randomBytes(24).toString('base64url');

type Inbox = ServerToProjector & ServerToPhone;

/** Keeps every message a test client received, so a test can wait for the next one of a type (or the first one that matches). */
export function recorder(room: SdkRoom) {
  const seen: { type: string; message: unknown }[] = [];
  const waiters: { type: string; test: (message: unknown) => boolean; resolve: (message: unknown) => void }[] = [];
  room.onMessage('*', (type: string | number, message: unknown) => {
    seen.push({ type: String(type), message });
    for (const waiter of [...waiters]) {
      if (waiter.type === String(type) && waiter.test(message)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  });
  return {
    seen,
    all<K extends keyof Inbox>(type: K): Inbox[K][] {
      return seen.filter((entry) => entry.type === type).map((entry) => entry.message as Inbox[K]);
    },
    last<K extends keyof Inbox>(type: K): Inbox[K] | undefined {
      return this.all(type).at(-1);
    },
    /** The latest message of `type` if it passes `test`, else the next one that does. */
    until<K extends keyof Inbox>(type: K, test: (message: Inbox[K]) => boolean, ms = 3000): Promise<Inbox[K]> {
      const latest = this.last(type);
      return latest !== undefined && test(latest) ? Promise.resolve(latest) : this.next(type, test, ms);
    },
    /** The first message of `type` from now on that passes `test`. */
    next<K extends keyof Inbox>(
      type: K,
      test: (message: Inbox[K]) => boolean = () => true,
      ms = 3000,
    ): Promise<Inbox[K]> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${type} message in ${ms} ms`)), ms);
        waiters.push({
          type,
          test: (message) => test(message as Inbox[K]),
          resolve: (message) => {
            clearTimeout(timer);
            resolve(message as Inbox[K]);
          },
        });
      });
    },
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const ROOT = resolve(import.meta.dirname, '../..');

/** The room server alone (`server/rooms.ts`) in a process of its own on a loopback port; resolves once it listens. */
export async function startRoomProcess(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(resolve(ROOT, 'node_modules/.bin/tsx'), ['server/rooms.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`room process on ${port} did not start`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) {
        clearTimeout(timer);
        ready();
      }
    });
    child.once('exit', (code) => fail(new Error(`room process on ${port} exited (${code})`)));
  });
  return child;
}

/** Stops a process the test started, and waits until it is gone. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await gone;
  clearTimeout(timer);
}

import { Client, type Room } from '@colyseus/sdk';
import { CROWD_PATH, CROWD_ROOM, type ServerToProjector } from '../../src/crowd/protocol.ts';
import { randomBytes } from 'node:crypto';

export interface ScenarioResult {
  readonly name: string;
  readonly rooms: number;
  readonly phones: number;
  readonly votes: number;
  /** ms from a phone's vote to the projector's tally showing it. */
  readonly latencies: readonly number[];
  readonly lost: number;
}

interface Club {
  readonly projector: Room;
  readonly code: string;
  readonly phones: { room: Room; seat: string }[];
  /** seat → when its latest vote was sent and with which option. */
  readonly pending: Map<string, { sent: number; option: number }>;
  readonly final: Map<string, number>;
  readonly counts: readonly number[];
}

const OPTIONS = ['Rise now', 'Wait for the Congress', 'Negotiate'];
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `task` over `items`, `width` at a time (joins are paced like a classroom arriving, not all at once). */
async function inBatches<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(task));
}

async function openClub(client: Client, latencies: number[]): Promise<Club> {
  const projector = await client.create(CROWD_ROOM, { role: 'projector' });
  const pending = new Map<string, { sent: number; option: number }>();
  let counts: readonly number[] = [];
  // registered before anything else: the first tally follows the facilitator message at once
  projector.onMessage('tally', (tally: ServerToProjector['tally']) => {
    const now = performance.now();
    counts = tally.counts;
    for (const ballot of tally.ballots) {
      const sent = pending.get(ballot.seat);
      if (sent && sent.option === ballot.option) {
        latencies.push(now - sent.sent);
        pending.delete(ballot.seat);
      }
    }
  });
  const code = await new Promise<string>((resolve) =>
    projector.onMessage('facilitator', (message: ServerToProjector['facilitator']) => resolve(message.code)),
  );
  const club: Club = {
    projector,
    code,
    phones: [],
    pending,
    final: new Map(),
    get counts() {
      return counts;
    },
  };
  projector.send('open', { voteId: 'load', passage: 'A decision.', options: OPTIONS });
  return club;
}

async function joinPhone(client: Client, club: Club): Promise<void> {
  const room = await client.joinById(club.code, { role: 'phone', seatKey: randomBytes(24).toString('base64url') });
  const seat = await new Promise<string>((resolve) => room.onMessage('seat', (m: { seat: string }) => resolve(m.seat)));
  room.onMessage('accepted', () => undefined);
  room.onMessage('refused', () => undefined);
  club.phones.push({ room, seat });
}

/** Every phone votes once at a random moment within `spreadMs`, then changes its vote once the same way. */
async function voteTwice(clubs: readonly Club[], spreadMs: number): Promise<number> {
  let sent = 0;
  for (const round of [0, 1]) {
    const casts = clubs.flatMap((club) =>
      club.phones.map(
        (phone, i) =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              const option = (i + round) % OPTIONS.length;
              club.pending.set(phone.seat, { sent: performance.now(), option });
              club.final.set(phone.seat, option);
              phone.room.send('vote', { voteId: 'load', option, reason: round ? 'changed my mind' : '' });
              sent += 1;
              resolve();
            }, Math.random() * spreadMs),
          ),
      ),
    );
    await Promise.all(casts);
    await sleep(1500);
  }
  return sent;
}

/** Votes whose final count the projector never saw: per room, |expected − counted| summed over the options. */
function lostVotes(club: Club): number {
  const expected = OPTIONS.map((_, option) => [...club.final.values()].filter((chosen) => chosen === option).length);
  return expected.reduce((lost, count, option) => lost + Math.abs(count - (club.counts[option] ?? 0)), 0);
}

export async function runScenario(
  name: string,
  port: number,
  rooms: number,
  phonesPerRoom: number,
  spreadMs: number,
  afterJoin: () => Promise<void> = () => Promise.resolve(),
): Promise<ScenarioResult> {
  const client = new Client(`http://127.0.0.1:${port}${CROWD_PATH}`);
  const latencies: number[] = [];
  const clubs: Club[] = [];
  for (let i = 0; i < rooms; i += 1) clubs.push(await openClub(client, latencies));
  const seats = clubs.flatMap((club) => Array.from({ length: phonesPerRoom }, () => club));
  await inBatches(seats, 25, (club) => joinPhone(client, club));
  await afterJoin();
  const votes = await voteTwice(clubs, spreadMs);
  await sleep(1000);
  const lost = clubs.reduce((sum, club) => sum + lostVotes(club) + club.pending.size, 0);
  await inBatches(clubs, 10, async (club) => {
    await Promise.all(club.phones.map((phone) => phone.room.leave(true)));
    await club.projector.leave(true);
  });
  return { name, rooms, phones: rooms * phonesPerRoom, votes, latencies, lost };
}

import type { StoryTime } from '../clock.ts';
import type { Historicity } from '../events.ts';
import type { Decision } from '../session.ts';
import { compareTimes, type BranchNote, type RealEvent } from './content.ts';

/** A line of the debrief's two-column timeline: what really happened, or what the player did. */
export type TimelineRow =
  | { readonly kind: 'real'; readonly time: StoryTime; readonly event: RealEvent; readonly duringRun: boolean }
  | {
      readonly kind: 'yours';
      readonly time: StoryTime | null;
      readonly choiceNumber: number;
      readonly decision: Decision;
      /** null for a choice of manner (no tag): it changed nothing the record knows of. */
      readonly historicity: Historicity | null;
      readonly note: BranchNote | null;
    };

/**
 * The real October with this run's decisions set in at their story times. A decision with no time
 * (a story without clock tags) follows the one before it; real events between the run's first and last
 * clock readings are marked as happening during the run.
 */
export function mergeTimeline(
  events: readonly RealEvent[],
  decisions: readonly Decision[],
  notes: ReadonlyMap<string, BranchNote>,
): TimelineRow[] {
  const yours = decisions.map((decision, choiceNumber) => ({
    kind: 'yours' as const,
    time: decision.time,
    choiceNumber,
    decision,
    historicity: decision.historicity,
    note: decision.branch ? (notes.get(decision.branch) ?? null) : null,
  }));
  const timed = decisions.map((d) => d.time).filter((time): time is StoryTime => time !== null);
  const first = timed[0] ?? null;
  const last = timed.reduce<StoryTime | null>(
    (latest, time) => (!latest || compareTimes(time, latest) > 0 ? time : latest),
    null,
  );
  const real = events.map((event) => ({
    kind: 'real' as const,
    time: event.time,
    event,
    duringRun:
      first !== null && last !== null && compareTimes(event.time, first) >= 0 && compareTimes(event.time, last) <= 0,
  }));

  const rows: TimelineRow[] = [];
  let nextReal = 0;
  let lastTime: StoryTime | null = null;
  for (const row of yours) {
    const at: StoryTime | null = row.time ?? lastTime;
    // a real event at the very minute of a decision comes first: the player answers what is happening
    for (let next = real[nextReal]; at && next && compareTimes(next.time, at) <= 0; next = real[nextReal]) {
      rows.push(next);
      nextReal += 1;
    }
    rows.push(row);
    lastTime = at;
  }
  rows.push(...real.slice(nextReal));
  return rows;
}

import type { StoryTime } from '../clock.ts';
import type { Historicity } from '../events.ts';
import type { Decision, Telling } from '../session.ts';
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
    }
  /** What became of a codex entry in this telling, set in where the run said it. */
  | { readonly kind: 'telling'; readonly time: StoryTime | null; readonly title: string; readonly text: string };

/**
 * The real October with this run's decisions set in at their story times. A decision with no time
 * (a story without clock tags) follows the one before it; real events between the run's first and last
 * clock readings are marked as happening during the run. The run's tellings stand among its decisions
 * where the run said them (`titleOf` names their codex entries).
 */
export function mergeTimeline(
  events: readonly RealEvent[],
  decisions: readonly Decision[],
  notes: ReadonlyMap<string, BranchNote>,
  tellings: readonly Telling[] = [],
  titleOf: (id: string) => string = (id) => id,
): TimelineRow[] {
  const toldRow = (telling: Telling): TimelineRow => ({
    kind: 'telling',
    time: telling.time,
    title: titleOf(telling.id),
    text: telling.text,
  });
  const yours: TimelineRow[] = [];
  let nextTelling = 0;
  decisions.forEach((decision, choiceNumber) => {
    // what the run said before this choice was taken comes before it
    for (let told = tellings[nextTelling]; told && told.afterChoices <= choiceNumber; told = tellings[nextTelling]) {
      yours.push(toldRow(told));
      nextTelling += 1;
    }
    yours.push({
      kind: 'yours',
      time: decision.time,
      choiceNumber,
      decision,
      historicity: decision.historicity,
      note: decision.branch ? (notes.get(decision.branch) ?? null) : null,
    });
  });
  yours.push(...tellings.slice(nextTelling).map(toldRow));
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

import * as z from 'zod/mini';
import { parseStoryTime, type StoryTime } from '../clock.ts';
import { PLACES, type PlaceId } from '../places.ts';

/** How far to trust an event's clock: to the minute, about (witnesses differ), or only the day. */
export const PRECISIONS = ['exact', 'about', 'day'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** One thing that really happened, from story/debrief/timeline.json. */
export interface RealEvent {
  /** Old Style, as in the story's `# time:` tags. */
  readonly time: StoryTime;
  readonly precision: Precision;
  readonly place: PlaceId | null;
  /** The history bible's grade for the fact: A attested, B one good source, C disputed. */
  readonly grade: 'A' | 'B' | 'C';
  readonly text: string;
}

/** What historians argue about one of the bible's counterfactuals (story/debrief/branches.json). */
export interface BranchNote {
  readonly id: string;
  readonly title: string;
  readonly happened: string;
  readonly historians: string;
}

/** What the grade letters after each real event mean, in words a player reads on screen and in print. */
export const GRADE_LEGEND =
  'The letter after each real event says how sure the record is: [A] attested by several independent sources, [B] resting on one good source, [C] disputed, where witnesses or historians disagree.';

export const BRANCH_ID = /^[LKJ][0-9]{1,2}$/;

const placeId = z.enum(Object.keys(PLACES) as [PlaceId, ...PlaceId[]]);
const text = z.string().check(z.minLength(1), z.maxLength(2000));
const timelineFile = z.object({
  events: z.array(
    z.object({
      time: z.string(),
      precision: z.enum(PRECISIONS),
      place: z.optional(placeId),
      grade: z.enum(['A', 'B', 'C']),
      text,
    }),
  ),
});
const branchesFile = z.object({
  branches: z.record(z.string().check(z.regex(BRANCH_ID)), z.object({ title: text, happened: text, historians: text })),
});

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: string[] };

function problemsOf(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
}

/** Reads the timeline file; events come back in time order, or every problem is named. */
export function parseTimeline(json: unknown): Parsed<readonly RealEvent[]> {
  const read = z.safeParse(timelineFile, json);
  if (!read.success) return { ok: false, problems: problemsOf(read.error) };
  const problems: string[] = [];
  const events: RealEvent[] = [];
  read.data.events.forEach((event, index) => {
    const time = parseStoryTime(event.time);
    if (!time) problems.push(`events.${index}.time: "${event.time}" is not YYYY-MM-DD HH:MM`);
    else
      events.push({
        time,
        precision: event.precision,
        place: event.place ?? null,
        grade: event.grade,
        text: event.text,
      });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: events.sort((a, b) => compareTimes(a.time, b.time)) };
}

export function parseBranchNotes(json: unknown): Parsed<ReadonlyMap<string, BranchNote>> {
  const read = z.safeParse(branchesFile, json);
  if (!read.success) return { ok: false, problems: problemsOf(read.error) };
  return {
    ok: true,
    value: new Map(Object.entries(read.data.branches).map(([id, note]) => [id, { id, ...note }])),
  };
}

export function compareTimes(a: StoryTime, b: StoryTime): number {
  return a.year - b.year || a.month - b.month || a.day - b.day || a.hour - b.hour || a.minute - b.minute;
}

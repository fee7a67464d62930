import branchesJson from '../../story/debrief/branches.json';
import timelineJson from '../../story/debrief/timeline.json';
import { parseBranchNotes, parseTimeline, type BranchNote, type RealEvent } from '../core/debrief/content.ts';

export interface HistoryContent {
  readonly events: readonly RealEvent[];
  readonly notes: ReadonlyMap<string, BranchNote>;
}

/**
 * The real timeline and the historians' notes, read from the content files next to the story. The
 * unit tests prove both files valid; were one broken, the debrief goes on without it and says why.
 */
export function loadHistoryContent(onProblem: (message: string) => void): HistoryContent {
  const events = parseTimeline(timelineJson);
  const notes = parseBranchNotes(branchesJson);
  if (!events.ok) onProblem(`story/debrief/timeline.json: ${events.problems.join('; ')}`);
  if (!notes.ok) onProblem(`story/debrief/branches.json: ${notes.problems.join('; ')}`);
  return { events: events.ok ? events.value : [], notes: notes.ok ? notes.value : new Map() };
}

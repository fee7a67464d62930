import type { CodexEntry } from '../codex-entry.ts';
import type { Role } from '../roles.ts';
import type { BeganAt, Session } from '../session.ts';
import type { BranchNote, RealEvent } from './content.ts';
import { ledgerOf, type Ledger } from './ledger.ts';
import { peopleMet, type PersonMet } from './people.ts';
import { discussionQuestions, type Question } from './questions.ts';
import { mergeTimeline, type TimelineRow } from './timeline.ts';

/** Everything the debrief shows, as plain data: the screen, the print-out and the club report all read it. */
export interface Debrief {
  readonly role: Role;
  /** The ending's id, or null if the run has not ended (a debrief asked for mid-run). */
  readonly ending: string | null;
  /** The last passage the run showed: the ending's own words. */
  readonly closingText: string | null;
  readonly ledger: Ledger;
  /** The counterfactuals the run opened, by their titles: players read titles, never the branch table's codes. */
  readonly counterfactuals: readonly string[];
  readonly timeline: readonly TimelineRow[];
  readonly people: readonly PersonMet[];
  readonly questions: readonly Question[];
  /** Where a run begun at a named decision began; null for a run played from the role's beginning. */
  readonly began?: BeganAt | null;
}

export interface DebriefContent {
  readonly events: readonly RealEvent[];
  readonly notes: ReadonlyMap<string, BranchNote>;
  /** The codex (its people carry their real fates). */
  readonly codex: readonly CodexEntry[];
}

export function buildDebrief(session: Session, content: DebriefContent): Debrief {
  const ledger = ledgerOf(session.decisions);
  const titles = new Map(content.codex.map((entry) => [entry.id, entry.title]));
  const closing = [...session.transcript].reverse().find((entry) => entry.kind === 'paragraph');
  return {
    role: session.role,
    ending: session.ending,
    closingText: closing?.text ?? null,
    ledger,
    counterfactuals: ledger.branches.flatMap((id) => {
      const note = content.notes.get(id);
      return note ? [note.title] : [];
    }),
    timeline: mergeTimeline(
      content.events,
      session.decisions,
      content.notes,
      session.tellings,
      (id) => titles.get(id) ?? id,
    ),
    people: peopleMet(session.transcript, content.codex, session.tellings),
    questions: discussionQuestions({
      role: session.role,
      decisions: session.decisions,
      ledger,
      endedAt: session.scene.time,
      notes: content.notes,
      events: content.events,
      historyChose: session.beganAt?.choices ?? 0,
    }),
    began: session.beganAt ?? null,
  };
}

import type { Historicity } from '../events.ts';
import type { Decision } from '../session.ts';

/**
 * How far a run has left real history. Each decision the story tags scores its distance from the
 * record: historical 0, plausible 1 (different from history, but the record allows it), speculative 2
 * (a step the record makes unlikely). Choices of manner carry no tag and score nothing.
 */
export const DISTANCE: Readonly<Record<Historicity, number>> = { historical: 0, plausible: 1, speculative: 2 };

/** The ledger's verdict, by the furthest single step taken (not the sum: one wild step outweighs many mild ones). */
export type Standing = 'on-record' | 'plausible' | 'speculative';

export interface Divergence {
  /** Position of the decision in the run (0 = the first choice). */
  readonly choiceNumber: number;
  readonly decision: Decision;
  readonly historicity: Exclude<Historicity, 'historical'>;
}

export interface Ledger {
  /** Decisions that carried a historicity tag (the ones that could have kept to history or not). */
  readonly weighed: number;
  readonly counts: Readonly<Record<Historicity, number>>;
  /** The sum of the distances of every weighed decision. */
  readonly distance: number;
  /** The largest distance this many weighed decisions could have reached (each speculative). */
  readonly maxDistance: number;
  readonly standing: Standing;
  readonly firstDivergence: Divergence | null;
  readonly divergences: readonly Divergence[];
  /** The history bible's counterfactuals this run opened (L2, K4, J1…), in the order first opened. */
  readonly branches: readonly string[];
}

export function ledgerOf(decisions: readonly Decision[]): Ledger {
  const counts: Record<Historicity, number> = { historical: 0, plausible: 0, speculative: 0 };
  const divergences: Divergence[] = [];
  const branches: string[] = [];
  decisions.forEach((decision, choiceNumber) => {
    const { historicity } = decision;
    if (!historicity) return;
    counts[historicity] += 1;
    if (historicity !== 'historical') divergences.push({ choiceNumber, decision, historicity });
    if (decision.branch && !branches.includes(decision.branch)) branches.push(decision.branch);
  });
  const weighed = counts.historical + counts.plausible + counts.speculative;
  const distance = counts.plausible * DISTANCE.plausible + counts.speculative * DISTANCE.speculative;
  const standing: Standing = counts.speculative > 0 ? 'speculative' : counts.plausible > 0 ? 'plausible' : 'on-record';
  return {
    weighed,
    counts,
    distance,
    maxDistance: weighed * DISTANCE.speculative,
    standing,
    firstDivergence: divergences[0] ?? null,
    divergences,
    branches,
  };
}

const STANDING_TEXT: Readonly<Record<Standing, string>> = {
  'on-record': 'On the record: every choice that mattered went as it really did.',
  plausible: 'Off the record, within reason: you took roads history left open but did not take.',
  speculative: 'Into speculation: at least one step the record makes unlikely.',
};

export function describeStanding(standing: Standing): string {
  return STANDING_TEXT[standing];
}

/** "3 of 8": the distance as words a player reads at a glance. */
export function describeDistance(ledger: Ledger): string {
  if (ledger.weighed === 0) return 'No choice so far has touched the record.';
  const { historical, plausible, speculative } = ledger.counts;
  return `Distance from history ${ledger.distance} of a possible ${ledger.maxDistance}: ${historical} historical, ${plausible} plausible, ${speculative} speculative.`;
}

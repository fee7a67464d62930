import type { CrowdStateView, Phase } from './protocol.ts';

/** The room state as the SDK decodes it: collections are iterable, numbers may arrive unset. */
export interface DecodedState {
  readonly phase?: string;
  readonly voteId?: string;
  readonly passage?: string;
  readonly options?: Iterable<string>;
  readonly joined?: number;
  readonly projector?: boolean;
  readonly decided?: number;
}

const phaseOf = (phase: string | undefined): Phase => (phase === 'open' || phase === 'closed' ? phase : 'waiting');

/** The decoded room state as plain, frozen data, so the page never holds the SDK's live objects. */
export function stateView(state: DecodedState): CrowdStateView {
  return Object.freeze({
    phase: phaseOf(state.phase),
    voteId: state.voteId ?? '',
    passage: state.passage ?? '',
    options: Object.freeze([...(state.options ?? [])]),
    joined: state.joined ?? 0,
    projector: state.projector ?? false,
    decided: Number.isInteger(state.decided) ? (state.decided ?? -1) : -1,
  });
}

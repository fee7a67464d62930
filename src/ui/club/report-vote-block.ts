import { whereAndWhen, type ReportVote } from '../../core/club-report.ts';
import { decisionLine, dissentLine, historicityLabel, takenIn, voteTitle } from '../../core/club-wording.ts';
import { dataTable, el } from '../dom.ts';

/**
 * One vote on the report page: where it was taken (or, set aside, in which sitting), the tally,
 * who decided, the reason and the dissent. `id` names it for its heading; `level` fits its section.
 */
export function voteBlock(vote: ReportVote, id: string, level: 'h3' | 'h4'): HTMLElement {
  const rows = vote.options.map((option) =>
    el(
      'tr',
      { class: option.chosen ? 'taken' : undefined },
      el('td', {}, option.text, option.chosen ? el('strong', {}, ' (taken)') : null),
      el('td', { class: 'number' }, String(option.votes)),
      el('td', {}, historicityLabel(option.historicity)),
    ),
  );
  const where = vote.step ? whereAndWhen(vote.step) : takenIn(vote);
  return el(
    'section',
    { class: 'report-vote', 'aria-labelledby': id, 'data-decided-by': vote.decidedBy },
    el(level, { id }, voteTitle(vote)),
    where ? el('p', { class: 'report-where' }, where) : null,
    dataTable(`The tally: ${voteTitle(vote)}`, ['Option', 'Votes', 'History'], rows),
    el('p', { class: 'report-decision' }, decisionLine(vote)),
    el('p', {}, el('strong', {}, 'Reason: '), vote.reason ? `“${vote.reason}”` : 'none given.'),
    el('p', {}, el('strong', {}, 'Dissent: '), dissentLine(vote)),
    vote.voices.length > 0
      ? el(
          'div',
          { class: 'report-voices' },
          el('p', {}, el('strong', {}, 'Reasons from the room:')),
          el(
            'ul',
            {},
            ...vote.voices.map((voice) =>
              el('li', {}, `${voice.nickname || 'Someone'}, for “${voice.option}”: “${voice.reason}”`),
            ),
          ),
        )
      : null,
  );
}

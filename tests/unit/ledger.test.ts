import { describe, expect, it } from 'vitest';
import { DISTANCE, describeDistance, ledgerOf } from '../../src/core/debrief/ledger.ts';
import { at, decision } from './debrief-fixtures.ts';

describe('the divergence ledger', () => {
  it('scores historical 0, plausible 1, speculative 2, and ignores choices of manner', () => {
    const ledger = ledgerOf([
      decision('Look in the mirror', null, at(10, 20)),
      decision('Put the resolution', 'historical', at(11, 1)),
      decision('Fix a date', 'plausible', at(11, 2), 'L3'),
      decision('Expel them', 'speculative', at(11, 2), 'L6'),
      decision('Resign', 'speculative', at(11, 3), 'L3'),
    ]);
    expect(DISTANCE).toEqual({ historical: 0, plausible: 1, speculative: 2 });
    expect(ledger.weighed).toBe(4);
    expect(ledger.counts).toEqual({ historical: 1, plausible: 1, speculative: 2 });
    expect(ledger.distance).toBe(1 + 2 + 2);
    expect(ledger.maxDistance).toBe(8);
    expect(ledger.standing).toBe('speculative');
    expect(ledger.firstDivergence?.choiceNumber).toBe(2);
    expect(ledger.firstDivergence?.decision.text).toBe('Fix a date');
    expect(ledger.divergences.map((d) => d.choiceNumber)).toEqual([2, 3, 4]);
    // each counterfactual once, in the order the run opened it
    expect(ledger.branches).toEqual(['L3', 'L6']);
    expect(describeDistance(ledger)).toBe(
      'Distance from history 5 of a possible 8: 1 historical, 1 plausible, 2 speculative.',
    );
  });

  it('stands on the record when every weighed choice is historical, and plausible at worst one step off', () => {
    const onRecord = ledgerOf([decision('A', 'historical', null), decision('B', null, null)]);
    expect(onRecord).toMatchObject({ distance: 0, maxDistance: 2, standing: 'on-record', firstDivergence: null });
    const plausible = ledgerOf([decision('A', 'historical', null), decision('B', 'plausible', null)]);
    expect(plausible).toMatchObject({ distance: 1, standing: 'plausible' });
  });

  it('says so when nothing has touched the record yet', () => {
    const empty = ledgerOf([]);
    expect(empty).toMatchObject({ weighed: 0, distance: 0, maxDistance: 0, standing: 'on-record' });
    expect(describeDistance(empty)).toBe('No choice so far has touched the record.');
  });
});

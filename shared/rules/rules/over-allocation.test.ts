import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../evaluate';
import { condorLayer } from '../testing/layer-builder';
import { flatMarket, rulesInput } from '../testing/market-builder';
import type { ReduceSuggestion } from '../types';

const asOf = '2026-06-05';
// Wider wing 50, credit 4.00: max loss (50 − 4) × 100 = $4,600 per unit, ×2 = $9,200; margin $5,000 × 2 = $10,000.
const layer = condorLayer({ id: 1, openedOn: '2026-05-01', expiration: '2026-07-17', strikes: [5450, 5500, 6500, 6550], credit: 4, quantity: 2 });

function over(riskCapitalCents: number, settings = {}) {
  return evaluateRules(rulesInput(asOf, { layers: [layer], riskCapitalCents, settings }), flatMarket({ last: asOf })).prompts.filter((p) => p.rule === 'over-allocation');
}

describe('over-allocation: total max loss of open condor layers > risk capital', () => {
  it('does not fire at equality and fires one cent below', () => {
    expect(over(920_000)).toEqual([]);
    const [prompt] = over(919_999);
    expect(prompt?.suggestion as ReduceSuggestion).toEqual({ kind: 'reduce', riskBasis: 'max-loss', excessCents: 1, totalRiskCents: 920_000, riskCapitalCents: 919_999, layers: [{ layerId: 1, riskCents: 920_000 }] });
  });

  it('uses margin when riskBasis is margin (optionally net of premium)', () => {
    expect(over(999_999, { riskBasis: 'margin' })).toHaveLength(1);
    expect(over(1_000_000, { riskBasis: 'margin' })).toEqual([]);
    expect(over(920_000, { riskBasis: 'margin', marginCreditsPremium: true })).toEqual([]);
  });
});

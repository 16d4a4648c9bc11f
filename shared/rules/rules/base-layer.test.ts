import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../evaluate';
import { condorLayer, vixHedgeLayer } from '../testing/layer-builder';
import { flatMarket, rulesInput } from '../testing/market-builder';
import type { OpenCondorSuggestion } from '../types';

const asOf = '2026-06-05';
const market = flatMarket({ last: asOf });
const base = (layers = rulesInput(asOf).layers) => evaluateRules(rulesInput(asOf, { layers }), market).prompts.filter((p) => p.rule === 'base-layer');
const condor = condorLayer({ id: 1, openedOn: '2026-05-01', expiration: '2026-06-18', strikes: [5700, 5750, 6250, 6300], credit: 4 });

describe('base-layer', () => {
  it('fires with no open condor layer and proposes a ~45 DTE condor sized at 40%', () => {
    const [prompt] = base();
    expect(prompt?.key).toBe('base-layer:portfolio');
    const s = prompt?.suggestion as OpenCondorSuggestion;
    expect(s.kind).toBe('open-condor');
    expect(s.role).toBe('base');
    expect(s.expiration).toBe('2026-07-20');
    expect(s.slotPct).toBe(40);
    expect(s.quantity).toBe(Math.floor((0.4 * 10_000_000) / s.maxLossPerContractCents));
    expect(prompt?.explanation).toContain('~45 DTE iron condor sized at 40% of risk capital ($40,000.00)');
  });

  it('does not fire with an open condor layer', () => {
    expect(base([condor])).toEqual([]);
  });

  it('fires when the only layers are closed or hedges', () => {
    const closed = condorLayer({ id: 2, openedOn: '2026-04-01', expiration: '2026-05-15', strikes: [5700, 5750, 6250, 6300], credit: 4, close: { date: '2026-05-01', price: 1 } });
    const hedge = vixHedgeLayer({ id: 3, openedOn: '2026-05-01', expiration: '2026-06-17', strikes: [20, 30], debit: 1, quantity: 2 });
    expect(base([closed, hedge])).toHaveLength(1);
  });

  it('ignores a layer opened after asOf', () => {
    const later = condorLayer({ id: 4, openedOn: '2026-06-08', expiration: '2026-07-17', strikes: [5700, 5750, 6250, 6300], credit: 4 });
    expect(base([later])).toHaveLength(1);
  });

  it('still fires without market data, with no strikes and an unavailable note', () => {
    const empty = flatMarket({ last: '2026-01-02', bars: 1 });
    const result = evaluateRules(rulesInput('2025-12-01'), empty);
    const prompt = result.prompts.find((p) => p.rule === 'base-layer');
    expect(prompt?.suggestion).toBeNull();
    expect(result.unavailable).toContainEqual({ rule: 'base-layer', message: 'strikes for the base layer needs an SPX close and a VIX close on or before 2025-12-01' });
  });
});

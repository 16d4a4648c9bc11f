import { describe, expect, it } from 'vitest';
import { createPayoffModel } from '../../analytics';
import { positionLegs } from '../../dashboard/layer-position';
import { DEFAULT_SETTINGS, type PortfolioSettings } from '../../domain/settings';
import { evaluateRules } from '../evaluate';
import { hedgeValueCents } from '../hedge-value';
import { portfolioAsOf } from '../portfolio-view';
import { vixHedgeLayer } from '../testing/layer-builder';
import { flatMarket, rulesInput } from '../testing/market-builder';
import type { CloseOrAdjustSuggestion } from '../types';

// Tuesday 2026-06-16; the June VIX options expire Wednesday 2026-06-17: T = 1/365.
const asOf = '2026-06-16';
const expiration = '2026-06-17';
/** κ = 0: the spot VIX is the forward, so the value works by hand. */
const SPOT_FORWARD: Partial<PortfolioSettings> = { vixReversionPerYear: 0 };

/**
 * VIX 45, a 20/30 call spread one day out at vol of vol 90%: both calls are deep in the money
 * (σ√T = 0.047), so one spread is worth the discounted width 10 × e^(−0.045/365) = 9.99877
 * points = $999.88 per spread (× 100).
 */
function exits(debit: number, rsi: number, settings: Partial<PortfolioSettings> = {}, vix = 45) {
  const hedge = vixHedgeLayer({ id: 9, openedOn: '2026-05-20', expiration, strikes: [20, 30], debit, quantity: 1 });
  const result = evaluateRules(rulesInput(asOf, { layers: [hedge], settings: { ...SPOT_FORWARD, ...settings } }), flatMarket({ last: asOf, vix, rsi }));
  return { prompts: result.prompts.filter((p) => p.rule === 'hedge-exit'), unavailable: result.unavailable.filter((u) => u.rule === 'hedge-exit') };
}

describe('hedge-exit: take-profit at 3 × debit (inclusive)', () => {
  it('fires when $999.88 ≥ 3 × $333.00 = $999.00, and says so with value vs debit', () => {
    const [prompt] = exits(3.33, 55).prompts;
    expect(prompt?.inputs).toMatchObject({ trigger: 'hedge-take-profit', hedgeValueCents: 99988, hedgeDebitCents: 33300 });
    expect(prompt?.title).toBe('Close VIX hedge #9 for profit: worth 3× its debit');
    expect(prompt?.explanation).toContain('its model value $999.88 is 3× its debit $333.00, at or above the take-profit of 3 × debit = $999.00');
    expect(prompt?.suggestion).toEqual({ kind: 'close-or-adjust', layerId: 9, reasons: ['hedge-take-profit'], closePriceHundredths: -1000, closeSource: 'model', quantity: 1 });
  });

  it('does not fire when 3 × $334.00 = $1,002.00 > $999.88 (RSI 55 is above the exit level)', () => {
    expect(exits(3.34, 55).prompts).toEqual([]);
  });

  it('follows hedgeTakeProfitMultiple (0 = off)', () => {
    expect(exits(3.33, 55, { hedgeTakeProfitMultiple: 0 }).prompts).toEqual([]);
    expect(exits(4.99, 55, { hedgeTakeProfitMultiple: 2 }).prompts[0]?.inputs.trigger).toBe('hedge-take-profit');
  });
});

describe('hedge-exit: VIX RSI back below 50 with the spread in profit (both strict)', () => {
  it('fires at RSI 49.99 when $999.88 > the $999.00 debit', () => {
    const [prompt] = exits(9.99, 49.99).prompts;
    expect((prompt?.suggestion as CloseOrAdjustSuggestion).reasons).toEqual(['hedge-rsi-exit']);
    expect(prompt?.explanation).toContain('VIX RSI(14) 49.99 on 2026-06-16 fell back below 50 with the spread in profit: model value $999.88 vs debit $999.00');
  });

  it('does not fire at RSI 50, nor when the spread is not in profit ($1,000.00 debit)', () => {
    expect(exits(9.99, 50).prompts).toEqual([]);
    expect(exits(10, 49.99).prompts).toEqual([]);
  });

  it('follows hedgeExitRsi (0 = off)', () => {
    expect(exits(9.99, 49.99, { hedgeExitRsi: 0 }).prompts).toEqual([]);
    expect(exits(9.99, 59, { hedgeExitRsi: 60 }).prompts).toHaveLength(1);
  });

  it('says the RSI is missing when only it could fire', () => {
    const hedge = vixHedgeLayer({ id: 9, openedOn: '2026-05-20', expiration, strikes: [20, 30], debit: 9.99, quantity: 1 });
    const result = evaluateRules(rulesInput(asOf, { layers: [hedge], settings: SPOT_FORWARD }), flatMarket({ last: asOf, vix: 45, bars: 10 }));
    expect(result.unavailable.filter((u) => u.rule === 'hedge-exit').map((u) => u.message)).toEqual(['needs 5 more VIX closes for RSI(14) (has 10, needs 15)']);
  });
});

describe('hedge-exit: which hedges', () => {
  it('leaves a hedge expiring today to its settlement', () => {
    const hedge = vixHedgeLayer({ id: 9, openedOn: '2026-05-20', expiration: asOf, strikes: [20, 30], debit: 1, quantity: 1 });
    const result = evaluateRules(rulesInput(asOf, { layers: [hedge], settings: SPOT_FORWARD }), flatMarket({ last: asOf, vix: 45 }));
    expect(result.prompts.filter((p) => p.rule === 'hedge-exit')).toEqual([]);
  });

  it('values the hedge with the dashboard VIX model (the default forward curve, 30 days out)', () => {
    const hedge = vixHedgeLayer({ id: 9, openedOn: '2026-05-20', expiration: '2026-07-16', strikes: [22, 32], debit: 1.5, quantity: 4 });
    const view = portfolioAsOf([hedge], asOf, DEFAULT_SETTINGS).hedges[0];
    if (view === undefined) throw new Error('hedge not open');
    const ours = hedgeValueCents(view, 28, asOf, DEFAULT_SETTINGS);
    const legs = positionLegs(hedge, 28, { flatVol: 0.28 });
    const market = {
      spxNow: 6000, vixNow: 28, rate: 0.045, dividendYield: 0.013, spxVol: 0.28, vixVol: 0.9, vixBetaPointsPerPct: -0.8,
      vixCurve: { longRunMean: 19.5, reversionPerYear: 3 },
    };
    const dashboard = createPayoffModel({ legs, realizedCash: 0, valuationDate: asOf, market }).pnlAt(6000);
    expect(ours.ok && ours.valueCents).toBe(Math.round(dashboard * 100));
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../evaluate';
import { hedgeBudgetScale } from '../hedge-proposal';
import { vixHedgeLayer } from '../testing/layer-builder';
import { marketFromSeries } from '../market-context';
import { flatMarket, rulesInput, tradingDatesEndingOn, type FlatMarketSpec } from '../testing/market-builder';
import type { VixHedgeSuggestion } from '../types';

const asOf = '2026-06-05';

function hedge(spec: Omit<FlatMarketSpec, 'last'>, layers = rulesInput(asOf).layers) {
  const result = evaluateRules(rulesInput(asOf, { layers }), flatMarket({ last: asOf, ...spec }));
  return { prompts: result.prompts.filter((p) => p.rule === 'vix-hedge'), unavailable: result.unavailable.filter((u) => u.rule === 'vix-hedge') };
}

describe('vix-hedge triggers', () => {
  it('RSI: 60 does not fire, 60.01 does', () => {
    expect(hedge({ rsi: 60 }).prompts).toEqual([]);
    expect(hedge({ rsi: 60.01 }).prompts[0]?.inputs).toMatchObject({ firedByRsi: true, firedBySpread: false });
  });

  it('IV − RV = VIX − 100 × RV20 < 0 points, strictly', () => {
    expect(hedge({ vix: 16, realizedVol: 0.16 }).prompts).toEqual([]); // spread exactly 0
    const [prompt] = hedge({ vix: 16, realizedVol: 0.1601 }).prompts; // spread −0.01
    expect(prompt?.inputs).toMatchObject({ firedByRsi: false, firedBySpread: true });
    expect(prompt?.explanation).toContain('IV − RV = VIX 16 − 100 × RV20 16.01 = -0.01 < 0 points on 2026-06-05');
  });

  it('says which data is missing when it cannot decide', () => {
    expect(hedge({ bars: 12 }).unavailable.map((u) => u.message)).toEqual([
      'needs 3 more VIX closes for RSI(14) (has 12, needs 15)',
      'needs 9 more SPX closes for RV20 (has 12, needs 21)',
    ]);
  });

  it('fires on the spread alone while the RSI still warms up (nothing reported missing)', () => {
    const spxDates = tradingDatesEndingOn(asOf, 30);
    const vixDates = spxDates.slice(-12);
    const market = marketFromSeries({
      spx: { dates: spxDates, closes: spxDates.map(() => 6000), realizedVol: spxDates.map((_, i) => (i >= 20 ? 0.2 : null)) },
      vix: { dates: vixDates, closes: vixDates.map(() => 16) },
    });
    const result = evaluateRules(rulesInput(asOf), market);
    expect(result.prompts.find((p) => p.rule === 'vix-hedge')?.inputs).toMatchObject({ vixRsi: null, ivRvSpreadPoints: -4, firedBySpread: true });
    expect(result.unavailable.filter((u) => u.rule === 'vix-hedge')).toEqual([]);
  });
});

describe('vix-hedge sizing', () => {
  it('scales the budget: half at the trigger, +5% per point below, full at 10 points', () => {
    expect(hedgeBudgetScale(0)).toBe(0.5);
    expect(hedgeBudgetScale(4)).toBeCloseTo(0.7, 12);
    expect(hedgeBudgetScale(10)).toBe(1);
    expect(hedgeBudgetScale(25)).toBe(1);
  });

  it('buys floor(budget × scale ÷ cost) call spreads ~30 days out', () => {
    const s = hedge({ vix: 20, realizedVol: 0.24 }).prompts[0]?.suggestion as VixHedgeSuggestion; // spread −4
    expect(s.kind).toBe('vix-hedge');
    expect(s.expiration).toBe('2026-07-22');
    expect(s.longStrikeHundredths).toBe(2200);
    expect(s.shortStrikeHundredths).toBe(3200);
    expect(s.budgetCents).toBe(500_000); // 5% of $100,000
    expect(s.budgetScale).toBeCloseTo(0.7, 12);
    expect(s.contracts).toBe(Math.floor(Math.floor(500_000 * s.budgetScale) / s.costPerContractCents));
    expect(s.totalCostCents).toBe(s.contracts * s.costPerContractCents);
  });

  it('counts premium in open hedges against the budget', () => {
    const held = vixHedgeLayer({ id: 9, openedOn: '2026-05-20', expiration: '2026-06-17', strikes: [20, 30], debit: 1.5, quantity: 10 }); // $1,500
    const s = hedge({ rsi: 70 }, [held]).prompts[0]?.suggestion as VixHedgeSuggestion;
    expect(s.existingHedgeCents).toBe(150_000);
    expect(s.contracts).toBe(Math.floor((250_000 - 150_000) / s.costPerContractCents));
    const full = vixHedgeLayer({ id: 9, openedOn: '2026-05-20', expiration: '2026-06-17', strikes: [20, 30], debit: 5, quantity: 10 });
    const [prompt] = hedge({ rsi: 70 }, [full]).prompts;
    expect(prompt?.suggestion).toBeNull();
    expect(prompt?.explanation).toContain('nothing left to add');
  });
});

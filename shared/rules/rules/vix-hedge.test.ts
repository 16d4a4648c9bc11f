import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../evaluate';
import { hedgeBudgetScale } from '../hedge-proposal';
import { vixHedgeLayer } from '../testing/layer-builder';
import { marketFromSeries } from '../market-context';
import { flatMarket, rulesInput, tradingDatesEndingOn, type FlatMarketSpec } from '../testing/market-builder';
import type { VixHedgeSuggestion } from '../types';
import type { PortfolioSettings } from '../../domain/settings';
import { condorLayer } from '../testing/layer-builder';

const asOf = '2026-06-05';

/** The old default (capital budget, IV − RV alone also fires): still a setting. */
const CAPITAL = { hedgeFunding: 'capital-budget', hedgeIvRvTrigger: true } as const;

function hedge(spec: Omit<FlatMarketSpec, 'last'>, layers = rulesInput(asOf).layers, settings: Partial<PortfolioSettings> = CAPITAL, extra: { hedgePotCents?: number; asOf?: string } = {}) {
  const day = extra.asOf ?? asOf;
  const input = { ...rulesInput(day, { layers, settings }), ...(extra.hedgePotCents === undefined ? {} : { hedgePotCents: extra.hedgePotCents }) };
  const result = evaluateRules(input, flatMarket({ last: day, ...spec }));
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
    const result = evaluateRules(rulesInput(asOf, { settings: CAPITAL }), market);
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

describe('vix-hedge from the hedge pot (the default)', () => {
  it('fires on VIX RSI alone: IV − RV below 0 no longer fires it by default', () => {
    expect(hedge({ vix: 16, realizedVol: 0.2 }, [], {}).prompts).toEqual([]);
    expect(hedge({ rsi: 70, vix: 16, realizedVol: 0.2 }, [], {}).prompts[0]?.inputs).toMatchObject({ firedByRsi: true, firedBySpread: false, hedgeFunding: 'premium-pot' });
  });

  it('buys scale × pot: scale = 0.5 + 0.05 × (0 − (IV − RV)), by hand', () => {
    // VIX 20, RV 24% → IV − RV = −4 → scale 0.7; pot $1,000 → target $700.
    const s = hedge({ rsi: 70, vix: 20, realizedVol: 0.24 }, [], {}, { hedgePotCents: 100_000 }).prompts[0]?.suggestion as VixHedgeSuggestion;
    expect(s.funding).toBe('premium-pot');
    expect(s.budgetCents).toBe(100_000);
    expect(s.budgetScale).toBeCloseTo(0.7, 12);
    expect(s.contracts).toBe(Math.floor(70_000 / s.costPerContractCents));
    expect(s.totalCostCents).toBeLessThanOrEqual(70_000);
    // Rich VIX (IV − RV = +8): 0.5 − 0.4 = 0.1, the floor.
    const rich = hedge({ rsi: 70, vix: 20, realizedVol: 0.12 }, [], {}, { hedgePotCents: 1_000_000 }).prompts[0]?.suggestion as VixHedgeSuggestion;
    expect(rich.budgetScale).toBeCloseTo(0.1, 12);
  });

  it('an empty pot buys nothing, and the app rebuilds the pot from the condors\' opening credits', () => {
    const [empty] = hedge({ rsi: 70 }, [], {}).prompts;
    expect(empty?.suggestion).toBeNull();
    expect(empty?.inputs.hedgePotCents).toBe(0);
    // 10 condors sold at 12.00: $12,000 credit → 20% = $2,400, capped at 5% of $100,000 = $5,000.
    const condor = condorLayer({ id: 1, openedOn: '2026-05-20', expiration: '2026-07-17', strikes: [5500, 5550, 6450, 6500], credit: 12, quantity: 10 });
    const [prompt] = hedge({ rsi: 70 }, [condor], {}).prompts;
    expect(prompt?.inputs.hedgePotCents).toBe(240_000);
  });

  it('cannot trade before VIX options were listed (2006-02-24) and says so', () => {
    const [prompt] = hedge({ rsi: 70 }, [], {}, { hedgePotCents: 500_000, asOf: '2005-06-01' }).prompts;
    expect(prompt?.suggestion).toBeNull();
    expect(prompt?.explanation).toContain('VIX options were first listed on 2006-02-24');
  });
});

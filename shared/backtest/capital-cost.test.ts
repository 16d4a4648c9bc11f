import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { runBacktest } from './run-backtest';
import { randomBars } from './testing/series';

const bars = randomBars(7, '2025-12-31', 320);
const from = bars.spx[60]?.date ?? '';
const to = bars.spx[319]?.date ?? '';

describe('backtest WACC', () => {
  it('is the own-cash rate when own cash funds every margin, and for buy-and-hold', () => {
    const result = runBacktest({ ...bars, from, to, settings: { ...DEFAULT_SETTINGS, ownCashRatePct: 4.5, marginLoanSharePct: 0, recyclePremium: false } });
    for (const s of result.strategies) {
      expect(s.metrics.wacc).toBeCloseTo(0.045, 12);
      expect(s.metrics.irrMinusWacc).toBeCloseTo((s.metrics.irr ?? NaN) - 0.045, 12);
    }
  });

  it('weights the margin loan by its share: half at 8% and half at 4.5% is 6.25%', () => {
    const result = runBacktest({ ...bars, from, to, settings: { ...DEFAULT_SETTINGS, ownCashRatePct: 4.5, marginLoanRatePct: 8, marginLoanSharePct: 50, recyclePremium: false } });
    const byId = new Map(result.strategies.map((s) => [s.id, s.metrics]));
    expect(byId.get('alvh')?.wacc).toBeCloseTo(0.0625, 12);
    expect(byId.get('monthly-condor')?.wacc).toBeCloseTo(0.0625, 12);
    // Buy-and-hold borrows nothing: its capital is own cash.
    expect(byId.get('buy-and-hold')?.wacc).toBeCloseTo(0.045, 12);
  });

  it('is null with no trade (a one-day run opens nothing to fund)', () => {
    const result = runBacktest({ ...bars, from, to: from, settings: { ...DEFAULT_SETTINGS, disabledRules: ['base-layer'] } });
    expect(result.strategies[0]?.metrics.wacc).toBeNull();
    expect(result.strategies[0]?.metrics.irrMinusWacc).toBeNull();
  });
});

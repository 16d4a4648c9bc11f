import { describe, expect, it } from 'vitest';
import { ruleCounts, type DailyEquity, type StrategyRun } from './strategy-run';
import { drawdowns, strategyMetrics } from './metrics';

const point = (date: string, dollars: number, vix = 20): DailyEquity => ({ date, equityCents: dollars * 100, vix });
const run = (equity: DailyEquity[]): StrategyRun => ({ equity, book: null, ruleFired: ruleCounts(), ruleActed: ruleCounts(), ruinedOn: null, notes: [] });
const START = 100 * 100;

describe('strategyMetrics on a hand-made equity curve', () => {
  // $100 → 110 → 88 (−20% from the peak) → 99 → 110 (recovered) → 121.
  const curve = [point('2008-01-31', 110, 12), point('2008-02-29', 88, 40), point('2008-03-31', 99, 30), point('2008-04-30', 110, 20), point('2009-01-02', 121, 20)];
  const m = strategyMetrics(run(curve), START, 0);

  it('drawdown, its depth and duration (peak 01-31 → recovery 04-30 = 90 days)', () => {
    expect(drawdowns(curve, START).map((d) => Number(d.toFixed(6)))).toEqual([0, 0.2, 0.1, 0, 0]);
    expect(m.maxDrawdown).toBeCloseTo(0.2, 12);
    expect(m.maxDrawdownDays).toBe(90);
  });

  it('worst month, IRR, and the P&L by VIX regime and stress year', () => {
    expect(m.worstMonth).toEqual({ month: '2008-02', return: 88 / 110 - 1 });
    expect(m.irr).not.toBeNull();
    expect(m.regimes).toEqual({ low: { days: 1, pnlCents: 1000 }, mid: { days: 2, pnlCents: 2200 }, high: { days: 2, pnlCents: -1100 } });
    expect(m.stress).toEqual([{ year: 2008, pnlCents: 1000, return: 0.1 }]);
  });

  it('annualised return and vol from daily returns; no trades gives no win rate', () => {
    const r = [0.1, -0.2, 0.125, 1 / 9, 0.1];
    const mean = r.reduce((a, b) => a + b, 0) / 5;
    expect(m.annualReturn).toBeCloseTo(mean * 252, 12);
    expect(m.annualVol).toBeCloseTo(Math.sqrt((r.reduce((s, x) => s + (x - mean) ** 2, 0) / 4) * 252), 12);
    expect(m.sharpe).toBeCloseTo((m.annualReturn ?? 0) / (m.annualVol ?? 1), 12);
    expect(m.winRate).toBeNull();
    expect(m.avgDaysInTrade).toBeNull();
  });

  it('an unrecovered drawdown lasts to the last day', () => {
    const falling = strategyMetrics(run([point('2020-01-02', 100), point('2020-01-03', 90), point('2020-01-10', 95)]), START, 0);
    expect(falling.maxDrawdown).toBeCloseTo(0.1, 12);
    expect(falling.maxDrawdownDays).toBe(8);
  });
});

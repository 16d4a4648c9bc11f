import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { marketFromSeries } from '../rules';
import { runAlvh } from './alvh-strategy';
import { DEFAULT_BACKTEST_OPTIONS } from './backtest-defaults';
import { executionCosts } from './execution';
import { runBacktest } from './run-backtest';
import { randomBars } from './testing/series';
import type { BacktestResult } from './types';

const settings = DEFAULT_SETTINGS;

describe('ALVH on a hand-made market', () => {
  it('opens the base layer, then rolls it at 50% of max profit when the VIX halves', () => {
    // No indicators: only base-layer, roll, loyalty-trap, over-allocation and late-dte can fire.
    const market = marketFromSeries({ spx: { dates: ['2026-01-05', '2026-01-06'], closes: [4000, 4000] }, vix: { dates: ['2026-01-05', '2026-01-06'], closes: [20, 10] } });
    const days = [{ date: '2026-01-05', spx: 4000, vix: 20 }, { date: '2026-01-06', spx: 4000, vix: 10 }];
    const run = runAlvh(days, market, settings, DEFAULT_BACKTEST_OPTIONS, executionCosts(settings, DEFAULT_BACKTEST_OPTIONS));
    const fills = run.book?.fills ?? [];
    expect(fills.map((f) => [f.date, f.action, f.reason])).toEqual([
      ['2026-01-05', 'open', 'base-layer'],
      ['2026-01-06', 'roll', 'roll'],
      ['2026-01-06', 'open', 'roll'],
    ]);
    const [first] = run.book?.closed ?? [];
    const [second] = run.book?.open() ?? [];
    if (first === undefined || second === undefined) throw new Error('expected one rolled and one open layer');
    expect(first).toMatchObject({ status: 'rolled', rolledToId: second.id });
    expect(second).toMatchObject({ rolledFromId: first.id, role: 'base', openQuantity: first.openedQuantity });
    // 40% × $100,000 ÷ max loss per contract, at the proposal's 50-point wings.
    expect(first.openedQuantity).toBeGreaterThan(0);
    // The roll closed at the day's model cost + 4 legs × 0.05 slippage, which captured ≥ 50% of the credit.
    const credit = first.openPriceHundredths;
    const closeNet = fills[1]?.netPriceHundredths ?? 0;
    expect(credit + closeNet).toBeGreaterThanOrEqual(credit / 2 - 20);
    expect(run.ruleFired['base-layer']).toBe(1);
    expect(run.ruleActed.roll).toBe(1);
    // P&L of the rolled layer by hand: (credit − cost to close) × 100 × contracts − 8 legs of fees.
    const q = first.openedQuantity;
    expect(first.netCashCents).toBe((credit + closeNet) * 100 * q - 8 * q * settings.feePerContractCents);
  });
});

/** Every fill and equity point dated on or before `end`, per strategy. */
function upTo(result: BacktestResult, end: string) {
  return result.strategies.map((s) => ({ id: s.id, fills: s.fills.filter((f) => f.date <= end), equity: s.equity.filter((p) => p.date <= end) }));
}

describe('runBacktest', () => {
  const bars = randomBars(7, '2025-12-31', 320);
  const from = bars.spx[60]?.date ?? '';
  const to = bars.spx[319]?.date ?? '';

  it('trades, and reports every strategy on the same days', () => {
    const result = runBacktest({ ...bars, from, to, settings });
    expect(result.days).toBe(260);
    expect(result.strategies.map((s) => s.id)).toEqual(['alvh', 'alvh-no-hedge', 'monthly-condor', 'buy-and-hold']);
    for (const s of result.strategies) expect(s.equity.map((p) => p.date)).toEqual(result.strategies[0]?.equity.map((p) => p.date));
    expect(result.strategies[0]?.fills.length).toBeGreaterThan(5);
    expect(result.strategies[1]?.ruleFired['vix-hedge']).toBe(0);
    expect(result.strategies[1]?.fills.some((f) => f.reason === 'vix-hedge')).toBe(false);
    expect(result.strategies[2]?.fills.filter((f) => f.reason === 'monthly-open').length).toBeGreaterThanOrEqual(11);
  });

  it('is deterministic: the same input gives an identical result', () => {
    const a = runBacktest({ ...bars, from, to, settings });
    const b = runBacktest({ ...bars, from, to, settings });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('never looks ahead: appending future bars changes no fill and no equity point up to the original end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 150, max: 300 }), (seed, cut) => {
        const full = randomBars(seed, '2025-12-31', 320);
        const end = full.spx[cut - 1]?.date ?? '';
        const start = full.spx[60]?.date ?? '';
        const short = runBacktest({ spx: full.spx.slice(0, cut), vix: full.vix.slice(0, cut), from: start, to: end, settings });
        const long = runBacktest({ ...full, from: start, to: full.spx[319]?.date ?? '', settings });
        expect(upTo(long, end)).toEqual(upTo(short, end));
      }),
      { numRuns: 6 },
    );
  });
});

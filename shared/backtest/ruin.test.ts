/**
 * Sizing on equity and ruin. Before sizing looked at equity, the simulator kept opening positions
 * sized for $100,000 on an account that had nothing left (the 1997 ALVH run: hedge debits wore
 * its equity down to ~$14k, then one close marked −$1,635). Now layers are sized on the lesser of
 * capital and equity with their margin within equity; ruin (a close at or below zero) stays the
 * last stop.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { marketFromSeries } from '../rules';
import { runAlvh } from './alvh-strategy';
import { DEFAULT_BACKTEST_OPTIONS } from './backtest-defaults';
import { runMonthlyCondor } from './baselines';
import { executionCosts } from './execution';
import { strategyMetrics } from './metrics';
import { ruleCounts, type StrategyRun } from './strategy-run';

const settings = DEFAULT_SETTINGS; // r 4.5%, $1.50 per contract per leg, 50-point wings, 40% base slot
const options = DEFAULT_BACKTEST_OPTIONS; // $100,000, 0.05 SPX slippage per leg
const costs = executionCosts(settings, options);
const CAPITAL = 10_000_000;

/**
 * SPX whipsaws 4000 → 1000 → 4000 → 1000 → 4000, VIX flat at 20. No indicator is warm, so only
 * base-layer, roll, loyalty-trap, late-dte and over-allocation can fire: every other day a base
 * layer opens and the next day loyalty-trap closes it with one wing fully in the money.
 */
const dates = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09', '2026-01-12', '2026-01-13', '2026-01-14'];
const spx = [4000, 1000, 1000, 4000, 4000, 1000, 1000, 4000];
const market = marketFromSeries({ spx: { dates, closes: spx }, vix: { dates, closes: dates.map(() => 20) } });
const days = dates.map((date, i) => ({ date, spx: spx[i] ?? 0, vix: 20 }));

/** Net price per unit of closing a condor whose one 50-point spread is deep in the money, `dte` days out: −(50 e^(−rT) + 4 × 0.05), hundredths. */
const deepItmClose = (dte: number) => -(Math.round(5000 * Math.exp(-0.045 * (dte / 365))) + 20);
/** Fixed 50-point wings so the losses can be worked by hand. */
const fixedWings = { ...settings, wingWidthPctOfSpot: 0 };

describe('sizing on equity on a hand-made whipsaw', () => {
  const run = runAlvh(days, market, fixedWings, options, costs);
  const fills = run.book?.fills ?? [];

  it('loses a full wing each time, by hand, and sizes each new layer on the equity left', () => {
    expect(fills.slice(0, 6).map((f) => [f.date, f.action, f.reason])).toEqual([
      ['2026-01-05', 'open', 'base-layer'], ['2026-01-06', 'close', 'loyalty-trap'],
      ['2026-01-07', 'open', 'base-layer'], ['2026-01-08', 'close', 'loyalty-trap'],
      ['2026-01-09', 'open', 'base-layer'], ['2026-01-12', 'close', 'loyalty-trap'],
    ]);
    // Closes: 45-DTE condors (2026-02-19, -02-20, -02-23) bought back 44, 43 and 42 days out.
    expect([fills[1], fills[3], fills[5]].map((f) => f?.netPriceHundredths)).toEqual([deepItmClose(44), deepItmClose(43), deepItmClose(42)]);
    expect([deepItmClose(44), deepItmClose(43), deepItmClose(42)]).toEqual([-4993, -4994, -4994]);
    // Every open: margin (50 points × 100 × q) within the equity of the close before, and
    // q ≤ 40% × min(capital, equity) ÷ (max loss ≥ 50 − credit) — so each layer is smaller.
    const opens = fills.filter((f) => f.action === 'open');
    let equity = CAPITAL;
    for (const open of opens) {
      const before = run.equity.filter((p) => p.date < open.date).at(-1)?.equityCents ?? CAPITAL;
      equity = Math.min(CAPITAL, before);
      expect(open.quantity * 5000 * 100).toBeLessThanOrEqual(before);
      expect(open.quantity).toBeLessThanOrEqual(Math.floor((0.4 * equity) / ((5000 - open.netPriceHundredths - 200) * 100)) + 1);
    }
    const quantities = opens.map((f) => f.quantity);
    expect(quantities.slice(0, 3).every((q, i) => i === 0 || q < (quantities[i - 1] ?? 0))).toBe(true);
  });

  it('is never ruined by defined-risk losses sized on equity', () => {
    expect(run.ruinedOn).toBeNull();
    expect(run.equity.every((p) => p.equityCents > 0)).toBe(true);
  });
});

describe('ruin stays the last stop', () => {
  // $1,000 per contract per leg on $100,000: the first 4-leg condor's fees and losses take the
  // equity through zero; the close that marks ≤ 0 closes everything out and nothing trades after.
  const hugeFees = { ...fixedWings, feePerContractCents: 100_000 };
  const run = runAlvh(days, market, hugeFees, options, executionCosts(hugeFees, options));
  const fills = run.book?.fills ?? [];

  it('stops at the ruin: nothing opens after the close that marked equity ≤ 0, and equity stays flat', () => {
    const ruinedOn = run.ruinedOn ?? '';
    expect(ruinedOn).not.toBe('');
    expect(fills.filter((f) => f.date > ruinedOn)).toEqual([]);
    expect(run.book?.open()).toEqual([]);
    const after = run.equity.filter((p) => p.date >= ruinedOn).map((p) => p.equityCents);
    expect(new Set(after).size).toBe(1);
    expect(after[0]).toBeLessThanOrEqual(0);
  });

  it('the result says so and gives no annualised figure', () => {
    const m = strategyMetrics(run, CAPITAL, settings.riskFreeRatePct);
    expect(m.ruinedOn).toBe(run.ruinedOn);
    expect([m.irr, m.annualReturn, m.annualVol, m.sharpe, m.sortino]).toEqual([null, null, null, null, null]);
    expect(m.maxDrawdown).toBeGreaterThanOrEqual(1);
  });
});

describe('the monthly-condor baseline', () => {
  it('the monthly-condor baseline stops at its ruin too, closing out what is open at that close', () => {
    // $4,000 with the whole of it in the first slot buys one condor (max loss ≈ $3,655).
    const small = { ...options, capitalCents: 400_000 };
    const allIn = { ...settings, allocationPct: [100] };
    const crash = [{ date: '2026-02-02', spx: 4000, vix: 20 }, ...['2026-02-03', '2026-02-04', '2026-02-05'].map((date) => ({ date, spx: 1000, vix: 20 }))];
    const r = runMonthlyCondor(crash, allIn, small, executionCosts(allIn, small));
    // The put spread marks at ~$4,970 against $4,000 + its ~$1,300 credit: hurt, not ruined.
    expect(r.ruinedOn).toBeNull();
    expect(r.book?.open().length).toBe(1);
    // $1,000 per contract per leg: the 4 opening legs alone cost the whole $4,000.
    const hugeFees = { ...allIn, feePerContractCents: 100_000 };
    const ruined = runMonthlyCondor(crash, hugeFees, small, executionCosts(hugeFees, small));
    expect(ruined.ruinedOn).toBe('2026-02-02');
    expect(ruined.book?.fills.map((f) => [f.date, f.action, f.reason])).toEqual([['2026-02-02', 'open', 'monthly-open'], ['2026-02-02', 'close', 'ruin']]);
    expect(new Set(ruined.equity.map((p) => p.equityCents)).size).toBe(1);
  });
});

describe('strategyMetrics on a curve that crosses zero', () => {
  it('flags the first day at or below zero even when the run did not', () => {
    const equity = [{ date: '2026-01-05', equityCents: 500_000, vix: 20 }, { date: '2026-01-06', equityCents: 0, vix: 20 }, { date: '2026-01-07', equityCents: 0, vix: 20 }];
    const run: StrategyRun = { equity, book: null, ruleFired: ruleCounts(), ruleActed: ruleCounts(), ruinedOn: null, notes: [] };
    const m = strategyMetrics(run, CAPITAL, 0);
    expect(m.ruinedOn).toBe('2026-01-06');
    // A ruined run has no annualised figure: they would be returns on a base of a few dollars.
    expect([m.irr, m.annualReturn, m.annualVol, m.sharpe, m.sortino]).toEqual([null, null, null, null, null]);
  });

  it('leaves out the stress years that begin after the ruin', () => {
    const equity = [['2007-12-31', 5_000_000], ['2008-10-10', -100], ['2008-12-31', -100], ['2020-06-30', -100]].map(([date, cents]) => ({ date: String(date), equityCents: Number(cents), vix: 20 }));
    const m = strategyMetrics({ equity, book: null, ruleFired: ruleCounts(), ruleActed: ruleCounts(), ruinedOn: '2008-10-10', notes: [] }, CAPITAL, 0);
    expect(m.stress).toEqual([{ year: 2008, pnlCents: -5_000_100, return: -5_000_100 / 5_000_000 }]);
  });
});

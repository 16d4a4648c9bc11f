/**
 * Ruin: equity marked at or below zero. Risk capital is fixed (sizing never looks at equity), so
 * before ruin handling the simulator kept opening positions sized for $100,000 on an account
 * that had nothing left, and the equity-based figures were ratios to a base ≤ 0. On the real
 * history that is what the ALVH run did from 1997-10-27 (hedge debits had worn its equity down
 * to ~$14k; the 1997-10-27 close marked −$1,635; worst month "−112%", max drawdown "103%").
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

describe('ruin on a hand-made whipsaw', () => {
  const run = runAlvh(days, market, settings, options, costs);
  const fills = run.book?.fills ?? [];

  it('loses a full wing three times, by hand', () => {
    expect(fills.slice(0, 6).map((f) => [f.date, f.action, f.reason])).toEqual([
      ['2026-01-05', 'open', 'base-layer'], ['2026-01-06', 'close', 'loyalty-trap'],
      ['2026-01-07', 'open', 'base-layer'], ['2026-01-08', 'close', 'loyalty-trap'],
      ['2026-01-09', 'open', 'base-layer'], ['2026-01-12', 'close', 'loyalty-trap'],
    ]);
    // Closes: 45-DTE condors (2026-02-19, -02-20, -02-23) bought back 44, 43 and 42 days out.
    // 50 e^(−0.045 × 44/365) = 49.729 → 4973 + 20 = 4993; 43 and 42 days → 4974 + 20 = 4994.
    expect([fills[1], fills[3], fills[5]].map((f) => f?.netPriceHundredths)).toEqual([deepItmClose(44), deepItmClose(43), deepItmClose(42)]);
    expect([deepItmClose(44), deepItmClose(43), deepItmClose(42)]).toEqual([-4993, -4994, -4994]);
    // Each round trip: q × (credit − 49.9x) × 100 − 8 legs × q × $1.50, with the credit from the open fill.
    let cash = 0;
    for (const i of [0, 2, 4]) {
      const open = fills[i];
      const close = fills[i + 1];
      if (open === undefined || close === undefined) throw new Error('missing fill');
      expect(close.quantity).toBe(open.quantity);
      cash += (open.netPriceHundredths + close.netPriceHundredths) * 100 * open.quantity - 8 * open.quantity * 150;
    }
    // 11 × 13.45, 9 × 8.32, 11 × 13.45 credits: 100,000 + 147.29 − 549.89 + 74.34 − 450.00 + 147.29 − 550.00 ($ hundreds).
    expect(cash).toBe(1_472_900 - 5_498_900 + 743_400 - 4_500_000 + 1_472_900 - 5_500_000);
    expect(run.equity.map((p) => p.equityCents)[5]).toBe(CAPITAL + cash); // −$18,097: nothing open after the close
    expect(CAPITAL + cash).toBe(-1_809_700);
  });

  it('stops at the ruin: nothing opens after the close that marked equity ≤ 0, and equity stays flat', () => {
    // Before the fix a fourth 9-lot condor opened on 2026-01-13 and lost another $37,359 on 01-14.
    expect(run.ruinedOn).toBe('2026-01-12');
    expect(fills.filter((f) => f.date > '2026-01-12')).toEqual([]);
    expect(run.book?.open()).toEqual([]);
    expect(run.equity.slice(5).map((p) => p.equityCents)).toEqual([-1_809_700, -1_809_700, -1_809_700]);
    expect(run.ruleFired['base-layer']).toBe(3); // rules are not even evaluated after the ruin
  });

  it('the result says so, and no return is taken against a base ≤ 0', () => {
    const m = strategyMetrics(run, CAPITAL, settings.riskFreeRatePct);
    expect(m.ruinedOn).toBe('2026-01-12');
    expect(m.endEquityCents).toBe(-1_809_700);
    expect(m.irr).toBeNull(); // −capital then a negative terminal value: no sign change
    expect(m.maxDrawdown).toBeCloseTo(1 + 1_809_700 / CAPITAL, 12); // 118.1%: more than the peak was lost
    expect(m.worstMonth).toEqual({ month: '2026-01', return: -1_809_700 / CAPITAL - 1 });
    // Return statistics over the 6 days up to the ruin, not diluted by the flat days after it.
    const e = [CAPITAL, ...run.equity.slice(0, 6).map((p) => p.equityCents)];
    const r = e.slice(1).map((x, i) => x / (e[i] ?? 1) - 1);
    expect(m.annualReturn).toBeCloseTo((r.reduce((a, b) => a + b, 0) / 6) * 252, 9);
  });

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

/**
 * Summary statistics of a daily equity curve (see docs/backtest.md for each definition):
 * daily returns r_i = E_i ÷ E_(i−1) − 1 with E_(−1) = the starting capital; annualised
 * return = mean(r) × 252, volatility = sample stdev(r) × √252, Sharpe = (return − rf) ÷ vol,
 * Sortino = (return − rf) ÷ (√(mean(min(0, r − rf/252)²)) × √252), rf = riskFreeRatePct.
 * Ruin (the first close at or below zero equity, `ruinedOn`): no annualised figure is given (IRR,
 * return, vol, Sharpe, Sortino are null: the UI shows "ruined on D"; daily returns on a base of a
 * few dollars before the ruin made them meaningless), stress years that begin after it are left
 * out, and a return on a base at or below zero is never taken.
 */
import { tryXirr } from '../analytics';
import { daysBetween } from '../dates';
import type { LayerDetail } from '../domain/types';
import type { PnlBucket, StrategyMetrics } from './types';
import type { DailyEquity, StrategyRun } from './strategy-run';
import { centsToDollars } from '../money';

const TRADING_DAYS = 252;
/** Calendar years of market stress reported when the run covers them. */
export const STRESS_YEARS = [1998, 2008, 2020, 2022] as const;
/** VIX regime bounds, points: low < 15 ≤ mid ≤ 25 < high. */
export const VIX_REGIMES = { low: 15, high: 25 } as const;

function dailyReturns(equity: readonly DailyEquity[], startCents: number): number[] {
  let previous = startCents;
  return equity.map((p) => {
    const r = previous > 0 ? p.equityCents / previous - 1 : 0;
    previous = p.equityCents;
    return r;
  });
}

/** 1 − equity ÷ running peak (starting capital counts as the first peak). */
export function drawdowns(equity: readonly DailyEquity[], startCents: number): number[] {
  let peak = startCents;
  return equity.map((p) => {
    peak = Math.max(peak, p.equityCents);
    return peak > 0 ? 1 - p.equityCents / peak : 0;
  });
}

/** Deepest drawdown and the calendar days from its peak to recovery (or to the last day). */
function maxDrawdown(equity: readonly DailyEquity[], startCents: number, dd: readonly number[]): { depth: number; days: number } {
  let peakValue = startCents;
  let peakDate = equity[0]?.date ?? '';
  let depth = 0;
  let depthPeakValue = startCents;
  let depthPeakDate = peakDate;
  let troughIndex = -1;
  equity.forEach((p, i) => {
    if (p.equityCents >= peakValue) {
      peakValue = p.equityCents;
      peakDate = p.date;
    }
    if ((dd[i] ?? 0) > depth) {
      depth = dd[i] ?? 0;
      depthPeakValue = peakValue;
      depthPeakDate = peakDate;
      troughIndex = i;
    }
  });
  if (troughIndex < 0) return { depth: 0, days: 0 };
  const recovery = equity.slice(troughIndex).find((p) => p.equityCents >= depthPeakValue);
  const end = recovery?.date ?? equity[equity.length - 1]?.date ?? depthPeakDate;
  return { depth, days: daysBetween(depthPeakDate, end) };
}

function worstMonth(equity: readonly DailyEquity[], startCents: number): StrategyMetrics['worstMonth'] {
  const monthEnds = new Map<string, number>();
  for (const p of equity) monthEnds.set(p.date.slice(0, 7), p.equityCents);
  let previous = startCents;
  let worst: StrategyMetrics['worstMonth'] = null;
  for (const [month, end] of monthEnds) {
    const r = previous > 0 ? end / previous - 1 : 0;
    if (worst === null || r < worst.return) worst = { month, return: r };
    previous = end;
  }
  return worst;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function regimes(equity: readonly DailyEquity[], startCents: number): StrategyMetrics['regimes'] {
  const bucket = (): PnlBucket => ({ days: 0, pnlCents: 0 });
  const out = { low: bucket(), mid: bucket(), high: bucket() };
  let previous = startCents;
  for (const p of equity) {
    const b = p.vix < VIX_REGIMES.low ? out.low : p.vix > VIX_REGIMES.high ? out.high : out.mid;
    b.days += 1;
    b.pnlCents += p.equityCents - previous;
    previous = p.equityCents;
  }
  return out;
}

function stress(equity: readonly DailyEquity[], startCents: number): StrategyMetrics['stress'] {
  const out: StrategyMetrics['stress'] = [];
  for (const year of STRESS_YEARS) {
    const first = equity.findIndex((p) => p.date.startsWith(`${year}-`));
    if (first < 0) continue;
    let last = first;
    while ((equity[last + 1]?.date ?? '').startsWith(`${year}-`)) last += 1;
    const before = first === 0 ? startCents : (equity[first - 1]?.equityCents ?? startCents);
    const pnlCents = (equity[last]?.equityCents ?? before) - before;
    out.push({ year, pnlCents, return: before > 0 ? pnlCents / before : 0 });
  }
  return out;
}

/** `excess` per unit of `risk` (Sharpe with the volatility, Sortino with the downside deviation); null when either is missing or the risk is not positive. */
function riskAdjusted(excess: number | null, risk: number | null): number | null {
  return excess !== null && risk !== null && risk > 0 ? excess / risk : null;
}

/** Share of closed layers that made money and their mean days in trade; both null without a closed layer. */
function tradeStats(closed: readonly LayerDetail[]): { winRate: number | null; avgDaysInTrade: number | null } {
  if (closed.length === 0) return { winRate: null, avgDaysInTrade: null };
  return {
    winRate: closed.filter((l) => l.netCashCents > 0).length / closed.length,
    avgDaysInTrade: mean(closed.map((l) => daysBetween(l.openedOn, l.closedOn ?? l.openedOn))),
  };
}

/** Every summary figure of one run except the capital cost (capital-cost.ts, which needs the settings). */
export function strategyMetrics(run: StrategyRun, startCents: number, riskFreeRatePct: number): Omit<StrategyMetrics, 'wacc' | 'irrMinusWacc'> {
  const { equity } = run;
  const rf = riskFreeRatePct / 100;
  const ruinedOn = run.ruinedOn ?? equity.find((p) => p.equityCents <= 0)?.date ?? null;
  // A ruined run is flat after its ruin: its return statistics cover the days it was alive.
  const alive = ruinedOn === null ? equity : equity.filter((p) => p.date <= ruinedOn);
  const returns = dailyReturns(alive, startCents);
  const dd = drawdowns(equity, startCents);
  const first = equity[0];
  const last = equity[equity.length - 1];
  const endEquityCents = last?.equityCents ?? startCents;
  const irr = first !== undefined && last !== undefined
    ? tryXirr([{ date: first.date, amount: -centsToDollars(startCents) }, { date: last.date, amount: centsToDollars(endEquityCents) }])
    : null;
  const annualised = returns.length >= 2 && ruinedOn === null;
  const meanReturn = annualised ? mean(returns) : 0;
  const annualReturn = annualised ? meanReturn * TRADING_DAYS : null;
  // The mean is taken once: recomputing it per term made this quadratic in the number of days.
  const variance = annualised ? returns.reduce((s, r) => s + (r - meanReturn) ** 2, 0) / (returns.length - 1) : null;
  const annualVol = variance === null ? null : Math.sqrt(variance * TRADING_DAYS);
  const downside = annualised ? Math.sqrt(mean(returns.map((r) => Math.min(0, r - rf / TRADING_DAYS) ** 2)) * TRADING_DAYS) : null;
  const excess = annualReturn === null ? null : annualReturn - rf;
  const closed = (run.book?.closed ?? []).filter((l) => l.role !== 'hedge');
  const { depth, days } = maxDrawdown(equity, startCents, dd);
  const { winRate, avgDaysInTrade } = tradeStats(closed);
  return {
    startEquityCents: startCents,
    endEquityCents,
    ruinedOn,
    irr: irr?.ok && ruinedOn === null ? irr.rate : null,
    annualReturn,
    annualVol,
    sharpe: riskAdjusted(excess, annualVol),
    sortino: riskAdjusted(excess, downside),
    maxDrawdown: depth,
    maxDrawdownDays: days,
    worstMonth: worstMonth(equity, startCents),
    winRate,
    avgDaysInTrade,
    closedLayers: closed.length,
    feesCents: run.book?.feesCents ?? 0,
    regimes: regimes(equity, startCents),
    // No stress year that starts after the ruin: a return of "0%" in 2008 would read as a result.
    stress: stress(equity, startCents).filter((x) => ruinedOn === null || `${x.year}-01-01` <= ruinedOn),
  };
}

/**
 * The equity curve of cumulative realised P&L and its drawdown.
 * drawdown(t) = E(t) − max(0, max_{s ≤ t} E(s)): the peak starts at the range's opening
 * level of 0, so a loss on the first day is already a drawdown.
 * drawdown % = drawdown ÷ (risk capital + peak P&L): the fall measured against the account
 * equity at the peak, since a P&L peak of $0 would make a ratio to P&L alone meaningless.
 */
import { centsToDollars } from '../money';
import type { DrawdownPoint, EquityPoint, MaxDrawdown } from './types';

export interface EquitySeries {
  equity: EquityPoint[];
  drawdown: DrawdownPoint[];
  maxDrawdown: MaxDrawdown | null;
}

/** `days` oldest first, cents realised per day; `riskCapitalCents` ≤ 0 leaves the % figures null. */
export function equitySeries(days: readonly { date: string; cents: number }[], riskCapitalCents: number): EquitySeries {
  const equity: EquityPoint[] = [];
  const drawdown: DrawdownPoint[] = [];
  let cumulative = 0;
  let peak = 0;
  let peakDate: string | null = null;
  let worst: { cents: number; peak: number; peakDate: string | null; troughDate: string } | null = null;
  const pct = (cents: number, atPeak: number) => (riskCapitalCents > 0 ? cents / (riskCapitalCents + atPeak) : null);

  for (const day of days) {
    cumulative += day.cents;
    if (cumulative > peak) {
      peak = cumulative;
      peakDate = day.date;
    }
    const down = cumulative - peak;
    equity.push({ date: day.date, realizedDollars: centsToDollars(day.cents), realizedCumulativeDollars: centsToDollars(cumulative) });
    drawdown.push({ date: day.date, drawdownDollars: centsToDollars(down), drawdownPct: pct(down, peak) });
    if (down < 0 && (worst === null || down < worst.cents)) worst = { cents: down, peak, peakDate, troughDate: day.date };
  }

  const maxDrawdown = worst === null
    ? null
    : { amountDollars: centsToDollars(-worst.cents), pct: pct(-worst.cents, worst.peak), peakDate: worst.peakDate, troughDate: worst.troughDate };
  return { equity, drawdown, maxDrawdown };
}

/**
 * "Performance over time" (issue 4 item 5): realised P&L as an equity curve with its
 * drawdown, a calendar by day and month, trade statistics overall and by role, tag and
 * rules-followed, and roll campaigns with their IRR. Pure: the backend loads the layers
 * (with legs and tickets) and decisions, this derives everything from the ticket ledger.
 */
import type { PortfolioSettings } from '../domain/settings';
import type { Decision, LayerDetail } from '../domain/types';
import { centsToDollars } from '../money';
import { realizedCalendar, dailyCents } from './calendar';
import { rollCampaigns } from './campaigns';
import { equitySeries } from './equity';
import { inRange, realizationsInRange } from './realizations';
import { performanceStats } from './trade-stats';
import { closedTrades } from './trades';
import type { PerformanceResult } from './types';

export interface PerformanceInput {
  /** Every layer of the portfolio, with legs and tickets. */
  layers: readonly LayerDetail[];
  /** The portfolio's decisions: an `acted` one naming a layer marks it as rule-following. */
  decisions: readonly Decision[];
  /** Inclusive date range; absent = unbounded. */
  from?: string | undefined;
  to?: string | undefined;
  /** Denominator of drawdown %; absent or ≤ 0 leaves the percentages null. */
  riskCapitalCents?: number | undefined;
  /** How margin is figured for the campaigns' IRR (default: wider wing, no premium credit). */
  settings?: Pick<PortfolioSettings, 'marginCreditsPremium'> | undefined;
}

/** See the module comment; money in dollars, dates YYYY-MM-DD. */
export function computePerformance(input: PerformanceInput): PerformanceResult {
  const from = input.from ?? null;
  const to = input.to ?? null;
  const realizations = realizationsInRange(input.layers, from, to);
  const { equity, drawdown, maxDrawdown } = equitySeries(dailyCents(realizations), input.riskCapitalCents ?? 0);
  const trades = closedTrades(input.layers, input.decisions, from, to);
  const feesCents = input.layers.flatMap((l) => l.tickets).filter((t) => inRange(t.date, from, to)).reduce((s, t) => s + t.feesCents, 0);
  return {
    from,
    to,
    totals: {
      realized: centsToDollars(realizations.reduce((s, r) => s + r.cents, 0)),
      closedLayers: trades.length,
      fees: centsToDollars(feesCents),
    },
    equity,
    drawdown,
    maxDrawdown,
    calendar: realizedCalendar(realizations),
    stats: performanceStats(trades),
    campaigns: rollCampaigns(input.layers, input.settings ?? { marginCreditsPremium: false }, from, to),
  };
}

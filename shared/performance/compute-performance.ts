/**
 * "Performance over time": realised P&L as an equity curve with its
 * drawdown, a calendar by day and month, trade statistics overall and by role, tag and
 * rules-followed, and roll campaigns with their IRR. Pure: the backend loads the layers
 * (with legs and tickets) and decisions, this derives everything from the ticket ledger.
 */
import type { PortfolioSettings } from '../domain/settings';
import type { Decision, LayerDetail } from '../domain/types';
import { centsToDollars } from '../money';
import { realizedCalendar, dailyCents } from './calendar';
import type { DayCents } from './day-book';
import { rollCampaigns } from './campaigns';
import { equitySeries } from './equity';
import { performanceLayer, type PerformanceLayer } from './layer-facts';
import { inRange, realizationsInRange } from './realizations';
import { performanceStats } from './trade-stats';
import { actedLayerIds, closedTrades, type Trade } from './trades';
import type { PerformanceResult } from './types';

export interface PerformanceOptions {
  /** Inclusive date range; absent = unbounded. */
  from?: string | undefined;
  to?: string | undefined;
  /** Denominator of drawdown %; absent or ≤ 0 leaves the percentages null. */
  riskCapitalCents?: number | undefined;
  /** How margin is figured for the campaigns' IRR (default: wider wing, no premium credit). */
  settings?: Pick<PortfolioSettings, 'marginCreditsPremium'> | undefined;
}

export interface PerformanceInput extends PerformanceOptions {
  /** Every layer of the portfolio, with legs and tickets. */
  layers: readonly LayerDetail[];
  /** The portfolio's decisions: an `acted` one naming a layer marks it as rule-following. */
  decisions: readonly Decision[];
}

export interface AssemblyInput extends PerformanceOptions {
  /** The layers closed within the range as trades, oldest close first (`closedTrades`). */
  trades: readonly Trade[];
  /** The layers that may form roll campaigns: all of them, or at least every layer with a roll link. */
  campaignLayers: readonly PerformanceLayer[];
  /** Realised cents per day within the range with the layers realising them, oldest first: `dailyCents` of the layers' realisations in range (or a `DayBook`). */
  days: readonly DayCents[];
  /** Fees of the tickets dated within the range, cents. */
  feesCents: number;
}

/** See the module comment; money in dollars, dates YYYY-MM-DD. */
export function computePerformance(input: PerformanceInput): PerformanceResult {
  return performanceOfLayers(input.layers.map(performanceLayer), actedLayerIds(input.decisions), input);
}

/** `computePerformance` over layers already in performance form (`acted`: the layers an `acted` decision names). */
export function performanceOfLayers(layers: readonly PerformanceLayer[], acted: ReadonlySet<number>, options: PerformanceOptions): PerformanceResult {
  const from = options.from ?? null;
  const to = options.to ?? null;
  let feesCents = 0;
  for (const layer of layers) for (const t of layer.ticketFees) if (inRange(t.date, from, to)) feesCents += t.cents;
  return assemblePerformance({
    ...options, trades: closedTrades(layers, acted, from, to), campaignLayers: layers, days: dailyCents(realizationsInRange(layers, from, to)), feesCents,
  });
}

/** The result from each layer's derived facts: what `computePerformance` does after the per-layer ledger walks. */
export function assemblePerformance(input: AssemblyInput): PerformanceResult {
  const from = input.from ?? null;
  const to = input.to ?? null;
  const { equity, drawdown, maxDrawdown } = equitySeries(input.days, input.riskCapitalCents ?? 0);
  const { trades } = input;
  let realizedCents = 0;
  for (const d of input.days) realizedCents += d.cents;
  return {
    from,
    to,
    totals: {
      realizedDollars: centsToDollars(realizedCents),
      closedLayers: trades.length,
      feesDollars: centsToDollars(input.feesCents),
    },
    equity,
    drawdown,
    maxDrawdown,
    calendar: realizedCalendar(input.days),
    stats: performanceStats(trades),
    campaigns: rollCampaigns(input.campaignLayers, input.settings ?? { marginCreditsPremium: false }, from, to),
  };
}

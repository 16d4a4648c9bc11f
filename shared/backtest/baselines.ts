/**
 * Baselines run on the same days with the same pricing and costs:
 * - monthly condor: on the first trading day of each month open one condor `baseDte` (45) days
 *   out (a listed expiration), shorts at `targetShortDelta`, the base wing of the day, sized at the first allocation
 *   slot like the base layer; close at `rollPctMaxProfit` (50%) of max profit or at `lateDte`
 *   (21) DTE, whichever comes first; sized on equity like ALVH (slot % of min(capital, equity),
 *   no more margin than the equity; buying-power.ts); closed out and stopped at ruin (strategy-run.ts);
 * - buy-and-hold SPX: the capital less one fee in index units on the first day (price index,
 *   no dividends reinvested).
 */
import { previousTradingDay } from '../calendar';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import { contractsFor } from '../rules';
import { baseWingHundredths, proposeCondor } from '../rules/condor-proposal';
import { contractsWithinEquity, openCondorMarginCents, sizingCapitalCents } from './buying-power';
import { LayerBook } from './layer-book';
import { closeLayer, condorLegs, openLayer, type ExecutionCosts } from './execution';
import { markToModel, ruleCounts, walkDays, type StrategyRun } from './strategy-run';
import type { BacktestOptions } from './types';
import { closeCostHundredths, type MarketDay } from './valuation';

function firstTradingDayOfMonth(date: string): boolean {
  return previousTradingDay(date).slice(0, 7) !== date.slice(0, 7);
}

/** The monthly 45-DTE condor held to 50% of max profit or 21 DTE. */
export function runMonthlyCondor(days: readonly MarketDay[], settings: PortfolioSettings, options: BacktestOptions, costs: ExecutionCosts): StrategyRun {
  const book = new LayerBook();
  const { equity, ruinedOn } = walkDays(days, settings, options.capitalCents, book, costs, (pricer, day) => {
    for (const layer of book.open()) {
      const credit = layer.openPriceHundredths;
      const captured = credit > 0 ? (credit - closeCostHundredths(pricer, layer)) / credit : 0;
      const dte = layer.expiration === null ? 0 : daysBetween(day.date, layer.expiration);
      if (captured * 100 >= settings.rollPctMaxProfit) closeLayer(book, pricer, costs, layer, 'close', 'take-profit');
      else if (dte <= settings.lateDte) closeLayer(book, pricer, costs, layer, 'close', 'late-dte');
    }
    if (firstTradingDayOfMonth(day.date)) {
      const proposal = proposeCondor(pricer.env, settings, settings.baseDte, baseWingHundredths(settings, day.spx));
      const equityCents = markToModel(options.capitalCents, book, pricer).equityCents;
      const sized = contractsFor(settings.allocationPct[0] ?? 0, sizingCapitalCents(options.capitalCents, equityCents), proposal.riskPerContractCents);
      const quantity = Math.min(sized, contractsWithinEquity(equityCents, openCondorMarginCents(book), proposal.wingWidthHundredths * 100));
      openLayer(book, pricer, costs, { role: 'base', specs: condorLegs(proposal.strikes, proposal.expiration, proposal.underlying), quantity, reason: 'monthly-open', credit: true });
    }
  });
  return { equity, book, ruleFired: ruleCounts(), ruleActed: ruleCounts(), ruinedOn, notes: [] };
}

/** SPX bought with all the capital (less one fee) on the first day and held. */
export function runBuyAndHold(days: readonly MarketDay[], settings: PortfolioSettings, options: BacktestOptions): StrategyRun {
  const first = days[0];
  const units = first === undefined ? 0 : (options.capitalCents - settings.feePerContractCents) / first.spx;
  const equity = days.map((day) => ({ date: day.date, equityCents: Math.round(units * day.spx), vix: day.vix, hedgeValueCents: 0 }));
  // SPX closes are positive, so the holding cannot be ruined (only a fee above the capital could).
  return { equity, book: null, ruleFired: ruleCounts(), ruleActed: ruleCounts(), ruinedOn: equity.find((p) => p.equityCents <= 0)?.date ?? null, notes: [] };
}

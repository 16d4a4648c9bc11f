/**
 * One backtest: prepare the market once (indicators over the whole history given, every one
 * causal), walk the trading days in [from, to] and run ALVH and the baselines on the same days.
 * Pure and deterministic: no clock, no randomness, no I/O.
 */
import type { PortfolioSettings } from '../domain/settings';
import { prepareMarket } from '../rules';
import { runAlvh } from './alvh-strategy';
import { withBacktestDefaults } from './backtest-defaults';
import { runBuyAndHold, runMonthlyCondor } from './baselines';
import { executionCosts } from './execution';
import { capitalCost } from './capital-cost';
import { marketDays, opensByDate } from './market-days';
import { daySurfacesFor } from './day-surface';
import { drawdowns, strategyMetrics } from './metrics';
import { yearTable } from './yearly';
import type { StrategyRun } from './strategy-run';
import type { BacktestInput, BacktestResult, StrategyId, StrategyResult } from './types';

function result(id: StrategyId, run: StrategyRun, capitalCents: number, settings: PortfolioSettings): StrategyResult {
  const dd = drawdowns(run.equity, capitalCents);
  const { irr, ...rest } = strategyMetrics(run, capitalCents, settings.riskFreeRatePct);
  const first = run.equity[0]?.date ?? '';
  const last = run.equity[run.equity.length - 1]?.date ?? first;
  return {
    id,
    equity: run.equity.map((p, i) => ({ date: p.date, equityCents: p.equityCents, drawdown: dd[i] ?? 0 })),
    metrics: { irr, ...capitalCost(run.book, settings, capitalCents, first, last, irr), ...rest },
    years: yearTable(run.equity, run.book?.fills ?? [], capitalCents, rest.ruinedOn),
    notes: run.notes,
    hedgePot: run.hedgePot === undefined ? null : { ...run.hedgePot },
    ruleFired: run.ruleFired,
    ruleActed: run.ruleActed,
    fills: run.book?.fills ?? [],
  };
}

/**
 * Simulates the ALVH rules with `settings` on daily SPX/VIX closes from `from` to `to`, plus
 * (unless options.baselines is false) ALVH without the VIX hedge, a monthly 45-DTE condor and
 * buy-and-hold SPX. Bars before `from` only warm the indicators up.
 */
export function runBacktest(input: BacktestInput): BacktestResult {
  const options = withBacktestDefaults(input.options);
  const { settings } = input;
  const market = prepareMarket(input.spx, input.vix, settings);
  const surfaces = daySurfacesFor(settings);
  const days = marketDays(market, input.from, input.to, opensByDate(input.spx), opensByDate(input.vix))
    .map((d) => ({ ...d, surface: surfaces.surface(d.spx, d.vix) }));
  const costs = executionCosts(settings, options);
  const capital = options.capitalCents;
  const strategies = [result('alvh', runAlvh(days, market, settings, options, costs), capital, settings)];
  if (options.baselines) {
    const noHedge = { ...settings, disabledRules: [...new Set([...settings.disabledRules, 'vix-hedge' as const])] };
    strategies.push(
      result('alvh-no-hedge', runAlvh(days, market, noHedge, options, costs), capital, settings),
      result('monthly-condor', runMonthlyCondor(days, settings, options, costs), capital, settings),
      result('buy-and-hold', runBuyAndHold(days, settings, options), capital, settings),
    );
  }
  return { from: input.from, to: input.to, days: days.length, options, strategies };
}

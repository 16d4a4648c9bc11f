/** Test market series: trading dates from the calendar and MarketContexts with chosen indicator values. */
import { addTradingDays, rollToTradingDay } from '../../calendar';
import type { PortfolioSettings } from '../../domain/settings';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { marketFromSeries, type MarketContext } from '../market-context';
import type { RulesInput } from '../types';

/** `count` consecutive trading days ending on `last` (which is rolled back to a trading day). */
export function tradingDatesEndingOn(last: string, count: number): string[] {
  const end = rollToTradingDay(last, 'back');
  const dates: string[] = [];
  for (let i = count - 1; i >= 0; i -= 1) dates.push(addTradingDays(end, -i));
  return dates;
}

export interface FlatMarketSpec {
  /** Last date with data. */
  last: string;
  /** Number of bars (default 60). */
  bars?: number;
  spx?: number;
  vix?: number;
  /** RSI on every bar from index rsiPeriod on; default 50. */
  rsi?: number;
  /** MACD histogram on every bar from index 33 on; default 1. */
  histogram?: number;
  /** Realised vol (decimal) from index window on; default VIX/100 (IV − RV = 0). */
  realizedVol?: number;
}

/** A market with constant closes and constant indicator values after their warm-up. */
export function flatMarket(spec: FlatMarketSpec): MarketContext {
  const dates = tradingDatesEndingOn(spec.last, spec.bars ?? 60);
  const spx = spec.spx ?? 6000;
  const vix = spec.vix ?? 16;
  const fill = (value: number, from: number) => dates.map((_, i) => (i >= from ? value : null));
  return marketFromSeries({
    spx: { dates, closes: dates.map(() => spx), histogram: fill(spec.histogram ?? 1, 33), realizedVol: fill(spec.realizedVol ?? vix / 100, 20) },
    vix: { dates, closes: dates.map(() => vix), rsi: fill(spec.rsi ?? 50, 14) },
  });
}

/** A RulesInput with defaults: $100,000 risk capital, default settings, nothing else. */
export function rulesInput(asOf: string, overrides: Partial<Omit<RulesInput, 'settings'>> & { settings?: Partial<PortfolioSettings> } = {}): RulesInput {
  return {
    asOf,
    riskCapitalCents: overrides.riskCapitalCents ?? 10_000_000,
    settings: { ...DEFAULT_SETTINGS, ...overrides.settings },
    layers: overrides.layers ?? [],
    marks: overrides.marks ?? [],
    events: overrides.events ?? [],
    decisions: overrides.decisions ?? [],
  };
}

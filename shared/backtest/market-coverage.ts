/**
 * Is the market history enough for a backtest over [from, to]? A run needs SPX closes in the
 * range and a VIX close on or before them; it still runs, with a plain warning, when the
 * history starts late, ends early, leaves the indicators too few warm-up bars, or has VIX gaps.
 */
import type { PortfolioSettings } from '../domain/settings';
import type { CloseBar } from '../rules/market-context';
import type { BacktestResult } from './types';

/** How much history of one symbol there is. */
export interface SeriesCoverage {
  symbol: 'SPX' | 'VIX';
  /** Closes in the whole series, and in [from, to]. */
  count: number;
  inRange: number;
  first: string | null;
  last: string | null;
}

export interface MarketCoverage {
  spx: SeriesCoverage;
  vix: SeriesCoverage;
  /** A reason the run cannot start, else null. */
  error: string | null;
  /** Reasons to read the result with care. */
  warnings: string[];
}

/** What `backtest/run` returns: the simulator's result untouched, and what the data covered. */
export interface BacktestRunResult {
  backtest: BacktestResult;
  coverage: { spx: SeriesCoverage; vix: SeriesCoverage };
  warnings: string[];
}

/** MACD(12, 26, 9) needs 26 + 9 − 1 closes before its first value. */
const MACD_WARM_UP = 34;

function coverageOf(symbol: 'SPX' | 'VIX', bars: readonly CloseBar[], from: string, to: string): SeriesCoverage {
  return { symbol, count: bars.length, inRange: bars.filter((b) => b.date >= from && b.date <= to).length, first: bars[0]?.date ?? null, last: bars[bars.length - 1]?.date ?? null };
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Checks sorted SPX/VIX closes against a run over [from, to]. */
export function marketCoverage(spxBars: readonly CloseBar[], vixBars: readonly CloseBar[], from: string, to: string, settings: Pick<PortfolioSettings, 'rsiPeriod' | 'realizedVolWindow'>): MarketCoverage {
  const spx = coverageOf('SPX', spxBars, from, to);
  const vix = coverageOf('VIX', vixBars, from, to);
  const result = (error: string | null, warnings: string[] = []): MarketCoverage => ({ spx, vix, error, warnings });
  const missing = [spx, vix].filter((s) => s.count === 0).map((s) => s.symbol);
  if (missing.length > 0) return result(`No ${missing.join(' or ')} closes in the journal: import ${missing.map((m) => `${m}_History.csv`).join(' and ')} in Market data first.`);
  if (spx.inRange === 0) return result(`No SPX close from ${from} to ${to}: the journal's SPX history runs ${spx.first} to ${spx.last}.`);
  if (vix.first !== null && vix.first > to) return result(`No VIX close on or before ${to}: the journal's VIX history starts ${vix.first}.`);

  const warnings: string[] = [];
  if (spx.first !== null && spx.first > from) warnings.push(`The SPX history starts ${spx.first}, after ${from}: the run starts there.`);
  if (vix.first !== null && vix.first > from) warnings.push(`The VIX history starts ${vix.first}, after ${from}: days before it are skipped.`);
  for (const s of [spx, vix]) if (s.last !== null && s.last < to) warnings.push(`The ${s.symbol} history ends ${s.last}, before ${to}${s.symbol === 'SPX' ? ': the run ends there' : ': later days reuse its last close'}.`);
  const warmUp = spxBars.filter((b) => b.date < from).length;
  const needed = Math.max(MACD_WARM_UP, settings.rsiPeriod + 1, settings.realizedVolWindow + 1);
  if (warmUp < needed) warnings.push(`Only ${fmt(warmUp)} SPX closes before ${from} warm the indicators up (${needed} needed): RSI/MACD-based prompts are missing for the first weeks.`);
  if (vix.inRange < spx.inRange * 0.9) warnings.push(`VIX has ${fmt(vix.inRange)} closes against ${fmt(spx.inRange)} SPX closes in the range: missing VIX days reuse the previous close.`);
  return result(null, warnings);
}

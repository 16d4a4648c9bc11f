/**
 * The market as of one evaluation date: the last bar on or before `asOf` (binary search)
 * and the indicator values there, or a message saying how much history is missing.
 */
import type { PortfolioSettings } from '../domain/settings';
import type { MarketContext } from './market-context';
import { MACD_PERIODS } from './market-context';

/** A value read as of asOf, with the date of the bar it comes from, or why it is missing. */
export type Reading = { ok: true; value: number; date: string } | { ok: false; message: string };

/** The last `count` MACD histogram values ending at asOf, oldest first, or why they are missing. */
export type HistogramTail = { ok: true; values: number[]; date: string } | { ok: false; message: string };

/** Closes and indicators as of one date. */
export interface MarketSnapshot {
  spx: Reading;
  vix: Reading;
  /** VIX RSI(settings.rsiPeriod). */
  vixRsi: Reading;
  /** SPX realised vol (settings.realizedVolWindow), decimal. */
  realizedVol: Reading;
  histogramTail: (count: number) => HistogramTail;
}

/** Index of the last date ≤ asOf in ascending `dates`, or −1 when none. */
export function lastIndexOnOrBefore(dates: readonly string[], asOf: string): number {
  let lo = 0;
  let hi = dates.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] ?? '') <= asOf) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function closes(word: number): string {
  return word === 1 ? 'close' : 'closes';
}

/**
 * Reads series[index] where the indicator needs `required` bars; a missing value says
 * "needs N more <symbol> closes for <name>" (or that the series has no value there).
 */
function indicator(series: readonly (number | null)[], dates: readonly string[], index: number, required: number, symbol: string, name: string): Reading {
  const available = index + 1;
  if (available < required) {
    const more = required - available;
    return { ok: false, message: `needs ${more} more ${symbol} ${closes(more)} for ${name} (has ${available}, needs ${required})` };
  }
  const value = series[index];
  const date = dates[index] ?? '';
  return value === null || value === undefined || !Number.isFinite(value) ? { ok: false, message: `no ${name} value on ${date}` } : { ok: true, value, date };
}

/** The snapshot of `market` as of `asOf`; no bar after `asOf` is read. */
export function snapshotAt(market: MarketContext, settings: PortfolioSettings, asOf: string): MarketSnapshot {
  const s = lastIndexOnOrBefore(market.spx.dates, asOf);
  const v = lastIndexOnOrBefore(market.vix.dates, asOf);
  const close = (values: readonly number[], dates: readonly string[], index: number, symbol: string): Reading =>
    index < 0 ? { ok: false, message: `no ${symbol} close on or before ${asOf}` } : { ok: true, value: values[index] ?? 0, date: dates[index] ?? '' };

  const rsiName = `RSI(${settings.rsiPeriod})`;
  const rvName = `RV${settings.realizedVolWindow}`;
  const vixRsi: Reading = market.rsiPeriod !== settings.rsiPeriod
    ? { ok: false, message: `the market data was prepared for RSI(${market.rsiPeriod}), not ${rsiName}; prepare it again` }
    : indicator(market.vix.rsi, market.vix.dates, v, settings.rsiPeriod + 1, 'VIX', rsiName);
  const realizedVol: Reading = market.realizedVolWindow !== settings.realizedVolWindow
    ? { ok: false, message: `the market data was prepared for RV${market.realizedVolWindow}, not ${rvName}; prepare it again` }
    : indicator(market.spx.realizedVol, market.spx.dates, s, settings.realizedVolWindow + 1, 'SPX', rvName);

  const firstHistogram = MACD_PERIODS.slow + MACD_PERIODS.signal - 1; // closes for the first histogram value (34)
  const histogramTail = (count: number): HistogramTail => {
    const required = firstHistogram + count - 1;
    const name = count === 1 ? 'MACD(12,26,9)' : `MACD(12,26,9) over ${count} days`;
    const first = indicator(market.spx.histogram, market.spx.dates, s, required, 'SPX', name);
    if (!first.ok) return first;
    const values: number[] = [];
    for (let i = s - count + 1; i <= s; i += 1) {
      const value = market.spx.histogram[i];
      if (value === null || value === undefined) return { ok: false, message: `no ${name} value on ${market.spx.dates[i] ?? ''}` };
      values.push(value);
    }
    return { ok: true, values, date: first.date };
  };

  return { spx: close(market.spx.closes, market.spx.dates, s, 'SPX'), vix: close(market.vix.closes, market.vix.dates, v, 'VIX'), vixRsi, realizedVol, histogramTail };
}

/**
 * Market preparation, done once per data set: the indicator series over the whole SPX and
 * VIX history. Every indicator is causal (its value on day i reads closes 0…i only), so a
 * rule evaluated on day d may read the precomputed value at d without any look-ahead.
 */
import { CALENDAR_EXACT_FROM, isTradingDay } from '../calendar';
import { macd, realizedVol, rsi } from '../analytics';
import type { PortfolioSettings } from '../domain/settings';
import { hundredthsToPoints } from '../money';

/** MACD periods (ALVH.md: MACD(12, 26, 9) of SPX; not a setting). */
export const MACD_PERIODS = { fast: 12, slow: 26, signal: 9 } as const;

/** A daily close as stored. */
export interface CloseBar {
  date: string;
  closeHundredths: number;
  /** The day's OPEN, hundredths, when known (the backtest settles AM-settled options at it). */
  openHundredths?: number | null;
}

/** SPX closes (points) with MACD and realised vol, aligned by index, oldest first. */
export interface SpxSeries {
  dates: readonly string[];
  closes: readonly number[];
  macd: readonly (number | null)[];
  signal: readonly (number | null)[];
  histogram: readonly (number | null)[];
  /** Annualised close-to-close realised vol, decimal (0.15 = 15 vol points). */
  realizedVol: readonly (number | null)[];
}

/** VIX closes (points) with their RSI, aligned by index, oldest first. */
export interface VixSeries {
  dates: readonly string[];
  closes: readonly number[];
  rsi: readonly (number | null)[];
}

/** A bar left out of the series, and why. */
export interface SkippedBar {
  symbol: 'SPX' | 'VIX';
  date: string;
  reason: string;
}

/** Precomputed market history for {@link evaluateRules}; build with {@link prepareMarket}. */
export interface MarketContext {
  spx: SpxSeries;
  vix: VixSeries;
  /** The settings the indicators were computed with; a rule whose settings differ reports itself unavailable. */
  rsiPeriod: number;
  realizedVolWindow: number;
  skipped: readonly SkippedBar[];
}

/** Sorted by date, last entry wins on duplicates, non-trading days (from 1971) and non-positive closes skipped. */
function clean(symbol: 'SPX' | 'VIX', bars: readonly CloseBar[], skipped: SkippedBar[]): { dates: string[]; closes: number[] } {
  const byDate = new Map<string, number>();
  for (const bar of bars) byDate.set(bar.date, bar.closeHundredths);
  const dates: string[] = [];
  const closes: number[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const close = byDate.get(date) ?? 0;
    // Cboe publishes VIX values on some NYSE holidays (global trading hours); SPX has no
    // session then, so those prints are not daily closes comparable with the others.
    // Before 1971 the calendar is not exact (Saturday sessions, old holidays): keep every bar.
    if (date >= CALENDAR_EXACT_FROM && !isTradingDay(date)) skipped.push({ symbol, date, reason: 'not an NYSE trading day' });
    else if (!(close > 0)) skipped.push({ symbol, date, reason: 'close is not positive' });
    else {
      dates.push(date);
      closes.push(hundredthsToPoints(close));
    }
  }
  return { dates, closes };
}

/**
 * Computes VIX RSI(settings.rsiPeriod), SPX MACD(12, 26, 9) and SPX realised vol
 * (settings.realizedVolWindow) once over the whole history. Input order does not matter.
 */
export function prepareMarket(
  spx: readonly CloseBar[],
  vix: readonly CloseBar[],
  settings: Pick<PortfolioSettings, 'rsiPeriod' | 'realizedVolWindow'>,
): MarketContext {
  const skipped: SkippedBar[] = [];
  const s = clean('SPX', spx, skipped);
  const v = clean('VIX', vix, skipped);
  const m = macd(s.closes, MACD_PERIODS.fast, MACD_PERIODS.slow, MACD_PERIODS.signal);
  return {
    spx: { ...s, macd: m.macd, signal: m.signal, histogram: m.histogram, realizedVol: realizedVol(s.closes, settings.realizedVolWindow) },
    vix: { ...v, rsi: rsi(v.closes, settings.rsiPeriod) },
    rsiPeriod: settings.rsiPeriod,
    realizedVolWindow: settings.realizedVolWindow,
    skipped,
  };
}

/** Explicit series for {@link marketFromSeries}; omitted indicator arrays are all null. */
export interface MarketSeriesInput {
  spx: { dates: readonly string[]; closes: readonly number[]; macd?: readonly (number | null)[]; signal?: readonly (number | null)[]; histogram?: readonly (number | null)[]; realizedVol?: readonly (number | null)[] };
  vix: { dates: readonly string[]; closes: readonly number[]; rsi?: readonly (number | null)[] };
  rsiPeriod?: number;
  realizedVolWindow?: number;
}

function aligned(name: string, length: number, values: readonly (number | null)[] | undefined): readonly (number | null)[] {
  if (values === undefined) return new Array<number | null>(length).fill(null);
  if (values.length !== length) throw new RangeError(`marketFromSeries: ${name} has ${values.length} values for ${length} dates`);
  return values;
}

/**
 * A MarketContext from explicit, already aligned arrays (closes in points) — for tests that
 * need an indicator at an exact value (RSI 60 vs 60.01) and for callers with their own series.
 * Dates must be ascending; throws a RangeError when they are not or when lengths differ.
 */
export function marketFromSeries(input: MarketSeriesInput): MarketContext {
  const check = (name: string, dates: readonly string[], closes: readonly number[]) => {
    if (closes.length !== dates.length) throw new RangeError(`marketFromSeries: ${name} has ${closes.length} closes for ${dates.length} dates`);
    for (let i = 1; i < dates.length; i += 1) if ((dates[i - 1] ?? '') >= (dates[i] ?? '')) throw new RangeError(`marketFromSeries: ${name} dates must ascend (${dates[i - 1]}, ${dates[i]})`);
  };
  const { spx, vix } = input;
  check('spx', spx.dates, spx.closes);
  check('vix', vix.dates, vix.closes);
  const n = spx.dates.length;
  return {
    spx: {
      dates: spx.dates,
      closes: spx.closes,
      macd: aligned('spx.macd', n, spx.macd),
      signal: aligned('spx.signal', n, spx.signal),
      histogram: aligned('spx.histogram', n, spx.histogram),
      realizedVol: aligned('spx.realizedVol', n, spx.realizedVol),
    },
    vix: { dates: vix.dates, closes: vix.closes, rsi: aligned('vix.rsi', vix.dates.length, vix.rsi) },
    rsiPeriod: input.rsiPeriod ?? 14,
    realizedVolWindow: input.realizedVolWindow ?? 20,
    skipped: [],
  };
}

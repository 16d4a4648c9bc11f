/**
 * The market charts' data: the prepared SPX/VIX history (the rules engine's own
 * `prepareMarket`, so the chart shows exactly the RSI, MACD and RV the rules read) cut to
 * the chosen range and laid on one shared date axis.
 */
import { ivRvSpread } from '../../../../shared/analytics/vol-spread';
import { dayNumber } from '../../../../shared/dates';
import type { MarketContext } from '../../../../shared/rules/market-context';
import { firstOnOrAfter } from '../../charts/date-markers';

export const MARKET_RANGES = ['1Y', '5Y', 'All'] as const;
export type MarketRange = (typeof MARKET_RANGES)[number];

type Values = (number | null)[];

export interface MarketChartData {
  /** Union of SPX and VIX dates in the range, ascending: the x-axis of every chart. */
  axis: string[];
  spx: { close: Values; macd: Values; signal: Values; histogram: Values };
  vix: { close: Values; rsi: Values };
  /** Vol points: VIX, 100 × RV of SPX, and their difference (IV − RV). */
  vol: { implied: Values; realized: Values; spread: Values };
  /** Dates in the range where each index has a close (for event markers). */
  spxDates: string[];
  vixDates: string[];
  /** 'weekly' when a long range is drawn with one point per week (see {@link weeklyPoints}). */
  thinned: 'weekly' | null;
}

/**
 * Above this many days a range is drawn with one point per week: lightweight-charts needs
 * seconds (on a modest machine) to take in and redraw ~25,000 days on three synced charts.
 */
export const MAX_DAILY_POINTS = 6000;

/** The first date shown: the same day 1 or 5 years before the latest close; null for All. */
export function rangeStart(lastDate: string, range: MarketRange): string | null {
  if (range === 'All') return null;
  const years = range === '1Y' ? 1 : 5;
  return `${String(Number(lastDate.slice(0, 4)) - years).padStart(4, '0')}${lastDate.slice(4)}`;
}

/** The latest date with a close of either index, or null without data. */
export function lastMarketDate(market: MarketContext): string | null {
  const spx = market.spx.dates[market.spx.dates.length - 1];
  const vix = market.vix.dates[market.vix.dates.length - 1];
  if (spx === undefined) return vix ?? null;
  return vix === undefined || spx > vix ? spx : vix;
}

export function marketChartData(market: MarketContext, range: MarketRange): MarketChartData {
  const last = lastMarketDate(market);
  const start = last === null ? null : rangeStart(last, range);
  const { spx, vix } = market;
  let s = start === null ? 0 : firstOnOrAfter(spx.dates, start);
  let v = start === null ? 0 : firstOnOrAfter(vix.dates, start);
  const data: MarketChartData = {
    axis: [],
    spx: { close: [], macd: [], signal: [], histogram: [] },
    vix: { close: [], rsi: [] },
    vol: { implied: [], realized: [], spread: [] },
    spxDates: spx.dates.slice(s),
    vixDates: vix.dates.slice(v),
    thinned: null,
  };
  // Merge the two ascending date lists; a day only one index has gets whitespace in the other.
  while (s < spx.dates.length || v < vix.dates.length) {
    const sd = spx.dates[s];
    const vd = vix.dates[v];
    const date = sd === undefined ? vd : vd === undefined || sd <= vd ? sd : vd;
    if (date === undefined) break;
    const si = sd === date ? s++ : -1;
    const vi = vd === date ? v++ : -1;
    data.axis.push(date);
    data.spx.close.push(si < 0 ? null : (spx.closes[si] ?? null));
    data.spx.macd.push(si < 0 ? null : (spx.macd[si] ?? null));
    data.spx.signal.push(si < 0 ? null : (spx.signal[si] ?? null));
    data.spx.histogram.push(si < 0 ? null : (spx.histogram[si] ?? null));
    const implied = vi < 0 ? null : (vix.closes[vi] ?? null);
    const rv = si < 0 ? null : (spx.realizedVol[si] ?? null);
    data.vix.close.push(implied);
    data.vix.rsi.push(vi < 0 ? null : (vix.rsi[vi] ?? null));
    data.vol.implied.push(implied);
    data.vol.realized.push(rv === null ? null : 100 * rv);
    data.vol.spread.push(implied === null || rv === null ? null : ivRvSpread(implied, rv));
  }
  return data.axis.length > MAX_DAILY_POINTS ? weeklyPoints(data) : data;
}

/** True when the axis spans more than `years` years (SPX is then clearer on a log scale). */
export function spansYears(data: MarketChartData, years: number): boolean {
  const first = data.axis[0];
  const last = data.axis[data.axis.length - 1];
  return first !== undefined && last !== undefined && dayNumber(last) - dayNumber(first) > years * 365.25;
}

/** Monday-based week number of a date (1970-01-01, day 0, was a Thursday). */
const weekOf = (date: string) => Math.floor((dayNumber(date) + 3) / 7);

/**
 * Keeps the last day of each week. The values are the daily ones on those days (indicators
 * are computed on every daily close first), so nothing is averaged or invented.
 */
export function weeklyPoints(data: MarketChartData): MarketChartData {
  const keep: number[] = [];
  data.axis.forEach((date, i) => {
    const next = data.axis[i + 1];
    if (next === undefined || weekOf(next) !== weekOf(date)) keep.push(i);
  });
  const pick = (values: Values) => keep.map((i) => values[i] ?? null);
  const kept = new Set(keep.map((i) => data.axis[i]));
  return {
    axis: keep.map((i) => data.axis[i] ?? ''),
    spx: { close: pick(data.spx.close), macd: pick(data.spx.macd), signal: pick(data.spx.signal), histogram: pick(data.spx.histogram) },
    vix: { close: pick(data.vix.close), rsi: pick(data.vix.rsi) },
    vol: { implied: pick(data.vol.implied), realized: pick(data.vol.realized), spread: pick(data.vol.spread) },
    spxDates: data.spxDates.filter((d) => kept.has(d)),
    vixDates: data.vixDates.filter((d) => kept.has(d)),
    thinned: 'weekly',
  };
}

/** A value lookup by axis date that falls back to the previous day's value (for crosshair sync). */
export function valueLookup(axis: readonly string[], values: readonly (number | null)[]): (date: string) => number | undefined {
  return (date) => {
    let i = firstOnOrAfter(axis, date);
    if (axis[i] !== date) i -= 1;
    for (; i >= 0; i -= 1) {
      const value = values[i];
      if (value !== null && value !== undefined) return value;
    }
    return undefined;
  };
}

/** The value on `date` (the hovered day), or the latest value in the range when `date` is null. */
export function valueOn(axis: readonly string[], values: readonly (number | null)[], date: string | null): number | null {
  if (date !== null) {
    const i = firstOnOrAfter(axis, date);
    return axis[i] === date ? (values[i] ?? null) : null;
  }
  for (let i = values.length - 1; i >= 0; i -= 1) {
    const value = values[i];
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

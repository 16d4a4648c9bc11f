/**
 * The days a backtest walks: every SPX close in [from, to] (as the rules engine cleaned them)
 * that has a VIX close on or before it. A missing VIX print (four in Cboe's file) reuses the
 * previous close, as the rules engine does. The day's SPX and VIX OPEN come from the bars when
 * given (null otherwise; a VIX open is only taken from a VIX bar of that very date).
 */
import { lastIndexOnOrBefore, type MarketContext } from '../rules';
import type { CloseBar } from '../rules/market-context';
import type { MarketDay } from './valuation';

/** date → OPEN in points, for the bars that carry a positive one. */
export function opensByDate(bars: readonly CloseBar[]): Map<string, number> {
  const opens = new Map<string, number>();
  for (const bar of bars) {
    const open = bar.openHundredths;
    if (open !== undefined && open !== null && open > 0) opens.set(bar.date, open / 100);
  }
  return opens;
}

/** The MarketDays of [from, to], in date order; opens from `spxOpens` / `vixOpens` (date → points) or null. */
export function marketDays(
  market: MarketContext,
  from: string,
  to: string,
  spxOpens: ReadonlyMap<string, number> = new Map(),
  vixOpens: ReadonlyMap<string, number> = new Map(),
): MarketDay[] {
  const days: MarketDay[] = [];
  const { spx, vix } = market;
  for (let i = 0; i < spx.dates.length; i += 1) {
    const date = spx.dates[i] ?? '';
    if (date < from || date > to) continue;
    const vi = lastIndexOnOrBefore(vix.dates, date);
    const v = vix.closes[vi];
    const s = spx.closes[i];
    if (v === undefined || s === undefined) continue;
    days.push({ date, spx: s, vix: v, spxOpen: spxOpens.get(date) ?? null, vixOpen: vixOpens.get(date) ?? null, vixRsi: vix.rsi[vi] ?? null });
  }
  return days;
}

/**
 * The days a backtest walks: every SPX close in [from, to] (as the rules engine cleaned them)
 * that has a VIX close on or before it. A missing VIX print (four in Cboe's file) reuses the
 * previous close, as the rules engine does.
 */
import { lastIndexOnOrBefore, type MarketContext } from '../rules';
import type { MarketDay } from './valuation';

export function marketDays(market: MarketContext, from: string, to: string): MarketDay[] {
  const days: MarketDay[] = [];
  const { spx, vix } = market;
  for (let i = 0; i < spx.dates.length; i += 1) {
    const date = spx.dates[i] ?? '';
    if (date < from || date > to) continue;
    const v = vix.closes[lastIndexOnOrBefore(vix.dates, date)];
    const s = spx.closes[i];
    if (v === undefined || s === undefined) continue;
    days.push({ date, spx: s, vix: v });
  }
  return days;
}

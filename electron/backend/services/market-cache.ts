/**
 * Market history kept per connection until the bars change (the `market` read of
 * db/derived-cache.ts): the stored bars of each symbol (~25,000 SPX closes, ~20 ms to read) and
 * the prepared indicator history (~150 ms), rebuilt only after market data changes or the
 * indicator settings it depends on differ. Date ranges are slices of the kept bars.
 */
import type Database from 'better-sqlite3';
import type { PortfolioSettings } from '../../../shared/domain/settings';
import type { MarketBar, MarketSymbol } from '../../../shared/domain/types';
import { prepareMarket, type MarketContext } from '../../../shared/rules';
import { derived } from '../db/derived-cache';
import { bumpMarketStamp } from '../db/market-stamps';
import { listBars } from '../repos/market';

/** Call inside any handler that writes market bars other than through repos/market.ts. */
export function marketChanged(db: Database.Database): void {
  bumpMarketStamp(db);
}

/** Every stored bar of `symbol`, oldest first (shared: do not mutate). */
export function storedBars(db: Database.Database, symbol: MarketSymbol): MarketBar[] {
  return derived(db, 'market-bars', symbol, ['market'], () => listBars(db, symbol), 8);
}

/** The bars dated from…to (inclusive) of a date-sorted array: two binary searches and a slice. */
export function barsBetween(bars: readonly MarketBar[], from: string, to: string): MarketBar[] {
  const firstAtOrAfter = (date: string, strict: boolean) => {
    let lo = 0;
    let hi = bars.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const d = bars[mid]?.date ?? '';
      if (d < date || (strict && d === date)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return bars.slice(firstAtOrAfter(from, false), firstAtOrAfter(to, true));
}

export function preparedMarket(db: Database.Database, settings: Pick<PortfolioSettings, 'rsiPeriod' | 'realizedVolWindow'>): MarketContext {
  const toBar = (b: { date: string; closeHundredths: number }) => ({ date: b.date, closeHundredths: b.closeHundredths });
  return derived(db, 'prepared-market', `${settings.rsiPeriod}/${settings.realizedVolWindow}`, ['market'],
    () => prepareMarket(storedBars(db, 'SPX').map(toBar), storedBars(db, 'VIX').map(toBar), settings), 4);
}

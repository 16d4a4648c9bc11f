/**
 * Prepared market history (indicator series) per connection. Preparing the full SPX and VIX
 * history takes ~150 ms, so it is done once and rebuilt only after market data changes or
 * the indicator settings it depends on differ.
 */
import type Database from 'better-sqlite3';
import type { PortfolioSettings } from '../../../shared/domain/settings';
import { prepareMarket, type MarketContext } from '../../../shared/rules';
import { marketVersion } from '../db/market-stamps';
import { listBars } from '../repos/market';

interface Entry {
  version: string;
  key: string;
  market: MarketContext;
}

const versions = new WeakMap<Database.Database, number>();
const cache = new WeakMap<Database.Database, Entry>();

/** Call inside any handler that writes market bars. */
export function marketChanged(db: Database.Database): void {
  versions.set(db, (versions.get(db) ?? 0) + 1);
}

export function preparedMarket(db: Database.Database, settings: Pick<PortfolioSettings, 'rsiPeriod' | 'realizedVolWindow'>): MarketContext {
  // The repo's market stamp also sees restores and other connections' commits.
  const version = `${versions.get(db) ?? 0}:${marketVersion(db)}`;
  const key = `${settings.rsiPeriod}/${settings.realizedVolWindow}`;
  const hit = cache.get(db);
  if (hit && hit.version === version && hit.key === key) return hit.market;
  const toBar = (b: { date: string; closeHundredths: number }) => ({ date: b.date, closeHundredths: b.closeHundredths });
  const market = prepareMarket(listBars(db, 'SPX').map(toBar), listBars(db, 'VIX').map(toBar), settings);
  cache.set(db, { version, key, market });
  return market;
}

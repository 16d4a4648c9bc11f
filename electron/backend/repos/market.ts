import type Database from 'better-sqlite3';
import type { ParsedClose } from '../../../shared/import/market-csv';
import type { MarketBar, MarketSymbol } from '../../../shared/domain/types';
import type { StoredBar } from '../../../shared/market/import-checks';
import type { BarChange } from '../../../shared/market/import-plan';
import { insertBatched } from '../db/batched-insert';
import { bumpMarketStamp } from '../db/market-stamps';
import { sql } from '../db/statements';

export interface UpsertCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** Every stored bar of `symbol` by date, and the dates oldest first (one indexed scan). */
export function storedBars(db: Database.Database, symbol: MarketSymbol): { byDate: Map<string, StoredBar>; dates: string[] } {
  const rows = sql(db, 'SELECT date, close_hundredths, open_hundredths FROM market_bars WHERE symbol = ? ORDER BY date').raw().all(symbol) as [string, number, number | null][];
  const byDate = new Map<string, StoredBar>();
  const dates: string[] = [];
  for (const [date, closeHundredths, openHundredths] of rows) {
    byDate.set(date, { closeHundredths, openHundredths });
    dates.push(date);
  }
  return { byDate, dates };
}

/**
 * Writes each change's "after" bar (null deletes the date); the caller wraps it in the user
 * action's transaction and records the revision. Every market write goes through here, so the
 * market caches (db/market-stamps.ts) start over, even if a later row throws.
 */
export function applyBarChanges(db: Database.Database, symbol: MarketSymbol, changes: readonly BarChange[]): void {
  const remove = sql(db, 'DELETE FROM market_bars WHERE symbol = ? AND date = ?');
  try {
    const written: unknown[][] = [];
    for (const { date, after } of changes) {
      if (after === null) remove.run(symbol, date);
      else written.push([symbol, date, after.closeHundredths, after.openHundredths]);
    }
    insertBatched(db, 'INSERT INTO market_bars (symbol, date, close_hundredths, open_hundredths)', 4,
      'ON CONFLICT (symbol, date) DO UPDATE SET close_hundredths = excluded.close_hundredths, open_hundredths = excluded.open_hundredths', written);
  } finally {
    if (changes.length > 0) bumpMarketStamp(db);
  }
}

/**
 * The changes that store `closes` (a row whose open is null keeps the stored open: a
 * `date,close` file or a typed close does not erase it), with their counts.
 */
export function upsertChanges(db: Database.Database, symbol: MarketSymbol, closes: readonly ParsedClose[]): { changes: BarChange[]; counts: UpsertCounts } {
  const existing = sql(db, 'SELECT close_hundredths AS closeHundredths, open_hundredths AS openHundredths FROM market_bars WHERE symbol = ? AND date = ?');
  const counts: UpsertCounts = { added: 0, updated: 0, unchanged: 0 };
  const changes: BarChange[] = [];
  for (const close of closes) {
    const before = (existing.get(symbol, close.date) as StoredBar | undefined) ?? null;
    const after: StoredBar = { closeHundredths: close.closeHundredths, openHundredths: close.openHundredths ?? before?.openHundredths ?? null };
    if (before === null) counts.added += 1;
    else if (before.closeHundredths !== after.closeHundredths || before.openHundredths !== after.openHundredths) counts.updated += 1;
    else {
      counts.unchanged += 1;
      continue;
    }
    changes.push({ date: close.date, before, after });
  }
  return { changes, counts };
}

export function listBars(db: Database.Database, symbol: MarketSymbol, from?: string, to?: string): MarketBar[] {
  const rows = sql(db, 'SELECT date, close_hundredths, open_hundredths FROM market_bars WHERE symbol = ? AND date >= ? AND date <= ? ORDER BY date')
    .all(symbol, from ?? '0000-00-00', to ?? '9999-99-99') as { date: string; close_hundredths: number; open_hundredths: number | null }[];
  return rows.map((r) => ({ symbol, date: r.date, closeHundredths: r.close_hundredths, openHundredths: r.open_hundredths }));
}

/** The stored bar of one date, or null. */
export function barOn(db: Database.Database, symbol: MarketSymbol, date: string): StoredBar | null {
  return (sql(db, 'SELECT close_hundredths AS closeHundredths, open_hundredths AS openHundredths FROM market_bars WHERE symbol = ? AND date = ?').get(symbol, date) as StoredBar | undefined) ?? null;
}

import type Database from 'better-sqlite3';
import type { ParsedClose } from '../../../shared/import/market-csv';
import type { MarketBar, MarketSymbol } from '../../../shared/domain/types';
import { bumpMarketStamp } from '../db/market-stamps';
import { sql } from '../db/statements';

export interface UpsertCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Inserts or updates closes; the caller wraps it in the user action's transaction. A row whose
 * open is null keeps the stored open (a `date,close` file or a typed close does not erase it).
 */
export function upsertCloses(db: Database.Database, symbol: MarketSymbol, closes: readonly ParsedClose[]): UpsertCounts {
  const existing = sql(db, 'SELECT close_hundredths AS close, open_hundredths AS open FROM market_bars WHERE symbol = ? AND date = ?');
  const insert = sql(db, 'INSERT INTO market_bars (symbol, date, close_hundredths, open_hundredths) VALUES (?, ?, ?, ?)');
  const update = sql(db, 'UPDATE market_bars SET close_hundredths = ?, open_hundredths = ? WHERE symbol = ? AND date = ?');
  const counts: UpsertCounts = { added: 0, updated: 0, unchanged: 0 };
  // Caches of market data (db/market-stamps.ts) start over once anything was written, even if a later row throws.
  try {
    upsertEach(closes, symbol, existing, insert, update, counts);
  } finally {
    if (counts.added + counts.updated > 0) bumpMarketStamp(db);
  }
  return counts;
}

function upsertEach(closes: readonly ParsedClose[], symbol: MarketSymbol, existing: Database.Statement, insert: Database.Statement, update: Database.Statement, counts: UpsertCounts): void {
  for (const close of closes) {
    const stored = existing.get(symbol, close.date) as { close: number; open: number | null } | undefined;
    if (stored === undefined) {
      insert.run(symbol, close.date, close.closeHundredths, close.openHundredths);
      counts.added += 1;
    } else if (stored.close !== close.closeHundredths || (close.openHundredths !== null && stored.open !== close.openHundredths)) {
      update.run(close.closeHundredths, close.openHundredths ?? stored.open, symbol, close.date);
      counts.updated += 1;
    } else {
      counts.unchanged += 1;
    }
  }
}

export function listBars(db: Database.Database, symbol: MarketSymbol, from?: string, to?: string): MarketBar[] {
  const rows = sql(db, 'SELECT date, close_hundredths, open_hundredths FROM market_bars WHERE symbol = ? AND date >= ? AND date <= ? ORDER BY date')
    .all(symbol, from ?? '0000-00-00', to ?? '9999-99-99') as { date: string; close_hundredths: number; open_hundredths: number | null }[];
  return rows.map((r) => ({ symbol, date: r.date, closeHundredths: r.close_hundredths, openHundredths: r.open_hundredths }));
}

export function deleteBar(db: Database.Database, symbol: MarketSymbol, date: string): number {
  const { changes } = sql(db, 'DELETE FROM market_bars WHERE symbol = ? AND date = ?').run(symbol, date);
  if (changes > 0) bumpMarketStamp(db);
  return changes;
}

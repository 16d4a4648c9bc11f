import type Database from 'better-sqlite3';
import type { MarketBar, MarketSymbol } from '../../../shared/domain/types';
import { NO_STORED_BARS, storedColumns, type ChangeColumns, type StoredBar, type StoredColumns } from '../../../shared/market/close-columns';
import { dateKey, isoOfKey } from '../../../shared/market/date-key';
import { bumpMarketStamp } from '../db/market-stamps';
import { sql } from '../db/statements';

/** Every stored bar of `symbol` as columns in date order, with each date's index (one indexed scan). */
export function storedBars(db: Database.Database, symbol: MarketSymbol): StoredColumns {
  const rows = sql(db, 'SELECT date, close_hundredths, open_hundredths FROM market_bars WHERE symbol = ? ORDER BY date').raw().all(symbol) as [string, number, number | null][];
  if (rows.length === 0) return NO_STORED_BARS;
  const [dateKeys, closes, opens] = [new Int32Array(rows.length), new Int32Array(rows.length), new Int32Array(rows.length)];
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    if (row === undefined) continue;
    dateKeys[i] = dateKey(row[0]);
    closes[i] = row[1];
    opens[i] = row[2] ?? 0;
  }
  return storedColumns(dateKeys, closes, opens);
}

/** Rows per INSERT statement: one `run` per 100 rows instead of per row (the per-call cost dominates small rows). */
const BATCH = 100;
const UPSERT_HEAD = 'INSERT INTO market_bars (symbol, date, close_hundredths, open_hundredths) VALUES ';
const UPSERT_TAIL = ' ON CONFLICT (symbol, date) DO UPDATE SET close_hundredths = excluded.close_hundredths, open_hundredths = excluded.open_hundredths';
const upsertSql = (rows: number) => `${UPSERT_HEAD}${Array.from({ length: rows }, () => '(?, ?, ?, ?)').join(', ')}${UPSERT_TAIL}`;

/**
 * Writes each change's "after" bar (a 0 close deletes the date); the caller wraps it in the user
 * action's transaction and records the revision. Every market write goes through here, so the
 * market caches (db/market-stamps.ts) start over, even if a later row throws. Upserts go 100
 * rows to a statement, their parameters filled into one reused array (docs/performance.md).
 */
export function applyBarChanges(db: Database.Database, symbol: MarketSymbol, changes: ChangeColumns): void {
  try {
    const upserts: number[] = [];
    for (let i = 0; i < changes.length; i += 1) {
      if ((changes.afterClose[i] ?? 0) === 0) sql(db, 'DELETE FROM market_bars WHERE symbol = ? AND date = ?').run(symbol, isoOfKey(changes.dateKeys[i] ?? 0));
      else upserts.push(i);
    }
    const params: (string | number | null)[] = new Array<string | number | null>(BATCH * 4);
    const full = sql(db, upsertSql(BATCH));
    let done = 0;
    for (; done + BATCH <= upserts.length; done += BATCH) {
      fillParams(params, symbol, changes, upserts, done, BATCH);
      full.run(params);
    }
    const rest = upserts.length - done;
    if (rest > 0) {
      const tail = new Array<string | number | null>(rest * 4);
      fillParams(tail, symbol, changes, upserts, done, rest);
      sql(db, upsertSql(rest)).run(tail);
    }
  } finally {
    if (changes.length > 0) bumpMarketStamp(db);
  }
}

/** Parameters of `rows` upserts starting at upserts[from]: symbol, ISO date, close, open (null when none). */
function fillParams(
  params: (string | number | null)[], symbol: MarketSymbol, changes: ChangeColumns, upserts: readonly number[], from: number, rows: number,
): void {
  for (let r = 0; r < rows; r += 1) {
    const i = upserts[from + r] ?? 0;
    const open = changes.afterOpen[i] ?? 0;
    params[r * 4] = symbol;
    params[r * 4 + 1] = isoOfKey(changes.dateKeys[i] ?? 0);
    params[r * 4 + 2] = changes.afterClose[i] ?? 0;
    params[r * 4 + 3] = open === 0 ? null : open;
  }
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

/**
 * The revision history of market closes (migration 5): each import and each hand edit is one
 * revision holding every changed date's bar before and after (one JSON array, see the
 * migration). Undo writes the "before" bars back, newest revision first, so the closes return
 * byte-identical (docs/import.md "Undo").
 */
import type Database from 'better-sqlite3';
import type { MarketRevision, MarketRevisionKind, MarketSymbol } from '../../../shared/domain/types';
import type { BarChange, ChangeColumns } from '../../../shared/market/close-columns';
import { isoOfKey } from '../../../shared/market/date-key';
import { changesJson } from './revision-json';
import { sql } from '../db/statements';

export interface RevisionMeta {
  symbol: MarketSymbol;
  kind: MarketRevisionKind;
  createdAt: string;
  source: string;
  reason: string;
}

/** One stored change: [date, beforeClose, beforeOpen, afterClose, afterOpen], hundredths, null = absent. */
type StoredChange = [string, number | null, number | null, number | null, number | null];

/** Records the changes (already applied by the caller, in the same transaction); returns the revision id. */
export function recordRevision(db: Database.Database, meta: RevisionMeta, changes: ChangeColumns): number {
  let [first, last] = [Infinity, -Infinity];
  for (const key of changes.dateKeys) {
    if (key < first) first = key;
    if (key > last) last = key;
  }
  const [firstDate, lastDate] = changes.length === 0 ? [null, null] : [isoOfKey(first), isoOfKey(last)];
  const { lastInsertRowid } = sql(db, 'INSERT INTO market_revisions (symbol, kind, created_at, source, reason, rows_changed, first_date, last_date, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(meta.symbol, meta.kind, meta.createdAt, meta.source, meta.reason, changes.length, firstDate, lastDate, changesJson(changes));
  return Number(lastInsertRowid);
}

/**
 * Records a first import of `symbol` — every change adds a date to a symbol that had no bar —
 * with the JSON built by SQLite from the rows just written: the same text changesJson gives
 * (`["YYYY-MM-DD",null,null,close,open]` in date order; a test compares them), without a string
 * per row in JavaScript.
 */
export function recordFirstImport(db: Database.Database, meta: RevisionMeta, changes: ChangeColumns): number {
  const { lastInsertRowid } = sql(db, `INSERT INTO market_revisions (symbol, kind, created_at, source, reason, rows_changed, first_date, last_date, changes)
    SELECT ?, ?, ?, ?, ?, count(*), min(date), max(date), json_group_array(json_array(date, NULL, NULL, close_hundredths, open_hundredths) ORDER BY date)
    FROM market_bars WHERE symbol = ?`).run(meta.symbol, meta.kind, meta.createdAt, meta.source, meta.reason, meta.symbol);
  const id = Number(lastInsertRowid);
  const rows = sql(db, 'SELECT rows_changed FROM market_revisions WHERE id = ?').pluck().get(id);
  if (rows !== changes.length) throw new Error(`recordFirstImport: ${String(rows)} stored ${meta.symbol} bars, ${changes.length} added: not a first import`);
  return id;
}

interface RevisionRow {
  id: number;
  symbol: MarketSymbol;
  kind: MarketRevisionKind;
  created_at: string;
  source: string;
  reason: string;
  rows_changed: number;
  undone_at: string | null;
  first_date: string | null;
  last_date: string | null;
}

const SELECT = 'SELECT id, symbol, kind, created_at, source, reason, rows_changed, undone_at, first_date, last_date FROM market_revisions';

function toRevision(row: RevisionRow): MarketRevision {
  return {
    id: row.id, symbol: row.symbol, kind: row.kind, createdAt: row.created_at, source: row.source, reason: row.reason,
    rowsChanged: row.rows_changed, firstDate: row.first_date, lastDate: row.last_date, undoneAt: row.undone_at,
  };
}

/** Newest first. */
export function listRevisions(db: Database.Database, symbol: MarketSymbol | undefined, limit: number): MarketRevision[] {
  const rows = symbol === undefined
    ? sql(db, `${SELECT} ORDER BY id DESC LIMIT ?`).all(limit)
    : sql(db, `${SELECT} WHERE symbol = ? ORDER BY id DESC LIMIT ?`).all(symbol, limit);
  return (rows as RevisionRow[]).map(toRevision);
}

/** The newest revision that still stands (of `symbol` when given). */
export function lastStanding(db: Database.Database, symbol: MarketSymbol | undefined): MarketRevision | null {
  const row = (symbol === undefined
    ? sql(db, `${SELECT} WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1`).get()
    : sql(db, `${SELECT} WHERE undone_at IS NULL AND symbol = ? ORDER BY id DESC LIMIT 1`).get(symbol)) as RevisionRow | undefined;
  return row ? toRevision(row) : null;
}

const bar = (close: number | null, open: number | null) => (close === null ? null : { closeHundredths: close, openHundredths: open });

/** The revision's changes reversed: each date's "after" becomes its "before". */
export function reversedChanges(db: Database.Database, id: number): BarChange[] {
  const text = sql(db, 'SELECT changes FROM market_revisions WHERE id = ?').pluck().get(id) as string | undefined;
  const stored = JSON.parse(text ?? '[]') as StoredChange[];
  return stored.map(([date, bc, bo, ac, ao]) => ({ date, before: bar(ac, ao), after: bar(bc, bo) }));
}

export function markUndone(db: Database.Database, id: number, at: string): void {
  sql(db, 'UPDATE market_revisions SET undone_at = ? WHERE id = ?').run(at, id);
}

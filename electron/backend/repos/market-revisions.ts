/**
 * The revision history of market closes (migration 5): each import and each hand edit is one
 * revision holding every changed date's bar before and after. Undo writes the "before" bars
 * back, newest revision first, so the closes return byte-identical (docs/import.md "Undo").
 */
import type Database from 'better-sqlite3';
import type { MarketRevision, MarketRevisionKind, MarketSymbol } from '../../../shared/domain/types';
import type { BarChange } from '../../../shared/market/import-plan';
import { sql } from '../db/statements';

export interface RevisionMeta {
  symbol: MarketSymbol;
  kind: MarketRevisionKind;
  createdAt: string;
  source: string;
  reason: string;
}

/** Records the changes (already applied by the caller, in the same transaction); returns the revision id. */
export function recordRevision(db: Database.Database, meta: RevisionMeta, changes: readonly BarChange[]): number {
  const { lastInsertRowid } = sql(db, 'INSERT INTO market_revisions (symbol, kind, created_at, source, reason, rows_changed) VALUES (?, ?, ?, ?, ?, ?)')
    .run(meta.symbol, meta.kind, meta.createdAt, meta.source, meta.reason, changes.length);
  const id = Number(lastInsertRowid);
  const insert = sql(db, 'INSERT INTO market_revision_rows (revision_id, date, before_close_hundredths, before_open_hundredths, after_close_hundredths, after_open_hundredths) VALUES (?, ?, ?, ?, ?, ?)');
  for (const { date, before, after } of changes) {
    insert.run(id, date, before?.closeHundredths ?? null, before?.openHundredths ?? null, after?.closeHundredths ?? null, after?.openHundredths ?? null);
  }
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

const SELECT = `SELECT r.*, (SELECT min(date) FROM market_revision_rows WHERE revision_id = r.id) AS first_date,
  (SELECT max(date) FROM market_revision_rows WHERE revision_id = r.id) AS last_date FROM market_revisions r`;

function toRevision(row: RevisionRow): MarketRevision {
  return { id: row.id, symbol: row.symbol, kind: row.kind, createdAt: row.created_at, source: row.source, reason: row.reason, rowsChanged: row.rows_changed, firstDate: row.first_date, lastDate: row.last_date, undoneAt: row.undone_at };
}

/** Newest first. */
export function listRevisions(db: Database.Database, symbol: MarketSymbol | undefined, limit: number): MarketRevision[] {
  const rows = symbol === undefined
    ? sql(db, `${SELECT} ORDER BY r.id DESC LIMIT ?`).all(limit)
    : sql(db, `${SELECT} WHERE r.symbol = ? ORDER BY r.id DESC LIMIT ?`).all(symbol, limit);
  return (rows as RevisionRow[]).map(toRevision);
}

/** The newest revision that still stands (of `symbol` when given). */
export function lastStanding(db: Database.Database, symbol: MarketSymbol | undefined): MarketRevision | null {
  const row = (symbol === undefined
    ? sql(db, `${SELECT} WHERE r.undone_at IS NULL ORDER BY r.id DESC LIMIT 1`).get()
    : sql(db, `${SELECT} WHERE r.undone_at IS NULL AND r.symbol = ? ORDER BY r.id DESC LIMIT 1`).get(symbol)) as RevisionRow | undefined;
  return row ? toRevision(row) : null;
}

/** The revision's changes reversed: each date's "after" becomes its "before". */
export function reversedChanges(db: Database.Database, id: number): BarChange[] {
  const rows = sql(db, 'SELECT date, before_close_hundredths AS bc, before_open_hundredths AS bo, after_close_hundredths AS ac, after_open_hundredths AS ao FROM market_revision_rows WHERE revision_id = ? ORDER BY date')
    .all(id) as { date: string; bc: number | null; bo: number | null; ac: number | null; ao: number | null }[];
  return rows.map((r) => ({
    date: r.date,
    before: r.ac === null ? null : { closeHundredths: r.ac, openHundredths: r.ao },
    after: r.bc === null ? null : { closeHundredths: r.bc, openHundredths: r.bo },
  }));
}

export function markUndone(db: Database.Database, id: number, at: string): void {
  sql(db, 'UPDATE market_revisions SET undone_at = ? WHERE id = ?').run(at, id);
}

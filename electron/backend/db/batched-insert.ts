import type Database from 'better-sqlite3';
import { sql } from './statements';

/** Rows per statement: one `run` per 100 rows instead of per row (the per-call cost dominates small rows). */
const BATCH = 100;

/**
 * Runs `INSERT … VALUES (?, …), (?, …) [tail]` over `rows` in batches of 100 — each row one
 * tuple of `columns` values. Used by market imports, whose 25,000-row files would otherwise
 * spend most of their time crossing into SQLite once per row (docs/performance.md).
 */
export function insertBatched(db: Database.Database, head: string, columns: number, tail: string, rows: readonly (readonly unknown[])[]): void {
  const tuple = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
  const statementFor = (count: number) => sql(db, `${head} VALUES ${Array.from({ length: count }, () => tuple).join(', ')}${tail ? ` ${tail}` : ''}`);
  const full = statementFor(BATCH);
  let i = 0;
  for (; i + BATCH <= rows.length; i += BATCH) full.run(rows.slice(i, i + BATCH).flat());
  if (i < rows.length) statementFor(rows.length - i).run(rows.slice(i).flat());
}

import type Database from 'better-sqlite3';
import { sql } from './statements';

const memos = new WeakMap<Database.Database, Map<string, { changes: number; value: unknown }>>();

/**
 * Caches a derived read until this connection next writes anything (SQLite's
 * total_changes() moves on every insert, update or delete). Only this process writes the
 * journal, so a stale value is impossible; a write costs one recomputation.
 */
export function memoUntilWrite<T>(db: Database.Database, key: string, compute: () => T): T {
  const changes = sql(db, 'SELECT total_changes()').pluck().get() as number;
  let cache = memos.get(db);
  if (!cache) {
    cache = new Map();
    memos.set(db, cache);
  }
  const hit = cache.get(key);
  if (hit && hit.changes === changes) return hit.value as T;
  const value = compute();
  cache.set(key, { changes, value });
  return value;
}

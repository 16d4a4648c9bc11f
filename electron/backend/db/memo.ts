import type Database from 'better-sqlite3';
import { sql } from './statements';

/**
 * Entries per connection, least recently used dropped first: a user trying many what-if dates or
 * vol shifts must not keep every dashboard they have seen.
 */
const MAX_ENTRIES = 48;
const memos = new WeakMap<Database.Database, Map<string, { changes: string; value: unknown }>>();

/**
 * Caches a derived read until the journal next changes: total_changes() moves on every
 * insert, update or delete on this connection, and PRAGMA data_version moves when another
 * connection (the CLI while the app is open) commits. A write costs one recomputation.
 */
export function memoUntilWrite<T>(db: Database.Database, key: string, compute: () => T): T {
  const changes = `${String(sql(db, 'SELECT total_changes()').pluck().get())}:${String(sql(db, 'PRAGMA data_version').pluck().get())}`;
  return memoOnVersion(db, key, changes, compute);
}

/**
 * Caches a derived read until `version` moves: for reads whose inputs have their own, narrower
 * change stamp (db/market-stamps.ts), so unrelated writes do not drop them. The caller's version
 * must see restores and other connections' commits.
 */
export function memoOnVersion<T>(db: Database.Database, key: string, version: string | number, compute: () => T): T {
  const changes = String(version);
  let cache = memos.get(db);
  if (!cache) {
    cache = new Map();
    memos.set(db, cache);
  }
  const hit = cache.get(key);
  // Re-inserted on every use, so the map's first key is the one used longest ago.
  cache.delete(key);
  if (hit && hit.changes === changes) {
    cache.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  cache.set(key, { changes, value });
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return value;
}

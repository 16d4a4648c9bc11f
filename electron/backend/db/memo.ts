import type Database from 'better-sqlite3';
import { derived } from './derived-cache';

/**
 * Entries kept, least recently used dropped first: a user trying many what-if dates or vol shifts
 * must not keep every dashboard they have seen.
 */
const MAX_ENTRIES = 48;

/**
 * Caches a derived read until the journal next changes (the `journal` read of db/derived-cache.ts:
 * any insert, update or delete on this connection, or another connection's commit). For whole
 * answers that read broadly (a dashboard, the prompts); a write costs one recomputation, and the
 * narrower caches beneath (layer details, closes) keep what the write did not touch.
 */
export function memoUntilWrite<T>(db: Database.Database, key: string, compute: () => T): T {
  return derived(db, 'memo', key, ['journal'], compute, MAX_ENTRIES);
}

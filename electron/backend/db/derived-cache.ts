/**
 * The one cache policy for derived figures (docs/architecture.md "Caches"): a value is kept per
 * connection under a key together with the revisions of what it READ, and it is served again only
 * while every one of those revisions is unchanged. What a figure can read, and its revision:
 *
 *   journal     any row of the file: total_changes() on this connection + PRAGMA data_version
 *               (another connection's commit). The bluntest read, for figures that read broadly.
 *   market      the SPX/VIX bars: the market stamp (db/market-stamps.ts), moved by every write of
 *               bars on this connection, a restore, or another connection's commit.
 *   layers      the set of layers and their roll links: the layer stamps' generation (restore,
 *               another connection's commit) and structure (a layer added or deleted).
 *   layer(id)   one layer's row, legs, tickets and hedge links: `layers` plus the layer's stamp,
 *               moved by every write in repos/layers.ts (db/layer-stamps.ts).
 *
 * A write can only make an entry miss, never serve a stale one, as long as every write goes
 * through the repos that move the stamps (ESLint allows write SQL only there). A stamp moved by a
 * write that is then rolled back costs one recomputation. Values are shared, never copied: callers
 * must not mutate them. Each pool keeps its most recently used entries up to its limit.
 */
import type Database from 'better-sqlite3';
import { forgetLayerStamps, layerStamp, layerStampGeneration, layerStructure } from './layer-stamps';
import { forgetMarketStamps, marketVersion } from './market-stamps';
import { sql } from './statements';

export type Read = 'journal' | 'market' | 'layers' | { layer: number };

/** Entries per pool unless the caller says otherwise. */
const DEFAULT_LIMIT = 48;

interface Entry {
  revisions: string;
  value: unknown;
}

const pools = new WeakMap<Database.Database, Map<string, Map<string, Entry>>>();

/** The revisions of `reads` now, as one comparable text. */
export function revisionsOf(db: Database.Database, reads: readonly Read[]): string {
  let layers: string | null = null;
  const layersRevision = () => (layers ??= `${layerStampGeneration(db)}.${layerStructure(db)}`);
  return reads.map((read) => {
    if (read === 'journal') return `j${String(sql(db, 'SELECT total_changes()').pluck().get())}:${String(sql(db, 'PRAGMA data_version').pluck().get())}`;
    if (read === 'market') return `m${marketVersion(db)}`;
    if (read === 'layers') return `s${layersRevision()}`;
    return `l${read.layer}.${layersRevision()}.${layerStamp(db, read.layer)}`;
  }).join('|');
}

function poolOf(db: Database.Database, pool: string): Map<string, Entry> {
  let byPool = pools.get(db);
  if (!byPool) {
    byPool = new Map();
    pools.set(db, byPool);
  }
  let entries = byPool.get(pool);
  if (!entries) {
    entries = new Map();
    byPool.set(pool, entries);
  }
  return entries;
}

/** The kept value when its reads still have these revisions, else undefined. */
export function lookupDerived<T>(db: Database.Database, pool: string, key: string, revisions: string): T | undefined {
  const entries = poolOf(db, pool);
  const hit = entries.get(key);
  if (!hit) return undefined;
  // Re-inserted on every use, so the map's first key is the one used longest ago.
  entries.delete(key);
  if (hit.revisions !== revisions) return undefined;
  entries.set(key, hit);
  return hit.value as T;
}

export function storeDerived(db: Database.Database, pool: string, key: string, revisions: string, value: unknown, limit = DEFAULT_LIMIT): void {
  const entries = poolOf(db, pool);
  entries.delete(key);
  entries.set(key, { revisions, value });
  while (entries.size > limit) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
}

/**
 * `compute()`, kept under `pool`/`key` until one of `reads` moves. The revisions are taken
 * BEFORE computing, so a write during the computation can only cause a miss later.
 */
export function derived<T>(db: Database.Database, pool: string, key: string, reads: readonly Read[], compute: () => T, limit = DEFAULT_LIMIT): T {
  const revisions = revisionsOf(db, reads);
  const hit = lookupDerived<T>(db, pool, key, revisions);
  if (hit !== undefined) return hit;
  const value = compute();
  storeDerived(db, pool, key, revisions, value, limit);
  return value;
}

/**
 * Nothing derived on this connection stands: every pool is emptied and the layer and market
 * stamps start a new generation (so the caches keyed on them outside this module miss too).
 * The dispatcher calls it when a call that wrote rows is rolled back.
 */
export function forgetDerived(db: Database.Database): void {
  pools.delete(db);
  forgetLayerStamps(db);
  forgetMarketStamps(db);
}

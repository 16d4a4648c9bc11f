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
 *   layer set   every layer of a set (a portfolio's closed layers, its whole book): `layer(id)` of
 *               each layer held, plus membership — a layer written since may have joined the set.
 *               Kept with the ids it holds and the stamp counter (`takeLayerSet`, below), so a
 *               write outside the set costs a membership check, and a value built from per-layer
 *               parts can be brought up to date from just the layers written since.
 *
 * A write can only make an entry miss, never serve a stale one, as long as every write goes
 * through the repos that move the stamps (ESLint allows write SQL only there). A stamp moved by a
 * write that is then rolled back costs one recomputation; a rolled-back call drops every entry
 * (`forgetDerived`). Values are shared, never copied: callers must not mutate them — save the owner
 * of a layer-set value, which takes it out of its pool to bring it up to date and stores it back.
 * Each pool keeps its most recently used entries up to its limit.
 */
import type Database from 'better-sqlite3';
import { forgetLayerStamps, layerStamp, layerStampCounter, layerStampGeneration, layersStampedSince, layerStructure } from './layer-stamps';
import { forgetMarketStamps, marketVersion } from './market-stamps';
import { sql } from './statements';

export type Read = 'journal' | 'market' | 'layers' | { layer: number };

/** Entries per pool unless the caller says otherwise. */
const DEFAULT_LIMIT = 48;

/**
 * A kept value with the revisions of what it read: the revisions text of `reads`, or, for a value
 * that read a set of layers, the layer-set revision (see "A value that read a set of layers" below).
 */
type Entry = { revisions: string; value: unknown; layerSet?: undefined } | { revisions: null; value: unknown; layerSet: LayerSetRevision };

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
  if (hit.layerSet !== undefined || hit.revisions !== revisions) return undefined;
  entries.set(key, hit);
  return hit.value as T;
}

export function storeDerived(db: Database.Database, pool: string, key: string, revisions: string, value: unknown, limit = DEFAULT_LIMIT): void {
  putEntry(poolOf(db, pool), key, { revisions, value }, limit);
}

function putEntry(entries: Map<string, Entry>, key: string, entry: Entry, limit: number): void {
  entries.delete(key);
  entries.set(key, entry);
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

// ── A value that read a set of layers ─────────────────────────────────────────────────────────
// The closed history reads every closed layer of a portfolio; the performance book every layer of
// one. Keyed by `layer(id)` of each layer it holds plus `layers`, it would miss on any ticket
// anywhere; instead its revision is the stamp generation and structure, the stamp counter when it
// was read, and the ids it holds. It is current while no layer it holds was stamped since, no layer
// was added or deleted, and no layer stamped since has JOINED the set — the caller's membership
// check over just those layers (a layer that closed, say). A ticket on a layer outside the set
// costs that check, not a recomputation.

/** The layers a value holds: a set, or a view of the value itself (a book's own ids). */
export interface LayerHolder {
  has(id: number): boolean;
}

interface LayerSetRevision {
  generation: number;
  structure: number;
  /** The stamp counter when the value was read (or last confirmed current). */
  counter: number;
  held: LayerHolder;
}

export type LayerSetNow = Omit<LayerSetRevision, 'held'>;

/** A layer-set value taken out of its pool, and what moved since it was kept. */
export interface LayerSetLook<T> {
  /** Undefined when none was kept or the generation moved (a restore, another connection's commit). */
  kept: T | undefined;
  held: LayerHolder;
  /** Layers were added or deleted since (roll links may have moved with them). */
  structureMoved: boolean;
  /** Layers it holds that were written since. */
  heldWritten: number[];
  /** Other layers written since: the only ones that can have joined the set. */
  otherWritten: number[];
  /** The revision now (taken before anything is recomputed): store the current value under it. */
  now: LayerSetNow;
}

/**
 * Takes a layer-set value out of its pool with what moved since it was kept. The owner stores it
 * back (`storeLayerSet`) once it is current again — recomputed, or brought up to date from
 * `heldWritten` / `otherWritten` — so a computation that throws half-way leaves nothing to serve.
 */
export function takeLayerSet<T>(db: Database.Database, pool: string, key: string): LayerSetLook<T> {
  const now = { generation: layerStampGeneration(db), structure: layerStructure(db), counter: layerStampCounter(db) };
  const entries = poolOf(db, pool);
  const hit = entries.get(key);
  entries.delete(key);
  if (hit?.layerSet === undefined || hit.layerSet.generation !== now.generation) {
    return { kept: undefined, held: new Set(), structureMoved: true, heldWritten: [], otherWritten: [], now };
  }
  const { held, structure, counter } = hit.layerSet;
  const heldWritten: number[] = [];
  const otherWritten: number[] = [];
  for (const id of layersStampedSince(db, counter)) (held.has(id) ? heldWritten : otherWritten).push(id);
  return { kept: hit.value as T, held, structureMoved: structure !== now.structure, heldWritten, otherWritten, now };
}

/** Keeps `value`, current at revision `now`, holding the layers `held`. */
export function storeLayerSet(
  db: Database.Database, pool: string, key: string, now: LayerSetNow, value: unknown, held: LayerHolder, limit = DEFAULT_LIMIT,
): void {
  putEntry(poolOf(db, pool), key, { revisions: null, value, layerSet: { ...now, held } }, limit);
}

/**
 * `compute()` (the value and the layers it holds), kept until a layer it holds is written, a layer
 * is added or deleted, the generation moves, or `joins` says a layer written since (none of which
 * it holds) now belongs to the set.
 */
export function derivedOverLayers<T>(
  db: Database.Database, pool: string, key: string,
  compute: () => { value: T; held: LayerHolder }, joins: (written: readonly number[]) => boolean, limit = DEFAULT_LIMIT,
): T {
  const look = takeLayerSet<T>(db, pool, key);
  const { kept } = look;
  if (kept !== undefined && !look.structureMoved && look.heldWritten.length === 0 && (look.otherWritten.length === 0 || !joins(look.otherWritten))) {
    // Confirmed at the counter now: the layers written so far need not be checked again.
    storeLayerSet(db, pool, key, look.now, kept, look.held, limit);
    return kept;
  }
  const { value, held } = compute();
  storeLayerSet(db, pool, key, look.now, value, held, limit);
  return value;
}

/** Empties one pool (a test's from-scratch run through the same path). */
export function forgetDerivedPool(db: Database.Database, pool: string): void {
  pools.get(db)?.delete(pool);
}

/**
 * Nothing derived on this connection stands: every pool is emptied and the layer and market
 * stamps start a new generation (every revision taken before is void).
 * The dispatcher calls it when a call that wrote rows is rolled back.
 */
export function forgetDerived(db: Database.Database): void {
  pools.delete(db);
  forgetLayerStamps(db);
  forgetMarketStamps(db);
}

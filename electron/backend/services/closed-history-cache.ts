/**
 * The dashboard's closed-layer history (IRR / WACC cash over ~2,500 closed layers, ~20 ms to
 * read) per connection, portfolio and date, kept across writes that cannot change it. It reads
 * only layers closed before the date — their rows, legs and tickets — and every write to those
 * goes through `repos/layers.ts`, which moves the layer's stamp (db/layer-stamps.ts). So after a
 * write the entry stands unless a layer stamped since it was read is one it holds, or is now a
 * closed layer of the portfolio before the date (it closed, or a layer was reopened and closed
 * again); saving a ticket of an open layer costs one indexed look-up of that layer. Layers added
 * or deleted (the structure version: a deleted portfolio cascades without per-layer stamps), a
 * restore and another connection's commit (the stamp generation) drop the entry.
 */
import type Database from 'better-sqlite3';
import type { ClosedHistory } from '../../../shared/dashboard';
import { layerStampCounter, layerStampGeneration, layersStampedSince, layerStructure } from '../db/layer-stamps';
import { sql } from '../db/statements';
import { closedLayerHistory } from '../repos/layers';

interface Entry {
  generation: number;
  structure: number;
  /** The stamp counter when the history was read (or last confirmed current). */
  counter: number;
  ids: Set<number>;
  history: ClosedHistory;
}

/** Entries per connection (portfolio × date); the oldest goes first. */
const MAX_ENTRIES = 8;
const caches = new WeakMap<Database.Database, Map<string, Entry>>();

export function cachedClosedLayerHistory(db: Database.Database, portfolioId: number, date: string): ClosedHistory {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = `${portfolioId}/${date}`;
  const generation = layerStampGeneration(db);
  const structure = layerStructure(db);
  const counter = layerStampCounter(db);
  const hit = cache.get(key);
  if (hit && hit.generation === generation && hit.structure === structure && stillCurrent(db, hit, portfolioId, date)) {
    hit.counter = counter;
    return hit.history;
  }
  const history = closedLayerHistory(db, portfolioId, date);
  cache.delete(key);
  cache.set(key, { generation, structure, counter, ids: new Set(history.layers.map((l) => l.id)), history });
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return history;
}

function stillCurrent(db: Database.Database, entry: Entry, portfolioId: number, date: string): boolean {
  const written = layersStampedSince(db, entry.counter);
  if (written.length === 0) return true;
  if (written.some((id) => entry.ids.has(id))) return false;
  // None of them was in the history: it stands unless one of them now belongs to it.
  const joined = sql(db, "SELECT count(*) FROM layers WHERE id IN (SELECT value FROM json_each(?)) AND portfolio_id = ? AND status <> 'open' AND closed_on < ?")
    .pluck().get(JSON.stringify(written), portfolioId, date) as number;
  return joined === 0;
}

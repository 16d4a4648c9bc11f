import type Database from 'better-sqlite3';
import { sql } from './statements';

/**
 * In-memory change stamps per layer: the revisions of the `layers`, `layer(id)` and layer-set reads
 * of db/derived-cache.ts, the one policy every derived figure is kept by.
 * Every write to a layer's row or ledger goes through `repos/layers.ts` (`insertLayer`,
 * `updateLayerFields`, `setOpenedOn`, `writeLayerSummary` — which ends every ticket or leg change — and
 * `deleteLayer`), and each bumps the layer's stamp to a connection-wide counter, so a stamp
 * never repeats on this connection: a cache entry is stale exactly when its stamp moved.
 * Layers not written since the journal was opened have stamp 0. Adding or deleting a layer
 * (or a portfolio, whose layers cascade) also moves the structure version: the set of layers
 * and their roll links (a deleted parent's children lose `rolled_from_id`) changed.
 *
 * What the stamps cannot see moves the generation, and a cache drops everything then: a JSON
 * restore replacing every row (ids are reused; `restoreJson` calls `forgetLayerStamps`), and
 * commits by another connection to the same file (the CLI while the app is open), seen through
 * `PRAGMA data_version`. A bump for a write that is then rolled back only costs a recomputation.
 */
interface Stamps {
  counter: number;
  structure: number;
  generation: number;
  dataVersion: number;
  byLayer: Map<number, number>;
}

const stampsByDb = new WeakMap<Database.Database, Stamps>();

function stampsOf(db: Database.Database): Stamps {
  let stamps = stampsByDb.get(db);
  if (!stamps) {
    stamps = { counter: 0, structure: 0, generation: 0, dataVersion: dataVersion(db), byLayer: new Map() };
    stampsByDb.set(db, stamps);
  }
  return stamps;
}

function dataVersion(db: Database.Database): number {
  return sql(db, 'PRAGMA data_version').pluck().get() as number;
}

/** The layer's row or ledger changed. */
export function bumpLayerStamp(db: Database.Database, layerId: number): void {
  const stamps = stampsOf(db);
  stamps.counter += 1;
  stamps.byLayer.set(layerId, stamps.counter);
}

/** Layers were added or deleted. */
export function bumpLayerStructure(db: Database.Database): void {
  stampsOf(db).structure += 1;
}

export function layerStamp(db: Database.Database, layerId: number): number {
  return stampsOf(db).byLayer.get(layerId) ?? 0;
}

/** The connection-wide counter: every stamp given so far is at most this. */
export function layerStampCounter(db: Database.Database): number {
  return stampsOf(db).counter;
}

/** Layers whose stamp moved after the counter stood at `counter` (written since then): the layer-set read's check. */
export function layersStampedSince(db: Database.Database, counter: number): number[] {
  const ids: number[] = [];
  for (const [id, stamp] of stampsOf(db).byLayer) if (stamp > counter) ids.push(id);
  return ids;
}

export function layerStructure(db: Database.Database): number {
  return stampsOf(db).structure;
}

/** Every stamp is void (the rows were replaced wholesale): caches keyed by the generation start over. */
export function forgetLayerStamps(db: Database.Database): void {
  const stamps = stampsOf(db);
  stamps.generation += 1;
  stamps.structure += 1;
  stamps.byLayer.clear();
}

/** Moves when the stamps stop describing the rows: a restore, or another connection's commit. */
export function layerStampGeneration(db: Database.Database): number {
  const stamps = stampsOf(db);
  const version = dataVersion(db);
  if (version !== stamps.dataVersion) {
    stamps.dataVersion = version;
    forgetLayerStamps(db);
  }
  return stamps.generation;
}

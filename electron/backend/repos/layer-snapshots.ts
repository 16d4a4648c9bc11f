/** The layer_snapshots table: one entry snapshot per layer, taken in the transaction that opens it. */
import type Database from 'better-sqlite3';
import type { EntrySnapshot } from '../../../shared/domain/types';
import { sql } from '../db/statements';

/** What a snapshot stores beside its date and market levels (kept as JSON). */
export type SnapshotBody = Omit<EntrySnapshot, 'layerId' | 'takenOn' | 'spx' | 'vix'>;

/** Stores (or replaces) a layer's snapshot; SPX and VIX in points, stored as hundredths. */
export function saveLayerSnapshot(db: Database.Database, layerId: number, takenOn: string, spx: number | null, vix: number | null, body: SnapshotBody): void {
  sql(db, 'INSERT OR REPLACE INTO layer_snapshots (layer_id, taken_on, spx_hundredths, vix_hundredths, snapshot_json) VALUES (?, ?, ?, ?, ?)')
    .run(layerId, takenOn, spx === null ? null : Math.round(spx * 100), vix === null ? null : Math.round(vix * 100), JSON.stringify(body));
}

export function findLayerSnapshot(db: Database.Database, layerId: number): EntrySnapshot | null {
  const row = sql(db, 'SELECT taken_on, spx_hundredths, vix_hundredths, snapshot_json FROM layer_snapshots WHERE layer_id = ?').get(layerId) as
    { taken_on: string; spx_hundredths: number | null; vix_hundredths: number | null; snapshot_json: string } | undefined;
  if (!row) return null;
  const body = JSON.parse(row.snapshot_json) as SnapshotBody;
  const points = (hundredths: number | null) => (hundredths === null ? null : hundredths / 100);
  return { layerId, takenOn: row.taken_on, spx: points(row.spx_hundredths), vix: points(row.vix_hundredths), ...body };
}

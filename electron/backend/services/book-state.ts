/**
 * The one read of the book as of a date (ALVH.md "Time-true state") every figure goes through:
 * the layers that can matter on `date` (open then, or ended on/after it), each rebuilt from its
 * tickets dated ≤ date by shared/domain/layer-as-of.ts. Layers that had ended before `date`
 * cannot change after their last ticket, so their stored summaries (the closed history) stand.
 */
import type Database from 'better-sqlite3';
import { bookAsOf } from '../../../shared/domain/layer-as-of';
import type { SettlementPriceFn } from '../../../shared/domain/settlement';
import type { LayerDetail } from '../../../shared/domain/types';
import { lookupDerived, revisionsOf, storeDerived } from '../db/derived-cache';
import { sql } from '../db/statements';
import { findLayersByIds, listLayerIdsActiveOn } from '../repos/layers';

/** Layers alive on `date` as they stood at its end; those not opened yet are left out. */
export function activeLayersAsOf(db: Database.Database, portfolioId: number, date: string): LayerDetail[] {
  return bookAsOf(layerDetails(db, listLayerIdsActiveOn(db, portfolioId, date)), date);
}

/** Layer details kept per connection: a long journal has ~2,500; a scrub touches ~20 per date. */
const DETAIL_LIMIT = 4096;

/**
 * Each layer's full ledger (row, legs, every ticket, links), read once and kept until the layer is
 * written (its `layer` read in db/derived-cache.ts): a date's book is then `layerAsOf` over kept
 * ledgers, and scrubbing the as-of date reads only the ids alive on each date from SQL. The
 * ledger kept is the whole one; `layerAsOf` cuts it at the date, so one entry serves every date.
 */
export function layerDetails(db: Database.Database, ids: readonly number[]): LayerDetail[] {
  const found = new Map<number, LayerDetail>();
  const missing: { id: number; revisions: string }[] = [];
  for (const id of ids) {
    const revisions = revisionsOf(db, [{ layer: id }]);
    const hit = lookupDerived<LayerDetail>(db, 'layer-detail', String(id), revisions);
    if (hit) found.set(id, hit);
    else missing.push({ id, revisions });
  }
  // The date a detail is read at only sets its stored-status DTE, which layerAsOf recomputes.
  const loaded = findLayersByIds(db, missing.map((m) => m.id), '9999-12-31');
  const byId = new Map(loaded.map((l) => [l.id, l]));
  for (const { id, revisions } of missing) {
    const detail = byId.get(id);
    if (!detail) continue;
    found.set(id, detail);
    storeDerived(db, 'layer-detail', String(id), revisions, detail, DETAIL_LIMIT);
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/**
 * Settlement prices from the store: the OPEN (migration 0005) or the CLOSE of the exact day, points;
 * null when that day — or its OPEN, for a closes-only import — is not stored.
 */
export function storedSettlementPrice(db: Database.Database): SettlementPriceFn {
  return (symbol, date, kind) => {
    const column = kind === 'open' ? 'open_hundredths' : 'close_hundredths';
    const value = sql(db, `SELECT ${column} FROM market_bars WHERE symbol = ? AND date = ?`).pluck().get(symbol, date) as number | null | undefined;
    return value === null || value === undefined ? null : value / 100;
  };
}

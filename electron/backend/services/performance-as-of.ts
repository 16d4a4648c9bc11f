/**
 * Performance as of a past date (ALVH.md "Time-true state"): the kept performance book holds
 * each layer's facts from its whole ledger; as of D a layer counts only its tickets dated ≤ D.
 *  - every ticket ≤ D: its kept facts are its state on D (nothing later can change them);
 *  - first ticket after D: it did not exist yet, left out;
 *  - tickets on both sides: rebuilt by `layerAsOf` (shared/domain/layer-as-of.ts) from its kept
 *    ledger (services/book-state.ts) — its status, realised cash and close date on D.
 * When no layer has a ticket after D the kept book's incremental result is the answer.
 */
import type Database from 'better-sqlite3';
import { layerAsOf } from '../../../shared/domain/layer-as-of';
import { ledgerFacts, performanceLayerOf, type PerformanceBook, type PerformanceLayer } from '../../../shared/performance';
import { layerDetails } from './book-state';

export interface LayersAsOf {
  /** The layers as they stood at the end of D. */
  layers: PerformanceLayer[];
  /** True when some layer has a ticket after D (so `layers` differs from the kept book). */
  cut: boolean;
}

/** Where a layer's tickets fall relative to `date`: all on or before, all after, or both. */
function sideOf(layer: PerformanceLayer, date: string): 'before' | 'after' | 'both' {
  let first: string | null = null;
  let last: string | null = null;
  for (const t of layer.ticketFees) {
    if (first === null || t.date < first) first = t.date;
    if (last === null || t.date > last) last = t.date;
  }
  if (first === null || first > date) return 'after';
  return last !== null && last > date ? 'both' : 'before';
}

/** The kept book's layers as of the end of `date`. */
export function performanceLayersAsOf(db: Database.Database, book: PerformanceBook, date: string): LayersAsOf {
  const layers: PerformanceLayer[] = [];
  const straddling: number[] = [];
  let cut = false;
  for (const id of book.ids()) {
    const layer = book.get(id);
    if (!layer) continue;
    const side = sideOf(layer, date);
    if (side === 'before') layers.push(layer);
    else if (side === 'both') straddling.push(id);
    // A layer without tickets has no state on any date (bookAsOf leaves it out too).
    if (side !== 'before' && layer.ticketFees.length > 0) cut = true;
  }
  for (const detail of layerDetails(db, straddling)) {
    const state = layerAsOf(detail, date);
    if (state === null) continue;
    layers.push(performanceLayerOf({
      id: state.id, role: state.role, tags: state.tags, status: state.status, openedOn: state.openedOn, closedOn: state.closedOn,
      rolledFromId: state.rolledFromId, rolledToId: state.rolledToId,
    }, ledgerFacts(state)));
  }
  return { layers, cut };
}

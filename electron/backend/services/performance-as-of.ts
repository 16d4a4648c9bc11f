/**
 * Performance as of a past date (ALVH.md "Time-true state"): the kept performance book
 * (handlers/performance-handlers.ts, a layer-set value of db/derived-cache.ts) holds each layer's
 * facts from its whole ledger; as of D a layer counts only its tickets dated ≤ D. Nothing here is
 * kept: the rebuilt layers come from the per-layer ledgers of book-state.ts (`layer(id)` reads).
 *  - every ticket ≤ D: its kept facts are its state on D (nothing later can change them), save
 *    the status of a layer still open in the store (it may be expired-unbooked on D), rebuilt;
 *  - first ticket after D: it did not exist yet, left out;
 *  - tickets on both sides: rebuilt by `layerAsOf` (shared/domain/layer-as-of.ts) from its kept
 *    ledger (services/book-state.ts) — its status, realised cash and close date on D.
 * When no layer has a ticket after D and every rebuilt layer reads as kept, the kept book's
 * incremental result is the answer; when few differ, the kept book with those swapped in.
 */
import type Database from 'better-sqlite3';
import { layerAsOf } from '../../../shared/domain/layer-as-of';
import { ledgerFacts, performanceLayerOf, type PerformanceBook, type PerformanceLayer } from '../../../shared/performance';
import { layerDetails } from './book-state';

export interface LayersAsOf {
  /** The layers as they stood at the end of D. */
  layers: PerformanceLayer[];
  /** Where D's book differs from the kept one: a layer as of D, or null for one not opened by D. Empty when they agree. */
  overrides: Map<number, PerformanceLayer | null>;
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

/**
 * Whether a layer whose tickets are all ≤ D may still read differently on D than in the kept
 * book: an open layer may be expired-unbooked on D, and a roll link without a roll ticket
 * is not a roll on D. Closed layers' stored status and close date are their ledger's.
 */
function mayDiffer(layer: PerformanceLayer): boolean {
  return layer.status === 'open' || (layer.rolledToId !== null && layer.status !== 'rolled');
}

function sameFields(a: PerformanceLayer, b: PerformanceLayer): boolean {
  return a.status === b.status && a.closedOn === b.closedOn && a.rolledToId === b.rolledToId && a.rolledFromId === b.rolledFromId && a.openedOn === b.openedOn;
}

/** The kept book's layers as of the end of `date`. */
export function performanceLayersAsOf(db: Database.Database, book: PerformanceBook, date: string): LayersAsOf {
  const layers: PerformanceLayer[] = [];
  const rebuild: number[] = [];
  const overrides = new Map<number, PerformanceLayer | null>();
  for (const id of book.ids()) {
    const layer = book.get(id);
    if (!layer) continue;
    const side = sideOf(layer, date);
    if (side === 'before' && !mayDiffer(layer)) layers.push(layer);
    else if (side !== 'after') rebuild.push(id);
    // A layer without tickets has no state on any date (bookAsOf leaves it out too).
    if (side !== 'before' && layer.ticketFees.length > 0) overrides.set(id, null);
  }
  for (const detail of layerDetails(db, rebuild)) {
    const state = layerAsOf(detail, date);
    if (state === null) continue;
    overrides.delete(state.id);
    const rebuilt = performanceLayerOf({
      id: state.id, role: state.role, tags: state.tags, status: state.status, openedOn: state.openedOn, closedOn: state.closedOn,
      rolledFromId: state.rolledFromId, rolledToId: state.rolledToId,
    }, ledgerFacts(state));
    const kept = book.get(state.id);
    if (!kept || sideOf(kept, date) !== 'before' || !sameFields(kept, rebuilt)) overrides.set(state.id, rebuilt);
    layers.push(rebuilt);
  }
  return { layers, overrides };
}

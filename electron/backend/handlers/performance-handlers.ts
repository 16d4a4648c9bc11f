import type Database from 'better-sqlite3';
import { bookAsOf } from '../../../shared/domain/layer-as-of';
import { computePerformance, ledgerFacts, PerformanceBook, performanceLayerOf, performanceOfLayers, type PerformanceResult } from '../../../shared/performance';
import { layerStamp, layerStampCounter, layerStampGeneration, layerStructure } from '../db/layer-stamps';
import { memoUntilWrite } from '../db/memo';
import { sql } from '../db/statements';
import { listDecisions } from '../repos/journal';
import { layerFieldRowsByIds, listLayerFieldRows, listLayers, listLayersByIds, rollLinks, type LayerFieldsRow } from '../repos/layers';
import { today } from '../context';
import type { HandlerMap } from './handler';
import { requirePortfolio } from '../services/portfolio-lookup';
import { performanceLayersAsOf } from '../services/performance-as-of';

type PerformanceQuery = { portfolioId: number; from?: string | undefined; to?: string | undefined; asOf: string };

/**
 * The straightforward computation: every layer as of `asOf` (its tickets dated ≤ asOf), every
 * decision evaluated by then, then the pure derivation.
 */
export function computePortfolioPerformance(db: Database.Database, q: PerformanceQuery): PerformanceResult {
  const portfolio = requirePortfolio(db, q.portfolioId);
  return computePerformance({
    // Every layer with its tickets: realisations walk each layer's whole ledger, then clip to the range.
    layers: bookAsOf(listLayers(db, q.portfolioId, q.asOf), q.asOf),
    decisions: listDecisions(db, q.portfolioId, undefined, q.asOf),
    from: q.from,
    to: q.to,
    riskCapitalCents: portfolio.riskCapitalCents,
    settings: portfolio.settings,
  });
}

/**
 * Each portfolio's layers as performance input (`PerformanceBook`), per connection, with the
 * stamp and `created_at` each was derived at. A layer is re-derived (its row, legs and tickets
 * read again) when its stamp moved — every write to a layer's row or ledger moves it (see
 * db/layer-stamps.ts) — and, after layers were added or deleted (the structure version moved),
 * when its row no longer matches: a new id, an id reused by a new layer (`created_at`), or a
 * roll link that changed. Everything goes when the stamp generation moves (a JSON restore,
 * another connection's commit).
 */
interface PortfolioCache {
  structure: number;
  book: PerformanceBook;
  derived: Map<number, { stamp: number; createdAt: string }>;
  /**
   * While the cache is built in slices: the rows still to derive, good as long as nothing was
   * written since (same structure, no layer stamped since `counter`); otherwise they are read again.
   */
  pending: { structure: number; counter: number; rows: LayerFieldsRow[]; rolledTo: Map<number, number> } | null;
}

interface ConnectionCache {
  generation: number;
  byPortfolio: Map<number, PortfolioCache>;
}

const caches = new WeakMap<Database.Database, ConnectionCache>();

function connectionCache(db: Database.Database): ConnectionCache {
  const generation = layerStampGeneration(db);
  let cache = caches.get(db);
  if (!cache || cache.generation !== generation) {
    cache = { generation, byPortfolio: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

/** Forgets what this connection derived (a test's from-scratch run through the same path). */
export function forgetPerformanceCache(db: Database.Database): void {
  caches.delete(db);
}

/** Layers swapped into the kept book for a past as-of date before a fresh assembly is cheaper. */
const MAX_SWAPPED = 200;

/**
 * The same answer as `computePortfolioPerformance`, re-deriving only the layers that changed
 * since the last call. After a ticket write that is one layer: its row, legs and tickets, then
 * the assembly over the cached per-layer facts and per-day sums. As of a date before some
 * ticket, the layers are cut at that date (services/performance-as-of.ts) and assembled afresh.
 */
export function incrementalPortfolioPerformance(db: Database.Database, q: PerformanceQuery): PerformanceResult {
  const portfolio = requirePortfolio(db, q.portfolioId);
  const pc = refreshBook(db, q, Number.POSITIVE_INFINITY);
  const acted = new Set(sql(db, "SELECT DISTINCT layer_id FROM decisions WHERE portfolio_id = ? AND decision = 'acted' AND layer_id IS NOT NULL AND evaluated_on <= ?")
    .pluck().all(q.portfolioId, q.asOf) as number[]);
  const asOf = performanceLayersAsOf(db, pc.book, q.asOf);
  const options = { riskCapitalCents: portfolio.riskCapitalCents, settings: portfolio.settings };
  // Far in the past most layers differ (not opened yet): assembling D's layers afresh is cheaper than swapping them in.
  if (asOf.overrides.size > MAX_SWAPPED) return performanceOfLayers(asOf.layers, acted, { ...options, from: q.from, to: q.to });
  return pc.book.resultWith(asOf.overrides, { ...options, from: q.from ?? null, to: q.to ?? null, actedLayerIds: acted });
}

/**
 * Derives at most `limit` of the portfolio's layers not yet in the cache (or stale), so the
 * first `performance/get` after start-up need not derive ~2,500 layers at once (~0.5 s on the
 * main process). True when the cache is complete. Between slices the cache stays marked
 * incomplete, so a `performance/get` (or the next slice) re-reads the rows and derives exactly
 * what is still missing or was written since.
 */
export function warmPerformanceSlice(db: Database.Database, portfolioId: number, asOf: string, limit: number): boolean {
  return refreshBook(db, { portfolioId, asOf }, limit).structure === layerStructure(db);
}

function refreshBook(db: Database.Database, q: PerformanceQuery, limit: number): PortfolioCache {
  const cache = connectionCache(db);
  const structure = layerStructure(db);
  let pc = cache.byPortfolio.get(q.portfolioId);
  if (!pc) {
    pc = { structure: -1, book: new PerformanceBook(), derived: new Map(), pending: null };
    cache.byPortfolio.set(q.portfolioId, pc);
  }
  const { book, derived } = pc;
  let rows: LayerFieldsRow[] = [];
  let rolledToOf: (id: number) => number | null = (id) => book.get(id)?.rolledToId ?? null;
  if (pc.structure === structure) {
    // Same layers and roll links as last time: only those whose stamp moved.
    const changed = [...derived].filter(([id, seen]) => seen.stamp !== layerStamp(db, id)).map(([id]) => id);
    rows = changed.length === 0 ? [] : layerFieldRowsByIds(db, changed);
    // A layer gone without the structure moving would be a write path that skipped repos/layers.ts: read everything.
    if (rows.length !== changed.length) pc.structure = -1;
  }
  if (pc.structure !== structure) {
    const counter = layerStampCounter(db);
    const pending = pc.pending !== null && pc.pending.structure === structure && pc.pending.counter === counter ? pc.pending : null;
    let rolledTo: Map<number, number>;
    if (pending !== null) {
      // Part-built and nothing written since the last slice: the rest of the same list.
      rolledTo = pending.rolledTo;
      rows = pending.rows;
    } else {
      // Layers were added or deleted somewhere (or the cache is new): read every row of the portfolio (and the roll links).
      rolledTo = new Map<number, number>();
      for (const link of rollLinks(db)) rolledTo.set(link.rolled_from_id, link.id);
      const all = listLayerFieldRows(db, q.portfolioId);
      const present = new Set(all.map((r) => r.id));
      for (const id of [...book.ids()]) {
        if (present.has(id)) continue;
        book.delete(id);
        derived.delete(id);
      }
      rows = all.filter((r) => {
        const seen = derived.get(r.id);
        const layer = book.get(r.id);
        return !seen || !layer || seen.stamp !== layerStamp(db, r.id) || seen.createdAt !== r.created_at || layer.rolledFromId !== r.rolled_from_id || layer.rolledToId !== (rolledTo.get(r.id) ?? null);
      });
      if (cache.byPortfolio.size > 1) {
        const portfolios = new Set(sql(db, 'SELECT id FROM portfolios').pluck().all() as number[]);
        for (const id of cache.byPortfolio.keys()) if (!portfolios.has(id)) cache.byPortfolio.delete(id);
      }
    }
    rolledToOf = (id) => rolledTo.get(id) ?? null;
    const complete = rows.length <= limit;
    pc.pending = complete ? null : { structure, counter, rows: rows.slice(limit), rolledTo };
    if (!complete) rows = rows.slice(0, limit);
    pc.structure = complete ? structure : -1;
  }
  if (rows.length > 0) {
    // Many at once (the first call on a connection): the portfolio's layers in one indexed read each of legs, tickets and ticket legs.
    const details = rows.length > 100 ? listLayers(db, q.portfolioId, q.asOf) : listLayersByIds(db, rows.map((r) => r.id), q.asOf);
    const loaded = new Map(details.map((l) => [l.id, l]));
    for (const r of rows) {
      const layer = loaded.get(r.id);
      if (!layer) continue;
      const stamp = layerStamp(db, r.id);
      book.set(performanceLayerOf({
        id: r.id, role: r.role, status: r.status, openedOn: r.opened_on, closedOn: r.closed_on, rolledFromId: r.rolled_from_id,
        rolledToId: rolledToOf(r.id), tags: JSON.parse(r.tags_json) as string[],
      }, ledgerFacts(layer)));
      derived.set(r.id, { stamp, createdAt: r.created_at });
    }
  }
  return pc;
}

export const performanceHandlers: HandlerMap<'performance/get'> = {
  'performance/get': ({ portfolioId, from, to, asOf: asked }, ctx) => {
    requirePortfolio(ctx.db, portfolioId);
    const asOf = asked ?? today(ctx);
    // Repeat visits and range toggles back are a lookup until the next write (any write moves
    // total_changes); after a write only the layers whose ledger changed are re-derived.
    // The result is handed out as is (IPC and HTTP serialise it; nothing mutates a handler's result).
    return memoUntilWrite(ctx.db, `performance/${portfolioId}/${from ?? ''}/${to ?? ''}/${asOf}`, () => incrementalPortfolioPerformance(ctx.db, { portfolioId, from, to, asOf }));
  },
};

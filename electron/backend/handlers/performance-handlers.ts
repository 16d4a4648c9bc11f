import type Database from 'better-sqlite3';
import { bookAsOf } from '../../../shared/domain/layer-as-of';
import { computePerformance, ledgerFacts, PerformanceBook, performanceLayerOf, performanceOfLayers, type PerformanceResult } from '../../../shared/performance';
import { forgetDerivedPool, storeLayerSet, takeLayerSet, type LayerSetLook } from '../db/derived-cache';
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
 * Each portfolio's layers as performance input (`PerformanceBook`), per connection: a value that
 * read a set of layers (db/derived-cache.ts `takeLayerSet`), the set being the layers in the book.
 * It is brought up to date rather than rebuilt: a layer it holds that was written since is
 * re-derived (its row, legs and tickets read again); after layers were added or deleted (the
 * structure moved) every row of the portfolio and the roll links are read, layers gone are
 * dropped, and new ones and those whose roll links moved are derived. A new id, or an id reused,
 * was stamped by its insert. A restore, another connection's commit (the stamp generation) or a
 * rolled-back call (`forgetDerived`) drops the book.
 */
interface KeptBook {
  book: PerformanceBook;
  /**
   * While the book is built in slices (the warm-up): the rows still to derive, good as long as
   * nothing was written since the last slice; otherwise every row is read again.
   */
  pending: { rows: LayerFieldsRow[]; rolledTo: Map<number, number> } | null;
}

const BOOK_POOL = 'performance-book';
/** Portfolios whose book is kept per connection. */
const MAX_BOOKS = 16;

/** Forgets the kept books of this connection (a test's from-scratch run through the same path). */
export function forgetPerformanceCache(db: Database.Database): void {
  forgetDerivedPool(db, BOOK_POOL);
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
  const { book } = refreshBook(db, q, Number.POSITIVE_INFINITY);
  const acted = new Set(sql(db, "SELECT DISTINCT layer_id FROM decisions WHERE portfolio_id = ? AND decision = 'acted' AND layer_id IS NOT NULL AND evaluated_on <= ?")
    .pluck().all(q.portfolioId, q.asOf) as number[]);
  const asOf = performanceLayersAsOf(db, book, q.asOf);
  const options = { riskCapitalCents: portfolio.riskCapitalCents, settings: portfolio.settings };
  // Far in the past most layers differ (not opened yet): assembling D's layers afresh is cheaper than swapping them in.
  if (asOf.overrides.size > MAX_SWAPPED) return performanceOfLayers(asOf.layers, acted, { ...options, from: q.from, to: q.to });
  return book.resultWith(asOf.overrides, { ...options, from: q.from ?? null, to: q.to ?? null, actedLayerIds: acted });
}

/**
 * Derives at most `limit` of the portfolio's layers not yet in the book (or written since), so the
 * first `performance/get` after start-up need not derive ~2,500 layers at once (~0.5 s on the
 * main process). True when the book is complete. Between slices the book keeps the rows still to
 * derive; a write in between makes the next slice (or a `performance/get`) read every row again
 * and derive exactly what is still missing or was written since.
 */
export function warmPerformanceSlice(db: Database.Database, portfolioId: number, asOf: string, limit: number): boolean {
  return refreshBook(db, { portfolioId, asOf }, limit).pending === null;
}

/** The rows of layers to derive now, and each one's roll successor (child id by parent id). */
interface Work {
  rows: LayerFieldsRow[];
  rolledTo: Map<number, number>;
}

function refreshBook(db: Database.Database, q: PerformanceQuery, limit: number): KeptBook {
  const look = takeLayerSet<KeptBook>(db, BOOK_POOL, String(q.portfolioId));
  const kept = look.kept ?? { book: new PerformanceBook(), pending: null };
  const work = (look.kept !== undefined && !look.structureMoved && quickWork(db, look, kept)) || allRowsWork(db, q.portfolioId, look, kept.book);
  let rows = work.rows;
  kept.pending = null;
  if (rows.length > limit) {
    kept.pending = { rows: rows.slice(limit), rolledTo: work.rolledTo };
    rows = rows.slice(0, limit);
    // What the book holds is current at the revision it is stored under: a layer left for later is not in it.
    for (const r of kept.pending.rows) kept.book.delete(r.id);
  }
  deriveLayers(db, q, kept.book, rows, work.rolledTo);
  // Stored once current (a throw above leaves no book behind); the set held is the book's layers.
  storeLayerSet(db, BOOK_POOL, String(q.portfolioId), look.now, kept, { has: (id) => kept.book.get(id) !== undefined }, MAX_BOOKS);
  return kept;
}

/**
 * Same layers and roll links as when the book was kept: a complete book re-derives the layers it
 * holds that were written since; a part-built one goes on with its rows if nothing was written.
 * False when the rows must all be read again.
 */
function quickWork(db: Database.Database, look: LayerSetLook<KeptBook>, kept: KeptBook): Work | false {
  const { book, pending } = kept;
  if (pending !== null) {
    if (look.heldWritten.length > 0 || look.otherWritten.length > 0) return false;
    return pending;
  }
  const rows = look.heldWritten.length === 0 ? [] : layerFieldRowsByIds(db, look.heldWritten);
  // A layer gone without the structure moving would be a write path that skipped repos/layers.ts: read everything.
  if (rows.length !== look.heldWritten.length) return false;
  // Roll links are unchanged (no layer added or deleted): each keeps the successor it has in the book.
  const rolledTo = new Map<number, number>();
  for (const r of rows) {
    const to = book.get(r.id)?.rolledToId ?? null;
    if (to !== null) rolledTo.set(r.id, to);
  }
  return { rows, rolledTo };
}

/** Layers were added or deleted somewhere (or the book is new): every row of the portfolio and the roll links. */
function allRowsWork(db: Database.Database, portfolioId: number, look: LayerSetLook<KeptBook>, book: PerformanceBook): Work {
  const rolledTo = new Map<number, number>();
  for (const link of rollLinks(db)) rolledTo.set(link.rolled_from_id, link.id);
  const all = listLayerFieldRows(db, portfolioId);
  const present = new Set(all.map((r) => r.id));
  for (const id of [...book.ids()]) if (!present.has(id)) book.delete(id);
  const written = new Set(look.heldWritten);
  const rows = all.filter((r) => {
    const layer = book.get(r.id);
    return !layer || written.has(r.id) || layer.rolledFromId !== r.rolled_from_id || layer.rolledToId !== (rolledTo.get(r.id) ?? null);
  });
  return { rows, rolledTo };
}

function deriveLayers(db: Database.Database, q: PerformanceQuery, book: PerformanceBook, rows: readonly LayerFieldsRow[], rolledTo: ReadonlyMap<number, number>): void {
  if (rows.length === 0) return;
  // Many at once (the first call on a connection): the portfolio's layers in one indexed read each of legs, tickets and ticket legs.
  const details = rows.length > 100 ? listLayers(db, q.portfolioId, q.asOf) : listLayersByIds(db, rows.map((r) => r.id), q.asOf);
  const loaded = new Map(details.map((l) => [l.id, l]));
  for (const r of rows) {
    const layer = loaded.get(r.id);
    if (!layer) continue;
    book.set(performanceLayerOf({
      id: r.id, role: r.role, status: r.status, openedOn: r.opened_on, closedOn: r.closed_on, rolledFromId: r.rolled_from_id,
      rolledToId: rolledTo.get(r.id) ?? null, tags: JSON.parse(r.tags_json) as string[],
    }, ledgerFacts(layer)));
  }
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

/**
 * After the journal opens, derives each portfolio's performance book (a layer-set value of
 * db/derived-cache.ts, kept by handlers/performance-handlers.ts) a slice at a time, between
 * the user's own calls, so the first visit to Performance is a lookup instead of ~0.5 s on the
 * main process (every other call would wait behind it); then each portfolio's as-of book state
 * (book-warmup.ts: every layer's ledger and opening anchor), so scrubbing the as-of date finds
 * them. A slice is ~50 layers of performance (~20 ms) or ~10 of the book; it is skipped while another action holds a transaction
 * and stops when the journal is closed. Nothing derived here changes a figure, only its cost.
 */
import type { Backend } from '../backend';
import { warmPerformanceSlice } from '../handlers/performance-handlers';
import { bookLayerIds, warmBookLayers } from './book-warmup';
import { sql } from '../db/statements';
import { today } from '../context';

export interface WarmupOptions {
  /** Layers derived per slice of the performance book. */
  sliceLayers?: number;
  /** Layers per slice of the as-of book (each solves an anchor on its own day's smile, ~0.5–1 ms). */
  bookSliceLayers?: number;
  /** Runs the next slice later (default: setImmediate, after pending I/O and IPC). */
  schedule?: (next: () => void) => void;
  /** Where an unexpected failure goes; the warm-up then stops and the page computes on demand. */
  logError?: (error: unknown) => void;
}

export interface Warmup {
  /** Settles when every portfolio's cache is complete, the journal closed or the warm-up was stopped. */
  readonly done: Promise<void>;
  stop(): void;
}

const DEFAULT_SLICE = 50;
const DEFAULT_BOOK_SLICE = 10;

export function warmCachesInBackground(backend: Backend, options: WarmupOptions = {}): Warmup {
  const { db } = backend.context;
  const slice = options.sliceLayers ?? DEFAULT_SLICE;
  const bookSlice = options.bookSliceLayers ?? DEFAULT_BOOK_SLICE;
  const schedule = options.schedule ?? ((next) => { setImmediate(next); });
  let stopped = false;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => { finish = resolve; });
  let pending: number[] | null = null;
  // Then the as-of book: per portfolio, the layer ids still to derive.
  let book: { portfolioId: number; ids: number[] }[] | null = null;

  const performanceSlice = (): boolean => {
    pending ??= sql(db, 'SELECT id FROM portfolios ORDER BY id').pluck().all() as number[];
    const portfolioId = pending[0];
    if (portfolioId === undefined) return true;
    if (warmPerformanceSlice(db, portfolioId, today(backend.context), slice)) pending.shift();
    return pending.length === 0;
  };
  const nextBookSlice = (): boolean => {
    book ??= (sql(db, 'SELECT id FROM portfolios ORDER BY id').pluck().all() as number[]).map((portfolioId) => ({ portfolioId, ids: bookLayerIds(db, portfolioId) }));
    const next = book[0];
    if (next === undefined) return true;
    warmBookLayers(db, next.portfolioId, next.ids.splice(0, bookSlice));
    if (next.ids.length === 0) book.shift();
    return book.length === 0;
  };

  const step = () => {
    if (stopped || !db.open) return finish();
    // Never inside someone else's transaction (a restore task awaiting between its steps).
    if (db.inTransaction) return schedule(step);
    try {
      // Performance first (a slice per step), then the book; done when the book is.
      const complete = db.transaction(() => (pending?.length === 0 ? nextBookSlice() : (performanceSlice(), false)))();
      if (complete) return finish();
    } catch (error) {
      // Nothing is lost: performance/get derives whatever is missing when it is asked.
      (options.logError ?? console.error)(error);
      return finish();
    }
    schedule(step);
  };
  schedule(step);
  return { done, stop: () => { stopped = true; } };
}

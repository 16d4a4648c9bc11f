/**
 * After the journal opens, derives each portfolio's performance cache a slice at a time, between
 * the user's own calls, so the first visit to Performance is a lookup instead of ~0.5 s on the
 * main process (every other call would wait behind it). A slice is ~100 layers (~20 ms); it is
 * skipped while another action holds a transaction and stops when the journal is closed.
 */
import type { Backend } from '../backend';
import { warmPerformanceSlice } from '../handlers/performance-handlers';
import { sql } from '../db/statements';
import { today } from '../context';

export interface WarmupOptions {
  /** Layers derived per slice. */
  sliceLayers?: number;
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

export function warmCachesInBackground(backend: Backend, options: WarmupOptions = {}): Warmup {
  const { db } = backend.context;
  const slice = options.sliceLayers ?? DEFAULT_SLICE;
  const schedule = options.schedule ?? ((next) => { setImmediate(next); });
  let stopped = false;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => { finish = resolve; });
  let pending: number[] | null = null;

  const step = () => {
    if (stopped || !db.open) return finish();
    // Never inside someone else's transaction (a restore task awaiting between its steps).
    if (db.inTransaction) return schedule(step);
    try {
      const complete = db.transaction(() => {
        pending ??= sql(db, 'SELECT id FROM portfolios ORDER BY id').pluck().all() as number[];
        const portfolioId = pending[0];
        if (portfolioId === undefined) return true;
        if (warmPerformanceSlice(db, portfolioId, today(backend.context), slice)) pending.shift();
        return pending.length === 0;
      })();
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

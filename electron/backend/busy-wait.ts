/**
 * Sharing the journal with another program (the `alvh` CLI, a second window) without freezing.
 *
 * - Reads run in a DEFERRED transaction: under WAL a reader never waits for a writer, it sees
 *   the last committed state.
 * - A write that finds the lock taken does not sit in SQLite's busy handler (which blocks
 *   the whole event loop): SQLite gives up after {@link BLOCKING_BUSY_MS}, and the call is
 *   retried from a timer, backing off up to {@link MAX_RETRY_DELAY_MS}, until
 *   `busyWaitMs` has passed; then it fails saying what is busy. A failed attempt rolled back
 *   entirely, so retrying it is safe.
 */
import type { QueryName } from '../../shared/api/contract';

/** How long one attempt may block inside SQLite before yielding to the event loop. */
export const BLOCKING_BUSY_MS = 20;
const MAX_RETRY_DELAY_MS = 100;
/** How long a write waits for another program's write before giving up (an import of 20,000 orders takes well under this). */
export const DEFAULT_BUSY_WAIT_MS = 120_000;

/** Queries that only read: they never need the write lock (a cache they fill upgrades on its own, and is retried if busy). */
export const READ_QUERIES: ReadonlySet<QueryName> = new Set<QueryName>([
  'app/info', 'portfolio/list', 'portfolio/get', 'layer/list', 'layer/options', 'layer/totals', 'layer/get', 'layer/snapshot',
  'market/list', 'event/list', 'mark/list', 'decision/list', 'note/list', 'rules/prompts', 'dashboard/get', 'performance/get',
  'import/tastytradePreview', 'journal/timeline', 'layer/story',
]);

export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED');
}

export function busyMessage(waitedMs: number): string {
  return `The journal is busy: another program is writing to it (the alvh command line, another window, or a backup tool). Waited ${Math.round(waitedMs / 1000)} s; nothing was changed. Try again when it has finished.`;
}

/** Runs `attempt` until it is not busy or `busyWaitMs` has passed, waiting between tries on a timer. */
export async function retryWhileBusy<T>(attempt: () => T | { busy: true }, busyWaitMs: number, onGiveUp: (waitedMs: number) => T): Promise<T> {
  const started = Date.now();
  let delay = 5;
  for (;;) {
    const result = attempt();
    if (!isBusyMarker<T>(result)) return result;
    const waited = Date.now() - started;
    if (waited >= busyWaitMs) return onGiveUp(waited);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
  }
}

export const BUSY: { busy: true } = { busy: true };

export function isBusyMarker<T>(value: T | { busy: true }): value is { busy: true } {
  return value === BUSY;
}

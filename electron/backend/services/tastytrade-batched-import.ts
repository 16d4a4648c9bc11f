/**
 * A tastytrade import that cannot freeze the journal for others: the file is planned once, then
 * its tickets are written in batches of whole broker orders (import-batches.ts), each batch in
 * its own IMMEDIATE transaction, with a pause between batches in which another program's waiting
 * write gets the lock (busy-wait.ts retries at least every ~120 ms).
 *
 * What a user can count on (docs/import.md):
 * - up to {@link IMPORT_BATCH_ORDERS} orders it is one transaction: all or nothing, as before;
 * - longer, it is resumable: an interrupted import (killed, power cut, a refused order) leaves
 *   whole orders only, and running the same file again imports the rest — what is in the
 *   journal is recognised by its order numbers and skipped, so nothing is doubled.
 */
import { ApiError } from '../../../shared/api/errors';
import type { TastytradeImportSummary } from '../../../shared/import/tastytrade';
import { TASTYTRADE_BROKER } from '../../../shared/import/tastytrade';
import { BUSY, busyMessage, isBusyError, retryWhileBusy } from '../busy-wait';
import type { BackendContext } from '../context';
import { requirePortfolio } from './portfolio-lookup';
import { importedOrderNumbers } from '../repos/broker-orders';
import { IMPORT_BATCH_ORDERS, importBatches, ticketKeys } from './import-batches';
import { applyTickets, newApplyState, planForPortfolio } from './tastytrade-import';

/** Longer than the longest pause between a waiting writer's tries (busy-wait.ts: 100 ms + 20 ms), so it gets in. */
export const IMPORT_BATCH_PAUSE_MS = 130;

export interface BatchedImportInput {
  portfolioId: number;
  csv: string;
  fileName?: string;
  /** Orders per committed batch (default {@link IMPORT_BATCH_ORDERS}). */
  batchOrders?: number;
}

export interface BatchedImportOptions {
  busyWaitMs: number;
  pauseMs?: number;
  /** Told after each committed batch (tickets written so far, of all). */
  onBatch?: (written: number, total: number) => void;
}

export async function importTastytradeInBatches(
  ctx: BackendContext, input: BatchedImportInput, options: BatchedImportOptions,
): Promise<TastytradeImportSummary> {
  const { portfolioId } = input;
  const summary = ctx.db.transaction(() => {
    requirePortfolio(ctx.db, portfolioId);
    return planForPortfolio(ctx, portfolioId, input.csv, input.fileName);
  }).deferred();
  const state = newApplyState();
  let written = 0;
  for (const [i, batch] of importBatches(summary.tickets, input.batchOrders ?? IMPORT_BATCH_ORDERS).entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? IMPORT_BATCH_PAUSE_MS));
    const outcome = written === 0 ? 'nothing was imported' : `the ${written} ticket(s) before it were imported and stay; fix the file and run the import again to finish (imported orders are skipped)`;
    await inOneTransaction(ctx, options.busyWaitMs, outcome, () => {
      // Another program may have imported the same orders since the plan was made: never write them twice.
      const imported = importedOrderNumbers(ctx.db, portfolioId, TASTYTRADE_BROKER);
      const twice = batch.flatMap(ticketKeys).find((key) => imported.has(key));
      if (twice !== undefined) throw new ApiError('conflict', `order #${twice} was imported by another program during this import; ${outcome}`);
      applyTickets(ctx, portfolioId, batch, summary.layers, state, outcome);
    });
    written += batch.length;
    options.onBatch?.(written, summary.tickets.length);
  }
  return { ...summary, applied: true, createdLayerIds: state.created };
}

/** Runs `write` in an IMMEDIATE transaction, waiting on timers (never in SQLite's blocking handler) while another program writes. */
function inOneTransaction(ctx: BackendContext, busyWaitMs: number, outcome: string, write: () => void): Promise<void> {
  const attempt = () => {
    try {
      ctx.db.transaction(write).immediate();
      return undefined;
    } catch (error) {
      if (isBusyError(error)) return BUSY;
      throw error;
    }
  };
  return retryWhileBusy<undefined>(attempt, busyWaitMs, (waited) => {
    throw new ApiError('storage', outcome === 'nothing was imported' ? busyMessage(waited) : `${busyMessage(waited)} Of this import, ${outcome}`);
  });
}

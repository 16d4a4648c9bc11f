import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { portfolioBackend, TASTYTRADE_SAMPLE } from '../testing/portfolio-backend';
import type { TempBackend } from '../testing/temp-backend';
import { importTastytradeInBatches } from './tastytrade-batched-import';

const SAMPLE = TASTYTRADE_SAMPLE;

let t: TempBackend;
let portfolioId: number;
beforeEach(async () => ({ t, portfolioId } = await portfolioBackend()));
afterEach(() => t.cleanup());

const ticketCount = () => Number(t.backend.context.db.prepare('SELECT count(*) FROM tickets').pluck().get());

async function failure(run: Promise<unknown>): Promise<ApiError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the import did not fail');
}

describe('importTastytradeInBatches', () => {
  it('commits batch by batch: after the first batch its orders are in the journal while the rest is not', async () => {
    const seen: number[] = [];
    const summary = await importTastytradeInBatches(t.backend.context, { portfolioId, csv: SAMPLE, batchOrders: 1 }, {
      busyWaitMs: 1_000, pauseMs: 0, onBatch: (written) => { seen.push(ticketCount() - written); },
    });
    // Five tickets in four batches (the roll and its new condor share an order); each batch was committed when reported.
    expect(summary.tickets).toHaveLength(5);
    expect(seen).toHaveLength(4);
    expect(seen.every((extra) => extra === 0)).toBe(true);
  });

  it('a refused order part-way says which order, and that the tickets before it stay', async () => {
    const error = await failure(importTastytradeInBatches(t.backend.context, { portfolioId, csv: SAMPLE, batchOrders: 1 }, {
      busyWaitMs: 1_000, pauseMs: 0,
      // Someone deletes the new layer between two batches: the partial close that follows cannot apply.
      onBatch: (written) => { if (written === 1) t.backend.context.db.prepare('DELETE FROM layers').run(); },
    }));
    expect(error.message).toMatch(/^lines? [\d, –-]+: order #331000002: .*; the 1 ticket\(s\) before it were imported and stay; fix the file and run the import again/u);
  });

  it('never writes an order twice when another program imported it during the import', async () => {
    const error = await failure(importTastytradeInBatches(t.backend.context, { portfolioId, csv: SAMPLE, batchOrders: 1 }, {
      busyWaitMs: 1_000, pauseMs: 0,
      onBatch: (written) => {
        if (written !== 1) return;
        const ticketId = Number(t.backend.context.db.prepare('SELECT max(id) FROM tickets').pluck().get());
        t.backend.context.db.prepare("INSERT INTO broker_orders (ticket_id, portfolio_id, broker, order_number) VALUES (?, ?, 'tastytrade', '331000002')").run(ticketId, portfolioId);
      },
    }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('order #331000002 was imported by another program during this import');
    expect(ticketCount()).toBe(1);
  });
});

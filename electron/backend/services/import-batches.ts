/**
 * Cuts an import's tickets into batches that each commit on their own, so a long import never
 * holds the journal's write lock for long. A batch ends only between broker orders: every ticket
 * of one order (a roll's `roll` and `open`) and every ticket recorded under one expiration row's
 * key land in the same batch, because the broker-order rows are what a re-run skips as
 * "already imported" — an order is in the journal whole or not at all.
 */
import type { PlannedTicket } from '../../../shared/import/tastytrade';

/** Orders per committed batch: about a second of work on a 2-core machine (docs/import.md). */
export const IMPORT_BATCH_ORDERS = 500;

/** The broker keys a ticket is recorded under (broker_orders.order_number). */
export function ticketKeys(ticket: Pick<PlannedTicket, 'orderNumber' | 'brokerKeys'>): string[] {
  return ticket.brokerKeys ?? (ticket.orderNumber ? [ticket.orderNumber] : []);
}

/** Consecutive slices of `tickets`, each with at most `size` tickets unless one order's tickets need more. */
export function importBatches<T extends Pick<PlannedTicket, 'orderNumber' | 'brokerKeys'>>(tickets: readonly T[], size: number): T[][] {
  const lastIndex = new Map<string, number>();
  tickets.forEach((ticket, i) => { for (const key of ticketKeys(ticket)) lastIndex.set(key, i); });
  const batches: T[][] = [];
  let start = 0;
  while (start < tickets.length) {
    let end = Math.min(start + Math.max(1, size), tickets.length);
    // Grow the batch until no key of a ticket inside it has a ticket after it.
    for (let i = start; i < end; i += 1) {
      for (const key of ticketKeys(tickets[i] ?? { orderNumber: '' })) end = Math.max(end, (lastIndex.get(key) ?? i) + 1);
    }
    batches.push(tickets.slice(start, end));
    start = end;
  }
  return batches;
}

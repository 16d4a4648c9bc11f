/**
 * When each layer realised its P&L. Rather than re-deriving a rule, replay the ledger:
 * the realised P&L as of a date is `summarizeLedger` over the tickets up to that date, and
 * each ticket date realises the change. So a closed layer realises everything left on its
 * close date, a partial close its pro-rata share on its date, and the per-date amounts of a
 * layer always sum to its `realizedPnlCents` exactly (integer cents, no rounding drift).
 */
import { addTicketToTotals, emptyLedgerTotals, realizedFromTotals, summarizeLedger } from '../domain/layer-ledger';
import type { LayerDetail, Ticket } from '../domain/types';

/** P&L one layer realised on one date, integer cents. */
export interface Realization {
  layerId: number;
  date: string;
  cents: number;
}

/** Tickets in ledger order: by date, then by id (entry order within a day). */
function ledgerOrder(tickets: readonly Ticket[]): Ticket[] {
  return [...tickets].sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
}

/**
 * The layer's non-zero realisations, oldest first. One pass over the ledger: the running
 * totals below are exactly `summarizeLedger(legs, tickets up to the date).realizedPnlCents`
 * (same formula, same rounding) without re-reading each prefix; `realizations.test.ts` checks
 * the two agree.
 */
export function layerRealizations(layer: Pick<LayerDetail, 'id' | 'legs' | 'tickets'>): Realization[] {
  const tickets = ledgerOrder(layer.tickets);
  const out: Realization[] = [];
  const contracts = new Map<number, number>();
  for (const leg of layer.legs) contracts.set(leg.id, 0);
  let nonFlatLegs = 0;
  const totals = emptyLedgerTotals();
  let previous = 0;
  for (let i = 0; i < tickets.length; i += 1) {
    const ticket = tickets[i];
    if (ticket === undefined) continue;
    for (const tl of ticket.legs) {
      const before = contracts.get(tl.legId) ?? 0;
      const after = before + tl.quantity;
      contracts.set(tl.legId, after);
      if (before === 0 && after !== 0) nonFlatLegs += 1;
      else if (before !== 0 && after === 0) nonFlatLegs -= 1;
    }
    addTicketToTotals(totals, ticket);
    // Only the last ticket of a date closes that date's prefix.
    if (tickets[i + 1]?.date === ticket.date) continue;
    const realized = realizedFromTotals(totals, nonFlatLegs === 0).realizedPnlCents;
    if (realized !== previous) out.push({ layerId: layer.id, date: ticket.date, cents: realized - previous });
    previous = realized;
  }
  return out;
}

/** The same realisations by replaying `summarizeLedger` over each date's prefix: the definition, kept for tests. */
export function layerRealizationsByReplay(layer: Pick<LayerDetail, 'id' | 'legs' | 'tickets'>): Realization[] {
  const tickets = ledgerOrder(layer.tickets);
  const out: Realization[] = [];
  let previous = 0;
  for (let i = 0; i < tickets.length; i += 1) {
    const date = tickets[i]?.date;
    if (date === undefined || tickets[i + 1]?.date === date) continue;
    const realized = summarizeLedger(layer.legs, tickets.slice(0, i + 1)).realizedPnlCents;
    if (realized !== previous) out.push({ layerId: layer.id, date, cents: realized - previous });
    previous = realized;
  }
  return out;
}

/** Every layer's realisations dated within [from, to] (inclusive; absent bounds are open), by date then layer. */
export function realizationsInRange(layers: readonly { realizations: readonly Realization[] }[], from: string | null, to: string | null): Realization[] {
  const out: Realization[] = [];
  for (const layer of layers) for (const r of layer.realizations) if (inRange(r.date, from, to)) out.push(r);
  return out.sort((a, b) => (a.date === b.date ? a.layerId - b.layerId : a.date < b.date ? -1 : 1));
}

export function inRange(date: string, from: string | null, to: string | null): boolean {
  return (from === null || date >= from) && (to === null || date <= to);
}

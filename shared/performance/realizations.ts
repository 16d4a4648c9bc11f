/**
 * When each layer realised its P&L. Rather than re-deriving a rule, replay the ledger:
 * the realised P&L as of a date is `summarizeLedger` over the tickets up to that date, and
 * each ticket date realises the change. So a closed layer realises everything left on its
 * close date, a partial close its pro-rata share on its date, and the per-date amounts of a
 * layer always sum to its `realizedPnlCents` exactly (integer cents, no rounding drift).
 */
import { summarizeLedger } from '../domain/layer-ledger';
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

/** The layer's non-zero realisations, oldest first. */
export function layerRealizations(layer: Pick<LayerDetail, 'id' | 'legs' | 'tickets'>): Realization[] {
  const tickets = ledgerOrder(layer.tickets);
  const out: Realization[] = [];
  let previous = 0;
  for (let i = 0; i < tickets.length; i += 1) {
    const date = tickets[i]?.date;
    // Only the last ticket of a date closes that date's prefix.
    if (date === undefined || tickets[i + 1]?.date === date) continue;
    const realized = summarizeLedger(layer.legs, tickets.slice(0, i + 1)).realizedPnlCents;
    if (realized !== previous) out.push({ layerId: layer.id, date, cents: realized - previous });
    previous = realized;
  }
  return out;
}

/** Every layer's realisations dated within [from, to] (inclusive; absent bounds are open). */
export function realizationsInRange(layers: readonly Pick<LayerDetail, 'id' | 'legs' | 'tickets'>[], from: string | null, to: string | null): Realization[] {
  return layers
    .flatMap(layerRealizations)
    .filter((r) => inRange(r.date, from, to))
    .sort((a, b) => (a.date === b.date ? a.layerId - b.layerId : a.date < b.date ? -1 : 1));
}

export function inRange(date: string, from: string | null, to: string | null): boolean {
  return (from === null || date >= from) && (to === null || date <= to);
}

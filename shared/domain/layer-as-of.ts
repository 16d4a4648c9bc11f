/**
 * The book as of a date (ALVH.md "Time-true state"): a layer as it stood at the end of day D,
 * rebuilt from its tickets dated on or before D only. A layer exists from its opening ticket;
 * its open quantity, legs, realised cash and status on D come from those tickets. The summary
 * columns stored on `layers` describe today's state and are never read for a past date.
 *
 * Status on D:
 *   open              open legs, and at least one of them not yet past its expiration;
 *   expired-unbooked  open legs, every dated one expired before D (valued at settlement,
 *                     out of open risk, prompted to book its settlement);
 *   closed / rolled / expired   no open legs; the last ticket's action says how it ended.
 * DTE is counted only for open layers and is never negative.
 */
import { daysBetween } from '../dates';
import { summarizeLedger } from './layer-ledger';
import type { LayerDetail, LayerStatusOn, Leg, TicketAction } from './types';

const STATUS_AFTER: Partial<Record<TicketAction, LayerStatusOn>> = { close: 'closed', roll: 'rolled', expire: 'expired', settle: 'expired', adjust: 'closed' };

/** Status of a layer with these open contracts after these tickets, on `date`. */
export function statusOn(legs: readonly Leg[], openContracts: Record<number, number>, lastAction: TicketAction | null, date: string): LayerStatusOn {
  const openLegs = legs.filter((leg) => (openContracts[leg.id] ?? 0) !== 0);
  if (openLegs.length === 0) return lastAction === null ? 'open' : (STATUS_AFTER[lastAction] ?? 'closed');
  const expired = openLegs.every((leg) => leg.expiration !== null && leg.expiration < date);
  return expired ? 'expired-unbooked' : 'open';
}

/** Earliest expiration among the open legs that has not passed on `date`, else null. */
export function nextExpiration(legs: readonly Leg[], openContracts: Record<number, number>, date: string): string | null {
  let next: string | null = null;
  for (const leg of legs) {
    if ((openContracts[leg.id] ?? 0) === 0 || leg.expiration === null || leg.expiration < date) continue;
    if (next === null || leg.expiration < next) next = leg.expiration;
  }
  return next;
}

/** Latest expiration among the open legs (the day an expired-unbooked layer settled), else null. */
export function lastOpenExpiration(legs: readonly Leg[], openContracts: Record<number, number>): string | null {
  let last: string | null = null;
  for (const leg of legs) if ((openContracts[leg.id] ?? 0) !== 0 && leg.expiration !== null && (last === null || leg.expiration > last)) last = leg.expiration;
  return last;
}

/** The date each state returned by {@link layerAsOf} was cut at: cutting it again at that date changes nothing. */
const cutAt = new WeakMap<LayerDetail, string>();

/**
 * `layer` as it stood at the end of `date`, or null when its opening ticket is later. Pure: the
 * result depends only on the layer's legs, its tickets dated ≤ date, and the roll link (kept only
 * when the roll happened by then). Tickets are taken in ledger order (date, then id).
 */
export function layerAsOf(layer: LayerDetail, date: string): LayerDetail | null {
  // A state already cut at this date is its own state on it (the backend cuts, then computeDashboard does again).
  if (cutAt.get(layer) === date) return layer;
  if (layer.openedOn > date) return null;
  const tickets = layer.tickets.filter((t) => t.date <= date);
  if (tickets.length === 0) return null;
  const ledger = summarizeLedger(layer.legs, tickets);
  const last = tickets[tickets.length - 1];
  const status = statusOn(layer.legs, ledger.openContracts, last?.action ?? null, date);
  const ended = status !== 'open' && status !== 'expired-unbooked';
  const next = status === 'open' ? nextExpiration(layer.legs, ledger.openContracts, date) : null;
  const state: LayerDetail = Object.assign({}, layer, {
    status,
    closedOn: ended ? (ledger.lastDate ?? null) : null,
    rolledToId: status === 'rolled' ? layer.rolledToId : null,
    expiration: ledger.expiration,
    dte: next === null ? null : Math.max(0, daysBetween(date, next)),
    strikes: ledger.strikes,
    openedQuantity: ledger.openedQuantity,
    openQuantity: ledger.openQuantity,
    openPriceHundredths: ledger.openPriceHundredths,
    netCashCents: ledger.netCashCents,
    realizedPnlCents: ledger.realizedPnlCents,
    feesCents: ledger.feesCents,
    tickets,
    openContracts: ledger.openContracts,
  });
  cutAt.set(state, date);
  return state;
}

/** Every layer of `layers` as of `date`, dropping those not opened yet. */
export function bookAsOf(layers: readonly LayerDetail[], date: string): LayerDetail[] {
  const out: LayerDetail[] = [];
  for (const layer of layers) {
    const state = layerAsOf(layer, date);
    if (state !== null) out.push(state);
  }
  return out;
}

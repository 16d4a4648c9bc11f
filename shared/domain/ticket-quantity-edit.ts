/**
 * Correcting a ticket's quantity (units traded) after it was entered — the rule shared by the
 * edit form and the `ticket/update` handler, so both refuse the same edits with the same words.
 *
 * Only opening and pro-rata closing tickets carry their legs as (contracts per unit) × units, so
 * only they can be rescaled; an adjust, roll, expiry or settlement names its legs and is deleted
 * and re-entered instead. The edit must keep every point of the ledger possible: no ticket may
 * close more units than are open at that moment, and a layer that a roll, expiry or settlement
 * took off entirely must stay fully closed.
 */
import { CLOSING_ACTIONS } from './layer-ledger';
import type { Ticket, TicketAction, TicketLeg } from './types';

export const QUANTITY_EDITABLE_ACTIONS: ReadonlySet<TicketAction> = new Set(['open', 'close']);
const CLOSES_EVERYTHING: ReadonlySet<TicketAction> = new Set(['roll', 'expire', 'settle']);

/** The ticket's legs for `units` units: each leg keeps its contracts per unit. */
export function rescaledTicketLegs(ticket: Ticket, units: number): TicketLeg[] {
  return ticket.legs.map((leg) => ({ legId: leg.legId, quantity: (leg.quantity / ticket.quantity) * units }));
}

/**
 * Why `ticketId` cannot trade `units` units, or null when it can. `tickets` are the layer's
 * tickets in ledger order (date, then entry order).
 */
export function quantityEditIssue(tickets: readonly Ticket[], ticketId: number, units: number): string | null {
  const ticket = tickets.find((t) => t.id === ticketId);
  if (!ticket) return `ticket ${ticketId} is not part of this layer`;
  if (!Number.isSafeInteger(units) || units < 1) return 'must be a whole number of units, 1 or more';
  if (units === ticket.quantity) return null;
  if (!QUANTITY_EDITABLE_ACTIONS.has(ticket.action)) {
    return `a ${ticket.action} ticket names the legs it trades; delete it and enter it again with the right quantity`;
  }
  if (ticket.legs.some((leg) => leg.quantity % ticket.quantity !== 0)) {
    return 'this ticket\'s legs are not a whole number of contracts per unit; delete it and enter it again';
  }
  return ledgerIssue(tickets, ticketId, units);
}

/**
 * Replays the layer's tickets in ledger order with `ticketId` trading `units` units: the first
 * point where a closing ticket would take off more units than are open, or where a roll, expiry
 * or settlement (other than the edited ticket) would leave units open; null when there is none.
 */
function ledgerIssue(tickets: readonly Ticket[], ticketId: number, units: number): string | null {
  let open = 0;
  for (const t of tickets) {
    const traded = t.id === ticketId ? units : t.quantity;
    if (t.action === 'open') open += traded;
    if (CLOSING_ACTIONS.has(t.action)) {
      if (traded > open) return `the ${t.action} of ${t.date} would take off ${traded} units while only ${open} would be open`;
      open -= traded;
      if (CLOSES_EVERYTHING.has(t.action) && t.id !== ticketId && open > 0) {
        return `the ${t.action} of ${t.date} took off every unit; ${open} would stay open after it — delete that ticket first to change the quantity`;
      }
    }
  }
  return null;
}

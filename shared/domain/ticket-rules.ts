/**
 * Write rules for a layer's tickets, shared by the ticket forms (live feedback) and the ticket
 * handlers (authority), as condor-rules.ts is for condor entry. Each rule is pure: it reads the
 * layer as the journal holds it and says what is wrong, tied to the input field.
 */
import type { ApiIssue } from '../api/errors';
import type { LayerDetail, TicketAction } from './types';

/** What the rules read of a layer. */
export type TicketRuleLayer = Pick<LayerDetail, 'id' | 'openedOn' | 'expiration' | 'rolledToId' | 'tickets' | 'legs'>;

/**
 * The date of a ticket added to the layer: not before the layer's open date, and an expiry or
 * settlement not before the expiration (a layer cannot expire early).
 */
export function newTicketDateIssues(layer: TicketRuleLayer, action: TicketAction, date: string): ApiIssue[] {
  if (date < layer.openedOn) return [{ path: 'date', message: `must be on or after the open date ${layer.openedOn}` }];
  const atExpiry = action === 'expire' || action === 'settle';
  if (atExpiry && layer.expiration !== null && date < layer.expiration) {
    return [{ path: 'date', message: `the layer expires on ${layer.expiration}; it cannot expire earlier` }];
  }
  return [];
}

/**
 * Moving ticket `ticketId` to `date`. The opening ticket may not move after any later ticket
 * (a close before the open would replay as a short position); every other ticket stays on or
 * after the layer's open date.
 */
export function ticketMoveIssues(layer: TicketRuleLayer, ticketId: number, date: string): ApiIssue[] {
  const ticket = layer.tickets.find((t) => t.id === ticketId);
  if (ticket?.action === 'open') {
    const laterTicketEarlier = layer.tickets.some((t) => t.action !== 'open' && t.date < date);
    return laterTicketEarlier ? [{ path: 'date', message: 'the opening ticket cannot move after a later ticket' }] : [];
  }
  return date < layer.openedOn ? [{ path: 'date', message: `must be on or after the open date ${layer.openedOn}` }] : [];
}

/**
 * The layer's open date after ticket `ticketId` moved to `date`, or null when it stays: the
 * layer's first opening ticket carries the layer's open date, so moving it moves the layer.
 */
export function openedOnAfterMove(layer: TicketRuleLayer, ticketId: number, date: string): string | null {
  const first = layer.tickets[0];
  return first?.id === ticketId && first.action === 'open' && date !== layer.openedOn ? date : null;
}

/**
 * Why ticket `ticketId` cannot be deleted on its own, or null when it can: the last opening
 * ticket goes with the layer, and a roll ticket stays while the layer it opened exists.
 */
export function ticketDeleteConflict(layer: TicketRuleLayer, ticketId: number): string | null {
  const ticket = layer.tickets.find((t) => t.id === ticketId);
  if (ticket?.action === 'open' && layer.tickets.filter((t) => t.action === 'open').length === 1) {
    return 'This is the layer\'s opening ticket; delete the layer instead';
  }
  if (ticket?.action === 'roll' && layer.rolledToId !== null) return `This roll opened layer ${layer.rolledToId}; delete that layer first`;
  return null;
}

/**
 * The legs an adjust ticket names and adds: each named leg belongs to the layer and is named
 * once (a leg named twice would trade twice), and each new leg has the layer's multiplier
 * (cash = price × multiplier × contracts holds for one multiplier per layer).
 */
export function adjustLegIssues(layer: TicketRuleLayer, named: readonly { legId: number }[], added: readonly { multiplier: number }[]): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const seen = new Set<number>();
  named.forEach((leg, i) => {
    const path = `legs.${i}.legId`;
    if (!layer.legs.some((l) => l.id === leg.legId)) issues.push({ path, message: `leg ${leg.legId} is not part of layer ${layer.id}` });
    else if (seen.has(leg.legId)) issues.push({ path, message: `leg ${leg.legId} is named twice` });
    seen.add(leg.legId);
  });
  const multiplier = layer.legs[0]?.multiplier;
  added.forEach((leg, i) => {
    if (leg.multiplier !== multiplier) issues.push({ path: `newLegs.${i}.multiplier`, message: `must match the layer's multiplier ${multiplier}` });
  });
  return issues;
}

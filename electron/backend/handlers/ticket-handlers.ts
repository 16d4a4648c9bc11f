import { ApiError, invalidField, type ApiIssue } from '../../../shared/api/errors';
import type { ApiParsedInput } from '../../../shared/api/contract';
import { adjustLegIssues, newTicketDateIssues, openedOnAfterMove, ticketDeleteConflict, ticketMoveIssues } from '../../../shared/domain/ticket-rules';
import { quantityEditIssue, rescaledTicketLegs } from '../../../shared/domain/ticket-quantity-edit';
import type { LayerDetail } from '../../../shared/domain/types';
import type { BackendContext } from '../context';
import * as layers from '../repos/layers';
import { expirationTicket } from '../services/book-expiration';
import { closingLegs, refreshLayer, requireLayer } from '../services/layer-service';
import type { HandlerMap } from './handler';
import { legIssues } from '../../../shared/domain/leg-rules';

export const ticketHandlers: HandlerMap<'ticket/add' | 'ticket/bookExpiration' | 'ticket/update' | 'ticket/delete'> = {
  'ticket/add': (input, ctx) => addTicket(input, ctx),

  // One ticket at the settlement value, in this call's one transaction.
  'ticket/bookExpiration': (input, ctx) => addTicket(expirationTicket(ctx, input), ctx),

  'ticket/update': ({ ticketId, date, quantity, netPriceHundredths, feesCents, note }, ctx) => {
    const layer = requireLayer(ctx, requireTicketLayer(ctx, ticketId));
    if (date !== undefined) throwIssues(ticketMoveIssues(layer, ticketId, date));
    const ticket = layer.tickets.find((t) => t.id === ticketId);
    if (quantity !== undefined && ticket && quantity !== ticket.quantity) {
      const issue = quantityEditIssue(layer.tickets, ticketId, quantity);
      if (issue) throw invalidField('quantity', issue);
      layers.updateTicketQuantity(ctx.db, ticketId, quantity, rescaledTicketLegs(ticket, quantity));
    }
    layers.updateTicket(ctx.db, ticketId, { date, netPriceHundredths, feesCents, note });
    const openedOn = date === undefined ? null : openedOnAfterMove(layer, ticketId, date);
    if (openedOn !== null) layers.setOpenedOn(ctx.db, layer.id, openedOn);
    return refreshLayer(ctx, layer.id);
  },

  'ticket/delete': ({ ticketId }, ctx) => {
    const layer = requireLayer(ctx, requireTicketLayer(ctx, ticketId));
    const conflict = ticketDeleteConflict(layer, ticketId);
    if (conflict !== null) throw new ApiError('conflict', conflict);
    layers.deleteTicket(ctx.db, ticketId);
    return refreshLayer(ctx, layer.id);
  },
};

function addTicket(input: ApiParsedInput<'ticket/add'>, ctx: BackendContext): LayerDetail {
  const layer = requireLayer(ctx, input.layerId);
  if (layer.status !== 'open') throw invalidField('layerId', `layer ${layer.id} is ${layer.status}; add tickets to an open layer`);
  throwIssues(newTicketDateIssues(layer, input.action, input.date));
  const units = input.quantity ?? layer.openQuantity;
  const multiplier = layer.legs[0]?.multiplier ?? 100;
  let legs: { legId: number; quantity: number }[];

  if (input.action === 'adjust') {
    legs = adjustLegs(input, layer, ctx);
  } else {
    if (input.legs || input.newLegs) throw invalidField('legs', `a ${input.action} ticket trades the open legs pro rata; use an adjust ticket to trade single legs`);
    legs = closingLegs(layer, units, 'quantity');
  }
  layers.insertTicket(ctx.db, {
    layerId: layer.id, date: input.date, action: input.action, quantity: units, netPriceHundredths: input.netPriceHundredths, multiplier,
    feesCents: input.feesCents, note: input.note, legs, createdAt: ctx.now().toISOString(),
  });
  return refreshLayer(ctx, layer.id);
}

/** An adjust trades named legs (existing or new) and leaves the unit count alone. */
function adjustLegs(input: ApiParsedInput<'ticket/add'>, layer: LayerDetail, ctx: BackendContext): { legId: number; quantity: number }[] {
  const named = input.legs ?? [];
  const added = input.newLegs ?? [];
  if (named.length === 0 && added.length === 0) throw invalidField('legs', 'an adjust ticket must name the legs it trades or add new ones');
  throwIssues([...adjustLegIssues(layer, named, added), ...added.flatMap((leg, i) => legIssues(leg, `newLegs.${i}`, layer.openedOn))]);
  const units = input.quantity ?? layer.openQuantity;
  const newIds = layers.insertLegs(ctx.db, layer.id, added);
  return [
    ...named,
    ...added.map((leg, i) => ({ legId: newIds[i] ?? 0, quantity: (leg.side === 'long' ? 1 : -1) * leg.ratio * units })),
  ];
}

/** Refuses the call with every issue, each tied to its field. */
function throwIssues(issues: ApiIssue[]): void {
  if (issues.length > 0) throw new ApiError('invalid_input', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}

function requireTicketLayer(ctx: BackendContext, ticketId: number): number {
  const layerId = layers.findTicketLayerId(ctx.db, ticketId);
  if (layerId === null) throw new ApiError('not_found', `Ticket ${ticketId} does not exist`);
  return layerId;
}

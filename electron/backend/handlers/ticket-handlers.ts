import { ApiError, invalidField } from '../../../shared/api/errors';
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { LayerDetail } from '../../../shared/domain/types';
import type { BackendContext } from '../context';
import * as layers from '../repos/layers';
import { expirationTicket } from '../services/book-expiration';
import { closingLegs, refreshLayer, requireLayer } from '../services/layer-service';
import type { HandlerMap } from './handler';
import { legIssues } from './layer-handlers';
import { sql } from '../db/statements';

export const ticketHandlers: HandlerMap<'ticket/add' | 'ticket/bookExpiration' | 'ticket/update' | 'ticket/delete'> = {
  'ticket/add': (input, ctx) => addTicket(input, ctx),

  // One ticket at the settlement value, in this call's one transaction.
  'ticket/bookExpiration': (input, ctx) => addTicket(expirationTicket(ctx, input), ctx),

  'ticket/update': ({ ticketId, date, netPriceHundredths, feesCents, note }, ctx) => {
    const layer = requireLayer(ctx, requireTicketLayer(ctx, ticketId));
    const ticket = layer.tickets.find((t) => t.id === ticketId);
    if (ticket?.action === 'open' && date !== undefined && layer.tickets.some((t) => t.action !== 'open' && t.date < date)) {
      throw invalidField('date', 'the opening ticket cannot move after a later ticket');
    }
    if (date !== undefined && ticket?.action !== 'open' && date < layer.openedOn) throw invalidField('date', `must be on or after the layer's open date ${layer.openedOn}`);
    layers.updateTicket(ctx.db, ticketId, { date, netPriceHundredths, feesCents, note });
    if (date !== undefined && ticket?.action === 'open' && layer.tickets[0]?.id === ticketId) {
      sql(ctx.db, 'UPDATE layers SET opened_on = ? WHERE id = ?').run(date, layer.id);
    }
    return refreshLayer(ctx, layer.id);
  },

  'ticket/delete': ({ ticketId }, ctx) => {
    const layer = requireLayer(ctx, requireTicketLayer(ctx, ticketId));
    const ticket = layer.tickets.find((t) => t.id === ticketId);
    if (ticket?.action === 'open' && layer.tickets.filter((t) => t.action === 'open').length === 1) {
      throw new ApiError('conflict', 'This is the layer\'s opening ticket; delete the layer instead');
    }
    if (ticket?.action === 'roll' && layer.rolledToId !== null) throw new ApiError('conflict', `This roll opened layer ${layer.rolledToId}; delete that layer first`);
    layers.deleteTicket(ctx.db, ticketId);
    return refreshLayer(ctx, layer.id);
  },
};

function addTicket(input: ApiParsedInput<'ticket/add'>, ctx: BackendContext): LayerDetail {
  const layer = requireLayer(ctx, input.layerId);
  if (layer.status !== 'open') throw invalidField('layerId', `layer ${layer.id} is ${layer.status}; add tickets to an open layer`);
  if (input.date < layer.openedOn) throw invalidField('date', `must be on or after the layer's open date ${layer.openedOn}`);
  const units = input.quantity ?? layer.openQuantity;
  const multiplier = layer.legs[0]?.multiplier ?? 100;
  let legs: { legId: number; quantity: number }[];

  if (input.action === 'adjust') {
    legs = adjustLegs(input, layer, ctx);
  } else {
    if (input.legs || input.newLegs) throw invalidField('legs', `a ${input.action} ticket trades the open legs pro rata; use an adjust ticket to trade single legs`);
    if (input.action === 'expire' || input.action === 'settle') {
      const expiration = layer.expiration;
      if (expiration !== null && input.date < expiration) throw invalidField('date', `the layer expires on ${expiration}; it cannot expire earlier`);
    }
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
  const seen = new Set<number>();
  for (const [i, leg] of named.entries()) {
    if (!layer.legs.some((l) => l.id === leg.legId)) throw invalidField(`legs.${i}.legId`, `leg ${leg.legId} is not part of layer ${layer.id}`);
    if (seen.has(leg.legId)) throw invalidField(`legs.${i}.legId`, `leg ${leg.legId} is named twice`);
    seen.add(leg.legId);
  }
  const issues = added.flatMap((leg, i) => legIssues(leg, `newLegs.${i}`, layer.openedOn));
  const multiplier = layer.legs[0]?.multiplier;
  added.forEach((leg, i) => { if (leg.multiplier !== multiplier) issues.push({ path: `newLegs.${i}.multiplier`, message: `must match the layer's multiplier ${multiplier}` }); });
  if (issues.length > 0) throw new ApiError('invalid_input', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
  const units = input.quantity ?? layer.openQuantity;
  const newIds = layers.insertLegs(ctx.db, layer.id, added);
  return [
    ...named,
    ...added.map((leg, i) => ({ legId: newIds[i] ?? 0, quantity: (leg.side === 'long' ? 1 : -1) * leg.ratio * units })),
  ];
}

function requireTicketLayer(ctx: BackendContext, ticketId: number): number {
  const layerId = layers.findTicketLayerId(ctx.db, ticketId);
  if (layerId === null) throw new ApiError('not_found', `Ticket ${ticketId} does not exist`);
  return layerId;
}

/**
 * The tastytrade import against a portfolio: plans it from the file and the journal's open
 * layers (shared/import/tastytrade.ts), and applies the plan with the same services the
 * forms use (openCondor, the ticket and layer handlers): in one transaction (applyPlan), or
 * in batches that each commit (tastytrade-batched-import.ts).
 */
import { ApiError } from '../../../shared/api/errors';
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { LayerDetail } from '../../../shared/domain/types';
import { planTastytradeImport, TASTYTRADE_BROKER, type LayerRef, type OpenLayer, type PlannedLayer, type PlannedLeg, type PlannedTicket, type TastytradeImportSummary } from '../../../shared/import/tastytrade';
import { linesLabel } from '../../../shared/import/tastytrade-orders';
import type { BackendContext } from '../context';
import { layerHandlers } from '../handlers/layer-handlers';
import { ticketHandlers } from '../handlers/ticket-handlers';
import { importedOrderNumbers, recordBrokerOrder } from '../repos/broker-orders';
import * as layers from '../repos/layers';
import { closingLegs, openCondor, refreshLayer, requireLayer, SPX_MULTIPLIER } from './layer-service';
import { today } from '../context';

/** The plan for this file against the portfolio as it stands; throws the file's line-numbered problems. */
export function planForPortfolio(ctx: BackendContext, portfolioId: number, csv: string, fileName: string | undefined): TastytradeImportSummary {
  const open = layers.listLayersActiveOn(ctx.db, portfolioId, '9999-12-31', today(ctx)).filter((l) => l.status === 'open').map(toOpenLayer);
  const plan = planTastytradeImport(csv, { openLayers: open, importedOrders: importedOrderNumbers(ctx.db, portfolioId, TASTYTRADE_BROKER) });
  if (!plan.ok) {
    const first = plan.issues[0];
    const more = plan.totalErrors > plan.issues.length ? ` (${plan.issues.length} shown)` : '';
    throw new ApiError('invalid_input', `${fileName ?? 'The file'} was not imported: ${plan.totalErrors} problem(s)${more}; first at ${first?.path}: ${first?.message}`, plan.issues);
  }
  return plan.summary;
}

function toOpenLayer(layer: LayerDetail): OpenLayer {
  return {
    id: layer.id, role: layer.role, openedOn: layer.openedOn, openQuantity: layer.openQuantity, isCondor: layer.strikes !== null,
    legs: layer.legs.map((leg) => ({
      key: `id:${leg.id}`, underlying: leg.underlying, right: leg.right, side: leg.side, strikeHundredths: leg.strikeHundredths, expiration: leg.expiration, open: layer.openContracts[leg.id] ?? 0,
    })),
  };
}

/** What applying tickets carries from one batch to the next: ids of the layers and legs created so far. */
export interface ApplyState {
  legIds: Map<string, number>;
  created: number[];
  layerIdOf(ref: LayerRef): number;
}

export function newApplyState(): ApplyState {
  const created: number[] = [];
  return { legIds: new Map(), created, layerIdOf: (ref) => (ref.kind === 'existing' ? ref.layerId : created[ref.index] ?? 0) };
}

/** Writes the whole plan in the caller's one transaction. */
export function applyPlan(ctx: BackendContext, portfolioId: number, summary: TastytradeImportSummary): TastytradeImportSummary {
  const state = newApplyState();
  applyTickets(ctx, portfolioId, summary.tickets, summary.layers, state, 'nothing was imported');
  return { ...summary, applied: true, createdLayerIds: state.created };
}

/**
 * Writes tickets of the plan (all of it, or one batch) in time order, each tagged with its order
 * number (an expire/settle ticket with the keys of its delivery rows, which have none). A ticket
 * the journal refuses stops it with the file's lines, the order, the reason and `outcome`
 * (what stays written).
 */
export function applyTickets(
  ctx: BackendContext, portfolioId: number, tickets: readonly PlannedTicket[], planned: readonly PlannedLayer[], state: ApplyState, outcome: string,
): void {
  for (const ticket of tickets) {
    try {
      const ticketId = applyTicket(ctx, portfolioId, ticket, planned, state);
      storeLegPrices(ctx, ticketId, ticket, state.legIds);
      for (const orderNumber of ticket.brokerKeys ?? [ticket.orderNumber]) recordBrokerOrder(ctx.db, { ticketId, portfolioId, broker: TASTYTRADE_BROKER, orderNumber });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const where = linesLabel(ticket.lines);
      const what = ticket.orderNumber ? `order #${ticket.orderNumber}` : `${ticket.action} on ${ticket.date}`;
      throw new ApiError(error.code, `${where}: ${what}: ${error.message}; ${outcome}`, [{ path: where, message: error.message }]);
    }
  }
}

/** Each leg's own fill on the ticket just written (its new legs' ids are known only now). */
function storeLegPrices(ctx: BackendContext, ticketId: number, ticket: PlannedTicket, legIds: ReadonlyMap<string, number>): void {
  if (!ticket.legPrices || ticket.legPrices.length === 0) return;
  const prices = ticket.legPrices.map(({ key, priceHundredths }) => ({ legId: key.startsWith('id:') ? Number(key.slice(3)) : legIds.get(key) ?? 0, priceHundredths }));
  layers.setTicketLegPrices(ctx.db, ticketId, prices);
}

function applyTicket(ctx: BackendContext, portfolioId: number, ticket: PlannedTicket, planned: readonly PlannedLayer[], state: ApplyState): number {
  const note = ticket.orderNumber ? `tastytrade order #${ticket.orderNumber}` : `tastytrade ${ticket.action === 'settle' ? 'cash settlement' : 'expiration'}`;
  if (ticket.action === 'open') {
    const plan = planned[ticket.layer.kind === 'new' ? ticket.layer.index : -1];
    if (!plan) throw new Error(`the plan has no layer for order ${ticket.orderNumber}`);
    const layer = openLayer(ctx, portfolioId, plan, plan.rolledFrom ? state.layerIdOf(plan.rolledFrom) : null);
    state.created[plan.index] = layer.id;
    plan.legs.forEach((leg, i) => state.legIds.set(leg.key, layer.legs[i]?.id ?? 0));
    return layer.tickets[0]?.id ?? 0;
  }
  const layerId = state.layerIdOf(ticket.layer);
  if (ticket.action === 'roll') {
    // layer/roll closes every open unit; a broker roll may take only some of them.
    const old = requireLayer(ctx, layerId);
    const id = layers.insertTicket(ctx.db, {
      layerId, date: ticket.date, action: 'roll', quantity: ticket.quantity, netPriceHundredths: ticket.netPriceHundredths, multiplier: SPX_MULTIPLIER,
      feesCents: ticket.feesCents, note, legs: closingLegs(old, ticket.quantity, 'quantity'), createdAt: ctx.now().toISOString(),
    });
    refreshLayer(ctx, layerId);
    return id;
  }
  const before = requireLayer(ctx, layerId);
  const known = new Set(before.legs.map((l) => l.id));
  const legId = (key: string) => (key.startsWith('id:') ? Number(key.slice(3)) : state.legIds.get(key) ?? 0);
  const after = ticketHandlers['ticket/add']({
    // expire/settle go through the same checks as the Expire and Settle forms (not before the expiration).
    layerId, date: ticket.date, action: ticket.action, quantity: ticket.quantity, netPriceHundredths: ticket.netPriceHundredths,
    feesCents: ticket.feesCents, note,
    legs: ticket.action === 'adjust' && ticket.legs.length > 0 ? ticket.legs.map((l) => ({ legId: legId(l.key), quantity: l.quantity })) : undefined,
    newLegs: ticket.action === 'adjust' && ticket.newLegs.length > 0 ? ticket.newLegs.map(legInput) : undefined,
  }, ctx);
  after.legs.filter((l) => !known.has(l.id)).forEach((leg, i) => {
    const key = ticket.newLegs[i]?.key;
    if (key) state.legIds.set(key, leg.id);
  });
  return Math.max(...after.tickets.map((t) => t.id));
}

function openLayer(ctx: BackendContext, portfolioId: number, plan: PlannedLayer, rolledFromId: number | null): LayerDetail {
  if (plan.kind === 'condor' && plan.strikes) {
    return openCondor(ctx, {
      portfolioId, openedOn: plan.openedOn, expiration: plan.expiration, strikes: plan.strikes, quantity: plan.quantity, creditHundredths: plan.netPriceHundredths,
      feesCents: plan.feesCents, role: plan.role, underlying: plan.underlying, notes: '', tags: [], rolledFromId,
    });
  }
  return layerHandlers['layer/create']({
    portfolioId, openedOn: plan.openedOn, role: plan.role, legs: plan.legs.map(legInput), quantity: plan.quantity, netPriceHundredths: plan.netPriceHundredths,
    feesCents: plan.feesCents, notes: '', tags: [], protectsLayerIds: [],
  }, ctx);
}

function legInput(leg: PlannedLeg): ApiParsedInput<'layer/create'>['legs'][number] {
  return {
    instrument: 'option', underlying: leg.underlying, symbol: null, right: leg.right, side: leg.side, strikeHundredths: leg.strikeHundredths,
    expiration: leg.expiration, ratio: leg.ratio, multiplier: SPX_MULTIPLIER,
  };
}

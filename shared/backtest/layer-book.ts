/**
 * The simulated journal: layers with legs and tickets held in memory exactly as the app stores
 * them (LayerDetail, summarised by the real ledger), so the rules engine reads the same records
 * a user's database would hold. Cash is the sum of all ticket cash, integer cents.
 */
import { summarizeLedger } from '../domain/layer-ledger';
import type { LayerDetail, LayerRole, Leg, Ticket, TicketAction, TicketLeg } from '../domain/types';
import type { Fill, FillLeg } from './types';

/** A leg to add to a layer (options only; multiplier 100). */
export interface LegSpec {
  underlying: 'SPX' | 'SPXW' | 'VIX';
  right: 'put' | 'call';
  side: 'long' | 'short';
  strikeHundredths: number;
  expiration: string;
}

/** One ticket to book: `legs` maps new or existing legs to signed contracts (+ bought). */
export interface TradeSpec {
  date: string;
  action: TicketAction;
  reason: string;
  quantity: number;
  netPriceHundredths: number;
  feesCents: number;
  legs: TicketLeg[];
}

const MULTIPLIER = 100;

/** Open and closed layers, the fills that built them and the running cash. */
export class LayerBook {
  private nextLayerId = 1;
  private nextLegId = 1;
  private nextTicketId = 1;
  private readonly openLayers = new Map<number, LayerDetail>();
  /** Layers with no open contracts left, in closing order. */
  readonly closed: LayerDetail[] = [];
  readonly fills: Fill[] = [];
  cashCents = 0;
  feesCents = 0;

  /** Open layers in opening order (ids ascend). */
  open(): LayerDetail[] {
    return [...this.openLayers.values()];
  }

  get(layerId: number): LayerDetail | undefined {
    return this.openLayers.get(layerId);
  }

  /** Creates an empty layer; book its opening ticket with {@link trade}. */
  createLayer(role: LayerRole, openedOn: string, rolledFromId: number | null = null): LayerDetail {
    const id = this.nextLayerId++;
    const layer: LayerDetail = {
      id, portfolioId: 1, role, status: 'open', openedOn, closedOn: null, expiration: null, dte: null, strikes: null,
      openedQuantity: 0, openQuantity: 0, openPriceHundredths: 0, netCashCents: 0, realizedPnlCents: 0, feesCents: 0,
      rolledFromId, rolledToId: null, notes: '', tags: ['backtest'], legs: [], tickets: [], openContracts: {}, protectsLayerIds: [],
    };
    this.openLayers.set(id, layer);
    return layer;
  }

  /** Drops a layer that never traded (an open that was called off). */
  discard(layer: LayerDetail): void {
    if (layer.tickets.length === 0) this.openLayers.delete(layer.id);
  }

  /** Adds legs to a layer and returns them (ids are unique across the book). */
  addLegs(layer: LayerDetail, specs: readonly LegSpec[]): Leg[] {
    const legs = specs.map((s): Leg => ({ id: this.nextLegId++, layerId: layer.id, instrument: 'option', underlying: s.underlying, symbol: null, right: s.right, side: s.side, strikeHundredths: s.strikeHundredths, expiration: s.expiration, ratio: 1, multiplier: MULTIPLIER }));
    layer.legs.push(...legs);
    return legs;
  }

  /** Books a ticket, refreshes the layer's summary and moves it to `closed` once flat. */
  trade(layer: LayerDetail, spec: TradeSpec): void {
    const cashCents = spec.netPriceHundredths * MULTIPLIER * spec.quantity - spec.feesCents;
    const ticket: Ticket = { id: this.nextTicketId++, layerId: layer.id, date: spec.date, action: spec.action, quantity: spec.quantity, netPriceHundredths: spec.netPriceHundredths, multiplier: MULTIPLIER, feesCents: spec.feesCents, cashCents, note: spec.reason, legs: spec.legs };
    layer.tickets.push(ticket);
    this.cashCents += cashCents;
    this.feesCents += spec.feesCents;
    this.fills.push({ date: spec.date, layerId: layer.id, role: layer.role, legs: fillLegs(layer, spec.legs), action: spec.action, reason: spec.reason, quantity: spec.quantity, netPriceHundredths: spec.netPriceHundredths, feesCents: spec.feesCents, cashCents });
    refresh(layer);
    if (layer.openQuantity === 0) {
      layer.status = spec.action === 'roll' ? 'rolled' : spec.action === 'expire' ? 'expired' : 'closed';
      layer.closedOn = spec.date;
      this.openLayers.delete(layer.id);
      this.closed.push(layer);
    }
  }
}

function fillLegs(layer: LayerDetail, traded: readonly TicketLeg[]): FillLeg[] {
  const out: FillLeg[] = [];
  for (const t of traded) {
    const leg = layer.legs.find((l) => l.id === t.legId);
    if (leg === undefined || leg.right === null || leg.strikeHundredths === null || leg.expiration === null) continue;
    out.push({ underlying: leg.underlying, right: leg.right, strikeHundredths: leg.strikeHundredths, expiration: leg.expiration, contracts: t.quantity });
  }
  return out;
}

/** Recomputes the stored summary fields from legs and tickets with the app's ledger. */
function refresh(layer: LayerDetail): void {
  const ledger = summarizeLedger(layer.legs, layer.tickets);
  layer.openContracts = ledger.openContracts;
  layer.openedQuantity = ledger.openedQuantity;
  layer.openQuantity = ledger.openQuantity;
  layer.netCashCents = ledger.netCashCents;
  layer.feesCents = ledger.feesCents;
  layer.realizedPnlCents = ledger.realizedPnlCents;
  layer.openPriceHundredths = ledger.openPriceHundredths;
  layer.expiration = ledger.expiration;
  layer.strikes = ledger.strikes;
}

/**
 * Dated cash flows of ALVH layers for XIRR (ALVH.md "IRR (XIRR)"), per layer and combined.
 * Inputs are dollars; a layer's flows depend only on that layer, so adding a layer can
 * never change another layer's own IRR.
 */
import { isoDayNumber } from './day-count';
import { type CashFlow, xirr } from './xirr';
import { requireFinite, requireNonNegative } from './validate';

/** Cash of one ticket, dollars. */
export interface LayerTicketCash {
  date: string;
  /** Net premium: + credit received, − debit paid (net price × multiplier × quantity). */
  premium: number;
  /** Commissions and exchange fees paid (≥ 0); default 0. */
  fees?: number;
}

/** What XIRR needs to know about one layer. */
export interface LayerCashInput {
  /** Label carried onto every flow (e.g. the layer's id). */
  layerId: string;
  /** Opening date: the margin is posted then. */
  openedOn: string;
  /** Date the layer was fully closed and its margin released; null or absent while open. */
  closedOn?: string | null;
  /** Margin requirement held while the layer is open, dollars (≥ 0). */
  margin: number;
  /**
   * Dated changes of the margin held (+ posted, − released), dollars, oldest first. When given
   * they replace the single post/release of `margin`: a partial close releases its share on its
   * date (ALVH.md: margin on the open quantity, released pro rata).
   */
  marginChanges?: readonly { date: string; amount: number }[];
  tickets: readonly LayerTicketCash[];
  /**
   * Value of the layer's open legs at the valuation date, dollars, signed as a holding
   * (a short condor is negative: what it costs to close). Required while open.
   */
  liquidationValue?: number;
}

export type FlowKind = 'margin-posted' | 'premium' | 'fee' | 'margin-released' | 'liquidation';

/** A cash flow with where it came from, for audit views; XIRR reads only date and amount. */
export interface LayerFlow extends CashFlow {
  layerId: string;
  kind: FlowKind;
}

/** IRR that is either a rate or a reason it does not exist — never NaN on screen. */
export type IrrResult = { ok: true; rate: number } | { ok: false; reason: string };

/**
 * A layer's dated flows as of `valuationDate` (dollars):
 *   −margin on openedOn (or −/+ each of `marginChanges` on its date); +premium / −debit on each ticket date; −fees on each ticket date;
 *   +margin on closedOn when closed by the valuation date, otherwise a terminal flow on
 *   the valuation date of +margin + liquidationValue.
 * Anything dated after the valuation date is ignored (no look-ahead); a layer opened after
 * it has no flows. Throws a readable Error for bad dates or amounts, or an open layer
 * without a liquidation value.
 */
export function layerCashFlows(layer: LayerCashInput, valuationDate: string): LayerFlow[] {
  const where = `layerCashFlows(${layer.layerId})`;
  const asOf = isoDayNumber(valuationDate, where);
  const opened = isoDayNumber(layer.openedOn, where);
  requireNonNegative(where, 'margin', layer.margin);
  if (opened > asOf) return [];
  const flows: LayerFlow[] = [];
  const add = (date: string, amount: number, kind: FlowKind) => {
    if (amount !== 0) flows.push({ date, amount, layerId: layer.layerId, kind });
  };
  let held = layer.margin;
  if (layer.marginChanges === undefined) {
    add(layer.openedOn, -layer.margin, 'margin-posted');
  } else {
    held = 0;
    for (const change of layer.marginChanges) {
      requireFinite(where, 'marginChanges.amount', change.amount);
      if (isoDayNumber(change.date, where) > asOf) break;
      held += change.amount;
      add(change.date, -change.amount, change.amount > 0 ? 'margin-posted' : 'margin-released');
    }
  }
  layer.tickets.forEach((ticket, i) => {
    // Names built only when a check fails: this runs for every ticket of every dashboard.
    if (!Number.isFinite(ticket.premium)) requireFinite(where, `tickets[${i}].premium`, ticket.premium);
    const fees = ticket.fees ?? 0;
    if (!(fees >= 0 && Number.isFinite(fees))) requireNonNegative(where, `tickets[${i}].fees`, fees);
    if (isoDayNumber(ticket.date, where) > asOf) return;
    add(ticket.date, ticket.premium, 'premium');
    add(ticket.date, -fees, 'fee');
  });
  const closed = layer.closedOn === null || layer.closedOn === undefined ? null : isoDayNumber(layer.closedOn, where);
  if (closed !== null && closed <= asOf) {
    add(layer.closedOn ?? valuationDate, held, 'margin-released');
  } else {
    if (layer.liquidationValue === undefined) throw new Error(`${where}: the layer is open on ${valuationDate} and needs a liquidation value`);
    requireFinite(where, 'liquidationValue', layer.liquidationValue);
    add(valuationDate, held, 'margin-released');
    add(valuationDate, layer.liquidationValue, 'liquidation');
  }
  return flows;
}

/** All layers' flows in one list (the portfolio's XIRR input), in layer order. */
export function portfolioCashFlows(layers: readonly LayerCashInput[], valuationDate: string): LayerFlow[] {
  return layers.flatMap((layer) => layerCashFlows(layer, valuationDate));
}

/** {@link xirr} as a result value: `{ ok: false, reason }` instead of a thrown "IRR undefined". */
export function tryXirr(flows: readonly CashFlow[]): IrrResult {
  try {
    return { ok: true, rate: xirr(flows) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export interface IrrReport {
  layers: { layerId: string; irr: IrrResult }[];
  portfolio: IrrResult;
}

/**
 * XIRR per layer (from that layer's flows only) and for the portfolio (all flows), as of
 * `valuationDate`. Annual rates as decimals. Input errors (bad dates, missing liquidation
 * value) throw; an IRR that does not exist is a `{ ok: false, reason }` entry.
 */
export function irrReport(layers: readonly LayerCashInput[], valuationDate: string): IrrReport {
  const perLayer = layers.map((layer) => ({ layer, flows: layerCashFlows(layer, valuationDate) }));
  return {
    layers: perLayer.map(({ layer, flows }) => ({ layerId: layer.layerId, irr: tryXirr(flows) })),
    portfolio: tryXirr(perLayer.flatMap(({ flows }) => flows)),
  };
}

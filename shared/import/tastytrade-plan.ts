/**
 * Turns tastytrade orders into journal actions, replayed in time order against the open
 * layers (those already in the journal plus those the file itself opens):
 * - four legs opening an iron condor → a new condor layer;
 * - other opening-only orders → a new layer with those legs (a hedge when every leg is long);
 * - closing legs → the open layer that holds them: a `close` ticket when they take whole units
 *   off pro rata (partial closes allowed), an `adjust` ticket naming the legs otherwise;
 * - closing + opening legs in one order (a roll) → a `roll` ticket on the old layer and a new
 *   condor linked to it; when the new legs are not a condor, one `adjust` ticket with both.
 * - options removed at expiration (no order: tastytrade `Receive Deliver` rows) → an `expire`
 *   or `settle` ticket per layer per day, replayed in time order with the orders
 *   (tastytrade-deliveries.ts).
 * Prices are per unit in hundredths: the order's summed `Value` in cents ÷ (100 × units); each
 * order ticket also keeps every leg's own price (tastytrade-leg-prices.ts), which must make that net.
 */
import type { ApiIssue } from '../api/errors';
import { condorEntryIssues } from '../domain/condor-rules';
import type { CondorStrikes, LayerRole } from '../domain/types';
import type { TastyDelivery } from './tastytrade-csv';
import { planDeliveryDay, type DeliveryDay } from './tastytrade-deliveries';
import { ticketLegPrices, type PlannedLegPrice } from './tastytrade-leg-prices';
import { condorShape, heldSide, isOpening, legLabel, linesLabel, type OrderLeg, type TastyOrder } from './tastytrade-orders';

export interface OpenLayerLeg {
  /** `id:12` for a stored leg; planned legs get keys the executor maps to new ids. */
  key: string;
  underlying: string;
  right: 'put' | 'call' | null;
  side: 'long' | 'short';
  strikeHundredths: number | null;
  expiration: string | null;
  /** Signed open contracts. */
  open: number;
}

/** An open layer of the journal, as the planner needs it. */
export interface OpenLayer {
  id: number;
  role: LayerRole;
  openedOn: string;
  openQuantity: number;
  isCondor: boolean;
  legs: OpenLayerLeg[];
}

export type LayerRef = { kind: 'existing'; layerId: number } | { kind: 'new'; index: number };

export interface PlannedLeg {
  key: string;
  underlying: 'SPX' | 'SPXW';
  right: 'put' | 'call';
  side: 'long' | 'short';
  strikeHundredths: number;
  expiration: string;
  ratio: number;
}

export interface PlannedLayer {
  index: number;
  orderNumber: string;
  lines: number[];
  openedOn: string;
  role: LayerRole;
  kind: 'condor' | 'custom';
  underlying: 'SPX' | 'SPXW';
  expiration: string;
  strikes: CondorStrikes | null;
  legs: PlannedLeg[];
  quantity: number;
  /** + credit per unit. */
  netPriceHundredths: number;
  feesCents: number;
  rolledFrom: LayerRef | null;
}

export interface PlannedTicket {
  /** The broker's order number; empty for an expiration or settlement (see `brokerKeys`). */
  orderNumber: string;
  /** Expire/settle tickets: the keys of the delivery rows behind it (they have no order number). */
  brokerKeys?: string[];
  lines: number[];
  date: string;
  action: 'open' | 'close' | 'adjust' | 'roll' | 'expire' | 'settle';
  layer: LayerRef;
  /** `layer 12` or `new layer 2`. */
  layerLabel: string;
  quantity: number;
  netPriceHundredths: number;
  feesCents: number;
  /** adjust: signed contracts per leg (+ bought). */
  legs: { key: string; quantity: number }[];
  /** adjust: legs the order adds to the layer. */
  newLegs: PlannedLeg[];
  /** Orders: each traded leg's own fill (its key as in `legs`, the layer's legs or `newLegs`). */
  legPrices?: PlannedLegPrice[];
}

export interface PlanResult {
  layers: PlannedLayer[];
  tickets: PlannedTicket[];
  warnings: ApiIssue[];
  errors: ApiIssue[];
  /** Delivery rows (or parts of them) no open layer holds. */
  unheld: TastyDelivery[];
}

/** A layer as the replay sees it: open units and contracts after the steps so far. */
export interface StateLayer {
  ref: LayerRef;
  label: string;
  role: LayerRole;
  openQuantity: number;
  isCondor: boolean;
  legs: OpenLayerLeg[];
}

export function planOrders(orders: readonly TastyOrder[], open: readonly OpenLayer[], days: readonly DeliveryDay[] = []): PlanResult {
  const state: StateLayer[] = [...open].sort((a, b) => a.openedOn.localeCompare(b.openedOn) || a.id - b.id)
    .map((l) => ({ ref: { kind: 'existing', layerId: l.id }, label: `layer ${l.id}`, role: l.role, openQuantity: l.openQuantity, isCondor: l.isCondor, legs: l.legs.map((leg) => ({ ...leg })) }));
  const result: PlanResult = { layers: [], tickets: [], warnings: [], errors: [], unheld: [] };
  // One replay in time order; the sort is stable, so orders keep their order and come first on a tie.
  const steps = [...orders.map((order) => ({ instant: order.instant, order })), ...days.map((day) => ({ instant: day.instant, day }))].sort((a, b) => a.instant - b.instant);

  for (const step of steps) {
    if ('day' in step) {
      result.unheld.push(...planDeliveryDay(step.day, state, result.tickets, (valueCents, units, what) => roundedPrice(valueCents, units, (exact, rounded) => {
        result.warnings.push({ path: linesLabel(step.day.deliveries.map((d) => d.line)), message: `${what}: net price ${exact.toFixed(4)} hundredths rounded to ${rounded}` });
      })));
      continue;
    }
    const { order } = step;
    const where = linesLabel(order.lines);
    const fail = (message: string) => result.errors.push({ path: where, message: `order #${order.orderNumber}: ${message}` });
    const warn = (message: string) => result.warnings.push({ path: where, message: `order #${order.orderNumber}: ${message}` });
    const price = (valueCents: number, units: number) => roundedPrice(valueCents, units, (exact, rounded) => warn(`net price ${exact.toFixed(4)} hundredths rounded to ${rounded}`));
    const legPrices = (legs: { key: string; leg: OrderLeg }[], units: number, net: number) => ticketLegPrices(legs, units, net, fail, warn) ?? undefined;
    const opening = order.legs.filter(isOpening);
    const closing = order.legs.filter((l) => !isOpening(l));
    const sum = (legs: OrderLeg[], field: 'valueCents' | 'feesCents') => legs.reduce((total, l) => total + l[field], 0);

    if (closing.length === 0) {
      const layer = openLayer(order, opening, null, state, result, { fail, price, legPrices });
      if (layer) state.push(layer);
      continue;
    }
    const target = state.find((layer) => layer.openQuantity > 0 && holds(layer, closing));
    if (!target) {
      fail(`closes ${closing.map((l) => `${l.quantity} × ${legLabel(l)} ${heldSide(l)}`).join(', ')}, but no open layer holds those legs`);
      continue;
    }
    const units = proRataUnits(target, closing);
    const takeOff = (t: StateLayer) => closing.map((l) => {
      const leg = matchLeg(t, l);
      const quantity = heldSide(l) === 'short' ? l.quantity : -l.quantity;
      if (leg) leg.open += quantity;
      return { key: leg?.key ?? '', quantity };
    });
    const newCondor = opening.length > 0 ? condorShape(opening) : null;

    if (units !== null && (opening.length === 0 || newCondor)) {
      const taken = takeOff(target);
      target.openQuantity -= units;
      const net = price(sum(closing, 'valueCents'), units);
      result.tickets.push({
        orderNumber: order.orderNumber, lines: order.lines, date: order.date, action: opening.length === 0 ? 'close' : 'roll', layer: target.ref, layerLabel: target.label,
        quantity: units, netPriceHundredths: net, feesCents: sum(closing, 'feesCents'), legs: [], newLegs: [],
        legPrices: legPrices(closing.map((leg, i) => ({ key: taken[i]?.key ?? '', leg })), units, net),
      });
      if (opening.length > 0) {
        const layer = openLayer(order, opening, target, state, result, { fail, price, legPrices });
        if (layer) state.push(layer);
      }
      continue;
    }
    // Single legs taken off, or new legs that are not a condor: one adjust ticket.
    const newLegs: PlannedLeg[] = [];
    for (const [i, l] of opening.entries()) {
      const ratio = l.quantity / target.openQuantity;
      if (!Number.isInteger(ratio)) {
        fail(`adds ${l.quantity} × ${legLabel(l)} to ${target.label}, which has ${target.openQuantity} unit(s) open; enter this adjustment by hand`);
        break;
      }
      newLegs.push({ key: `${order.orderNumber}:added:${i}`, underlying: l.underlying, right: l.right, side: heldSide(l), strikeHundredths: l.strikeHundredths, expiration: l.expiration, ratio });
    }
    if (newLegs.length !== opening.length) continue;
    const adjustUnits = target.openQuantity;
    const legs = takeOff(target);
    target.legs.push(...newLegs.map((l) => ({ ...l, open: (l.side === 'long' ? 1 : -1) * l.ratio * target.openQuantity })));
    if (target.legs.every((l) => l.open === 0)) target.openQuantity = 0;
    const net = price(sum(order.legs, 'valueCents'), adjustUnits);
    const priced = [...closing.map((leg, i) => ({ key: legs[i]?.key ?? '', leg })), ...opening.map((leg, i) => ({ key: newLegs[i]?.key ?? '', leg }))];
    result.tickets.push({
      orderNumber: order.orderNumber, lines: order.lines, date: order.date, action: 'adjust', layer: target.ref, layerLabel: target.label, quantity: adjustUnits,
      netPriceHundredths: net, feesCents: sum(order.legs, 'feesCents'), legs, newLegs, legPrices: legPrices(priced, adjustUnits, net),
    });
  }
  return result;
}

/** How an order's step reports a problem, rounds a net and prices its legs (see planOrders). */
interface OrderTools {
  fail(message: string): void;
  price(valueCents: number, units: number): number;
  legPrices(legs: { key: string; leg: OrderLeg }[], units: number, net: number): PlannedLegPrice[] | undefined;
}

/** A new layer for an opening order (or the opening half of a roll from `rolledFrom`). */
function openLayer(order: TastyOrder, legs: OrderLeg[], rolledFrom: StateLayer | null, state: StateLayer[], result: PlanResult, tools: OrderTools): StateLayer | null {
  const { fail, price } = tools;
  const index = result.layers.length;
  const shape = condorShape(legs);
  const units = shape ? shape.quantity : legs.reduce((g, l) => gcd(g, l.quantity), 0);
  const valueCents = legs.reduce((total, l) => total + l.valueCents, 0);
  const feesCents = legs.reduce((total, l) => total + l.feesCents, 0);
  const netPriceHundredths = price(valueCents, units);
  const early = legs.find((l) => l.expiration <= order.date);
  if (early) {
    fail(`${legLabel(early)} expires on or before the trade date ${order.date}; the journal keeps layers that expire after their open date`);
    return null;
  }
  const plannedLegs: PlannedLeg[] = shape
    ? (['put', 'put', 'call', 'call'] as const).map((right, i) => ({
      key: `new:${index}:${i}`, underlying: shape.underlying, right, side: i === 0 || i === 3 ? 'long' : 'short', expiration: shape.expiration, ratio: 1,
      strikeHundredths: [shape.strikes.putLong, shape.strikes.putShort, shape.strikes.callShort, shape.strikes.callLong][i] ?? 0,
    }))
    : legs.map((l, i) => ({ key: `new:${index}:${i}`, underlying: l.underlying, right: l.right, side: heldSide(l), strikeHundredths: l.strikeHundredths, expiration: l.expiration, ratio: l.quantity / units }));
  if (shape) {
    const issues = condorEntryIssues({ openedOn: order.date, expiration: shape.expiration, strikes: shape.strikes, quantity: units, creditHundredths: netPriceHundredths });
    if (netPriceHundredths <= 0) issues.push({ path: 'creditHundredths', message: 'an iron condor is opened for a credit' });
    if (issues.length > 0) {
      fail(`the iron condor ${shape.strikes.putLong / 100}/${shape.strikes.putShort / 100}/${shape.strikes.callShort / 100}/${shape.strikes.callLong / 100} cannot be stored: ${issues.map((i) => i.message).join('; ')}`);
      return null;
    }
  }
  const role: LayerRole = rolledFrom ? rolledFrom.role : !shape ? (plannedLegs.every((l) => l.side === 'long') ? 'hedge' : 'base')
    : state.some((l) => l.isCondor && l.openQuantity > 0 && l.role !== 'hedge') ? 'time-shift' : 'base';
  const ref: LayerRef = { kind: 'new', index };
  const label = `new layer ${index + 1}`;
  result.layers.push({
    index, orderNumber: order.orderNumber, lines: order.lines, openedOn: order.date, role, kind: shape ? 'condor' : 'custom', underlying: shape?.underlying ?? (legs[0]?.underlying ?? 'SPXW'),
    expiration: plannedLegs.map((l) => l.expiration).sort()[0] ?? order.date, strikes: shape?.strikes ?? null, legs: plannedLegs, quantity: units, netPriceHundredths, feesCents,
    rolledFrom: rolledFrom?.ref ?? null,
  });
  result.tickets.push({
    orderNumber: order.orderNumber, lines: order.lines, date: order.date, action: 'open', layer: ref, layerLabel: label, quantity: units, netPriceHundredths, feesCents,
    legs: [], newLegs: [], legPrices: openingLegPrices(plannedLegs, legs, shape !== null, tools, units, netPriceHundredths),
  });
  return { ref, label, role, openQuantity: units, isCondor: shape !== null, legs: plannedLegs.map((l) => ({ ...l, open: (l.side === 'long' ? 1 : -1) * l.ratio * units })) };
}

/** The opening ticket's leg prices: each planned leg with the order leg it came from (a condor's legs are planned in K1..K4 order). */
function openingLegPrices(
  planned: readonly PlannedLeg[], legs: readonly OrderLeg[], condor: boolean, tools: OrderTools, units: number, net: number,
): PlannedLegPrice[] | undefined {
  const sameLeg = (p: PlannedLeg) => (l: OrderLeg) => l.right === p.right && heldSide(l) === p.side && l.strikeHundredths === p.strikeHundredths;
  const sourceOf = (p: PlannedLeg, i: number) => (condor ? legs.find(sameLeg(p)) : legs[i]);
  const found = planned.flatMap((p, i) => { const leg = sourceOf(p, i); return leg ? [{ key: p.key, leg }] : []; });
  return found.length === planned.length ? tools.legPrices(found, units, net) : undefined;
}

/** Cents for `units` → hundredths per unit, half away from zero; `rounded` hears when that was needed. */
function roundedPrice(valueCents: number, units: number, rounded: (exact: number, value: number) => void): number {
  const exact = valueCents / (100 * units);
  const value = Math.sign(exact) * Math.round(Math.abs(exact));
  if (value !== exact) rounded(exact, value);
  return value;
}

function matchLeg(layer: StateLayer, leg: OrderLeg): OpenLayerLeg | undefined {
  const side = heldSide(leg);
  return layer.legs.find((l) => l.right === leg.right && l.strikeHundredths === leg.strikeHundredths && l.expiration === leg.expiration && l.side === side
    && (side === 'short' ? -l.open : l.open) >= leg.quantity);
}

/** True when every closing leg takes off contracts this layer holds (distinct legs). */
function holds(layer: StateLayer, closing: readonly OrderLeg[]): boolean {
  const used = new Set<string>();
  return closing.every((leg) => {
    const match = matchLeg(layer, leg);
    if (!match || used.has(match.key)) return false;
    used.add(match.key);
    return true;
  });
}

/** Units closed when the legs take the same share off every open leg, else null. */
function proRataUnits(layer: StateLayer, closing: readonly OrderLeg[]): number | null {
  const live = layer.legs.filter((l) => l.open !== 0);
  if (live.length !== closing.length) return null;
  let units: number | null = null;
  for (const leg of closing) {
    const match = matchLeg(layer, leg);
    if (!match) return null;
    const u = (leg.quantity * layer.openQuantity) / Math.abs(match.open);
    if (!Number.isInteger(u) || (units !== null && u !== units)) return null;
    units = u;
  }
  return units;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Options the broker removed at expiration (tastytrade `Receive Deliver` rows) → tickets on
 * the open layers holding them, one ticket per layer per day, the way the Expire and Settle
 * forms record them:
 * - the day takes every open leg of a layer off pro rata (the usual end of a condor) → an
 *   `expire` ticket for whole units at 0, or a `settle` ticket when any leg settled in cash,
 *   at that cash per unit;
 * - only some legs (a layer whose legs expire on different days) → an `adjust` ticket naming them.
 * A row quantity spread over several layers holding the same contract is split in layer order
 * (oldest first), its cash pro rata. What no open layer holds (the position was never imported,
 * or was closed by hand) is reported, not guessed.
 */
import type { TastyDelivery } from './tastytrade-csv';
import type { OpenLayerLeg, PlannedTicket, StateLayer } from './tastytrade-plan';

/** The deliveries of one exchange date, replayed with the orders at its first row's time. */
export interface DeliveryDay {
  date: string;
  instant: number;
  deliveries: TastyDelivery[];
}

export function deliveryDays(deliveries: readonly TastyDelivery[]): DeliveryDay[] {
  const days = new Map<string, DeliveryDay>();
  for (const d of [...deliveries].sort((a, b) => a.instant - b.instant || a.line - b.line)) {
    const day = days.get(d.date) ?? { date: d.date, instant: d.instant, deliveries: [] };
    day.deliveries.push(d);
    days.set(d.date, day);
  }
  return [...days.values()];
}

interface Allocation {
  delivery: TastyDelivery;
  leg: OpenLayerLeg;
  quantity: number;
  valueCents: number;
  feesCents: number;
}

/** Net price per unit in hundredths from cents; `warn` hears of rounding past the hundredth. */
export type PriceOf = (valueCents: number, units: number, warn: string) => number;

/** Plans one day's tickets into `tickets`, updating the layers' open contracts; returns the rows (or parts) no open layer holds. */
export function planDeliveryDay(day: DeliveryDay, state: readonly StateLayer[], tickets: PlannedTicket[], price: PriceOf): TastyDelivery[] {
  const byLayer = new Map<StateLayer, Allocation[]>();
  const taken = new Map<string, number>();
  const unheld: TastyDelivery[] = [];
  for (const delivery of day.deliveries) {
    let left = delivery.quantity;
    const parts: { layer: StateLayer; leg: OpenLayerLeg; quantity: number }[] = [];
    for (const layer of state) {
      if (layer.openQuantity <= 0) continue;
      for (const leg of layer.legs) {
        if (left === 0 || !sameContract(leg, delivery)) continue;
        const quantity = Math.min(left, Math.abs(leg.open) - (taken.get(leg.key) ?? 0));
        if (quantity <= 0) continue;
        parts.push({ layer, leg, quantity });
        taken.set(leg.key, (taken.get(leg.key) ?? 0) + quantity);
        left -= quantity;
      }
    }
    if (left > 0) unheld.push(delivery);
    // Cash and fees split by contracts, cumulatively rounded so the parts add up to the row.
    let done = 0;
    for (const part of parts) {
      const share = (cents: number) => Math.round((cents * (done + part.quantity)) / delivery.quantity) - Math.round((cents * done) / delivery.quantity);
      const allocation = { delivery, leg: part.leg, quantity: part.quantity, valueCents: share(delivery.valueCents), feesCents: share(delivery.feesCents) };
      done += part.quantity;
      byLayer.set(part.layer, [...(byLayer.get(part.layer) ?? []), allocation]);
    }
  }
  for (const [layer, allocations] of byLayer) tickets.push(layerTicket(day, layer, allocations, price));
  return unheld;
}

function layerTicket(day: DeliveryDay, layer: StateLayer, allocations: readonly Allocation[], price: PriceOf): PlannedTicket {
  const perLeg = new Map<OpenLayerLeg, number>();
  for (const a of allocations) perLeg.set(a.leg, (perLeg.get(a.leg) ?? 0) + a.quantity);
  const units = proRataUnits(layer, perLeg);
  const valueCents = allocations.reduce((sum, a) => sum + a.valueCents, 0);
  const feesCents = allocations.reduce((sum, a) => sum + a.feesCents, 0);
  const settled = allocations.some((a) => a.delivery.subType !== 'Expiration');
  const legs = [...perLeg].map(([leg, quantity]) => {
    const signed = leg.side === 'short' ? quantity : -quantity;
    leg.open += signed;
    return { key: leg.key, quantity: signed };
  });
  const ticketUnits = units ?? layer.openQuantity;
  if (units !== null) layer.openQuantity -= units;
  else if (layer.legs.every((l) => l.open === 0)) layer.openQuantity = 0;
  const lines = [...new Set(allocations.map((a) => a.delivery.line))].sort((a, b) => a - b);
  const action = units === null ? 'adjust' : settled ? 'settle' : 'expire';
  return {
    orderNumber: '', brokerKeys: [...new Set(allocations.map((a) => a.delivery.key))], lines, date: day.date, action, layer: layer.ref, layerLabel: layer.label,
    quantity: ticketUnits, netPriceHundredths: price(valueCents, ticketUnits, `${action} of ${layer.label} on ${day.date}`), feesCents,
    legs: units === null ? legs : [], newLegs: [],
  };
}

function sameContract(leg: OpenLayerLeg, d: TastyDelivery): boolean {
  if (leg.open === 0 || leg.right !== d.right || leg.strikeHundredths !== d.strikeHundredths || leg.expiration !== d.expiration) return false;
  return d.side === null || leg.side === d.side;
}

/** Whole units when the legs taken off are every open leg in the same share, else null. */
function proRataUnits(layer: StateLayer, perLeg: ReadonlyMap<OpenLayerLeg, number>): number | null {
  const live = layer.legs.filter((l) => l.open !== 0);
  if (live.length !== perLeg.size || live.some((l) => !perLeg.has(l))) return null;
  const shares = live.map((l) => ((perLeg.get(l) ?? 0) * layer.openQuantity) / Math.abs(l.open));
  const units = shares[0] ?? 0;
  return units > 0 && Number.isInteger(units) && shares.every((u) => u === units) ? units : null;
}

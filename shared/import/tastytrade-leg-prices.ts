/**
 * Each leg's own fill price from a tastytrade order, kept beside the order's net (issue 14:
 * a layer opened from an import is anchored leg by leg). One CSV row is one leg's fill;
 * partial fills of a leg are summed first (tastytrade-orders.ts), so a leg's price is its
 * average: |Σ Value| in cents ÷ (100 × contracts) = hundredths of a point per contract
 * (cents = hundredths × multiplier 100 × contracts), rounded half away from zero.
 *
 * The net the ticket stores is still the order's summed Value ÷ (100 × units). The legs must
 * make that net (shared/domain/leg-prices.ts) within one hundredth: a larger gap rejects the
 * order with its lines; a gap of exactly the rounding is imported with a warning.
 */
import type { ApiIssue } from '../api/errors';
import { legPriceIssues, netOfLegPrices } from '../domain/leg-prices';
import type { OrderLeg } from './tastytrade-orders';
import { legLabel } from './tastytrade-orders';

/** A planned ticket leg's own price: `key` names the leg as the plan does (`new:0:1`, `id:12`). */
export interface PlannedLegPrice {
  key: string;
  priceHundredths: number;
  /** Signed contracts of this leg in the ticket (+ bought). */
  quantity: number;
}

/** Hundredths per contract of a leg's fills, and whether rounding was needed. */
export function orderLegPrice(leg: OrderLeg): { priceHundredths: number; exact: number } {
  const exact = Math.abs(leg.valueCents) / (100 * leg.quantity);
  return { priceHundredths: Math.round(exact), exact };
}

/** + bought, − sold: BUY_TO_OPEN / BUY_TO_CLOSE add contracts to the account. */
export function signedContracts(leg: OrderLeg): number {
  return leg.action.startsWith('BUY') ? leg.quantity : -leg.quantity;
}

/**
 * The priced legs of one ticket, checked against its net. Returns the prices, or null after
 * `fail` when they do not make the net within a hundredth; `warn` hears about rounding.
 */
export function ticketLegPrices(
  legs: readonly { key: string; leg: OrderLeg }[], units: number, netPriceHundredths: number,
  fail: (message: string) => void, warn: (message: string) => void,
): PlannedLegPrice[] | null {
  const priced = legs.map(({ key, leg }) => {
    const { priceHundredths, exact } = orderLegPrice(leg);
    if (priceHundredths !== exact) warn(`${legLabel(leg)}: average fill ${(exact / 100).toFixed(4)} rounded to ${(priceHundredths / 100).toFixed(2)}`);
    return { key, priceHundredths, quantity: signedContracts(leg) };
  });
  const issues: ApiIssue[] = legPriceIssues(priced, units, netPriceHundredths, 'ticket');
  if (issues.length > 0) {
    fail(`${issues.map((i) => i.message).join('; ')} — the leg rows do not add up to the order`);
    return null;
  }
  const sum = netOfLegPrices(priced, units);
  if (sum !== netPriceHundredths) warn(`the legs' own prices make ${(sum / 100).toFixed(4)} per unit, the net is ${(netPriceHundredths / 100).toFixed(2)} (rounding; the net is kept)`);
  return priced;
}

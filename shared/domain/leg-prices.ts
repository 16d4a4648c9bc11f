/**
 * Per-leg fill prices on a ticket (broker imports carry them; migration 0007 stores them).
 *
 * Units: a leg's price is hundredths of a point per contract, unsigned — the premium of that
 * option as the broker prints it ("Sold 2 SPXW … Put 5200.00 @ 14.20" → 1420). Its direction
 * is the ticket leg's signed quantity (+ bought, − sold), so the ticket's net per unit is
 *
 *   net = Σᵢ −quantityᵢ × priceᵢ ÷ units      (+ credit received, − debit paid)
 *
 * The net stays what the ticket stores and what every cash figure uses; the leg prices must add
 * up to it within one hundredth (a leg's average over partial fills is rounded to the
 * hundredth, so the sum of rounded legs may miss the exact net by that much).
 */
import type { ApiIssue } from '../api/errors';

/** Largest |net − Σ legs| accepted, hundredths per unit: one cent of a point. */
export const LEG_PRICE_TOLERANCE_HUNDREDTHS = 1;

export interface PricedTicketLeg {
  /** Signed contracts, + bought. */
  quantity: number;
  /** Unsigned hundredths per contract. */
  priceHundredths: number;
}

/** Σ −quantity × price ÷ units, hundredths per unit (may be fractional for odd ratios). */
export function netOfLegPrices(legs: readonly PricedTicketLeg[], units: number): number {
  let cents = 0;
  for (const leg of legs) cents -= leg.quantity * leg.priceHundredths;
  return cents / units;
}

/**
 * Problems with a ticket's per-leg prices: each must be a whole number of hundredths ≥ 0, and
 * together they must make the net within {@link LEG_PRICE_TOLERANCE_HUNDREDTHS}. Empty when
 * they agree. `where` prefixes each issue's path.
 */
export function legPriceIssues(legs: readonly PricedTicketLeg[], units: number, netPriceHundredths: number, where: string): ApiIssue[] {
  const bad = legs.findIndex((l) => !Number.isSafeInteger(l.priceHundredths) || l.priceHundredths < 0);
  if (bad >= 0) return [{ path: `${where}.legs[${bad}].priceHundredths`, message: 'a leg price must be a whole number of hundredths, 0 or more' }];
  if (!(units > 0) || legs.length === 0) return [{ path: `${where}.legs`, message: 'per-leg prices need the legs of a ticket with at least one unit' }];
  const sum = netOfLegPrices(legs, units);
  if (Math.abs(sum - netPriceHundredths) <= LEG_PRICE_TOLERANCE_HUNDREDTHS + 1e-9) return [];
  return [{
    path: `${where}.legs`,
    message: `the legs' own prices make a net of ${formatHundredths(sum)} per unit, but the ticket's net is ${formatHundredths(netPriceHundredths)} (they must agree within 0.01)`,
  }];
}

/** 1234.5 → "12.35" style text of hundredths, sign kept. */
function formatHundredths(value: number): string {
  return (value / 100).toFixed(Number.isInteger(value) ? 2 : 4);
}

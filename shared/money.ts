/**
 * Exact money and price units. Storage and the API carry integers only:
 * - cash in **cents** (`…Cents`),
 * - per-contract prices and strikes in **hundredths of an index point** (`…Hundredths`).
 * A price in hundredths × the contract multiplier × contracts is exactly cents
 * (12.50 points = 1250 hundredths; × 100 × 1 contract = 125,000 cents = $1,250).
 * All text ↔ integer conversions live here so rounding happens in one place.
 */

/** Parses user text such as "12.5", "12.50", "-3", "1,250.00" into hundredths; null when not an exact 2-decimal number. */
export function parseHundredths(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '').replace(/^\$/, '');
  const match = /^([+-]?)(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned) ?? /^([+-]?)()\.(\d{1,2})$/.exec(cleaned);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const value = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return null;
  return sign === '-' ? -value : value;
}

/** Dollars text → cents (same rules as {@link parseHundredths}). */
export const parseCents = parseHundredths;

/** A finite decimal number of points (e.g. from a CSV) → hundredths, rounded half away from zero. */
export function toHundredths(points: number): number {
  return Math.sign(points) * Math.round(Math.abs(points) * 100);
}

/** Hundredths → points as a number (for analytics, never stored back). */
export function hundredthsToPoints(hundredths: number): number {
  return hundredths / 100;
}

/** Cents → dollars as a number (for analytics and display, never stored back). */
export function centsToDollars(cents: number): number {
  return cents / 100;
}

/** Dollars → cents, rounded half away from zero (analytics results shown or exported). */
export function dollarsToCents(dollars: number): number {
  return Math.sign(dollars) * Math.round(Math.abs(dollars) * 100);
}

/** Cash of a ticket: net price per contract × multiplier × contracts, exact in cents. */
export function ticketCashCents(netPriceHundredths: number, multiplier: number, quantity: number): number {
  return netPriceHundredths * multiplier * quantity;
}

/** "12.50" from 1250. */
export function formatHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "$1,250.00" / "−$12.34" from cents. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '−' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

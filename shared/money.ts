/**
 * Exact money and price units. Storage and the API carry integers only:
 * - cash in **cents** (`…Cents`, type {@link Cents}),
 * - per-contract prices and strikes in **hundredths of an index point** (`…Hundredths`, type {@link Hundredths}).
 * A price in hundredths × the contract multiplier × contracts is exactly cents
 * (12.50 points = 1250 hundredths; × 100 × 1 contract = 125,000 cents = $1,250).
 * Analytics work in floating **dollars** ({@link Dollars}) and index **points** ({@link Points});
 * results shown to the trader name their unit in the field (`pnlDollars`, `pricePoints`).
 * All unit conversions live here so rounding happens in one place; text is made in
 * `shared/format/money.ts`.
 *
 * The units are brands: a value of one unit does not compile where another unit is expected
 * (`money.type-test.ts`). The brand is optional on purpose, so an unbranded number (a sum, a
 * zod-parsed input, a row from SQLite) is still accepted — the compiler stops mixing units,
 * not arithmetic.
 */

declare const unit: unique symbol;

/** Integer cents of a dollar (cash: premiums, fees, P&L, capital). */
export type Cents = number & { readonly [unit]?: 'cents' };
/** Integer hundredths of an index point (prices per contract, strikes, index closes). */
export type Hundredths = number & { readonly [unit]?: 'hundredths' };
/** Floating dollars (analytics results: valuations, P&L curves, averages). */
export type Dollars = number & { readonly [unit]?: 'dollars' };
/** Floating index points (option prices and levels inside the analytics). */
export type Points = number & { readonly [unit]?: 'points' };

/** Marks an integer as cents (no conversion). */
export const asCents = (value: number): Cents => value;
/** Marks an integer as hundredths of a point (no conversion). */
export const asHundredths = (value: number): Hundredths => value;
/** Marks a number as dollars (no conversion). */
export const asDollars = (value: number): Dollars => value;
/** Marks a number as index points (no conversion). */
export const asPoints = (value: number): Points => value;

/** Exact 2-decimal text → integer × 100; null otherwise. Shared by the two parsers below. */
function parseTwoDecimals(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '').replace(/^\$/, '');
  const match = /^([+-]?)(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned) ?? /^([+-]?)()\.(\d{1,2})$/.exec(cleaned);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const value = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return null;
  return sign === '-' ? -value : value;
}

/** Parses user text such as "12.5", "12.50", "-3", "1,250.00" into hundredths; null when not an exact 2-decimal number. */
export function parseHundredths(text: string): Hundredths | null {
  return parseTwoDecimals(text);
}

/** Dollars text → cents (same rules as {@link parseHundredths}). */
export function parseCents(text: string): Cents | null {
  return parseTwoDecimals(text);
}

/** A finite decimal number of points (e.g. from a CSV) → hundredths, rounded half away from zero. */
export function toHundredths(points: Points): Hundredths {
  return Math.sign(points) * Math.round(Math.abs(points) * 100);
}

/** Hundredths → points as a number (for analytics, never stored back). */
export function hundredthsToPoints(hundredths: Hundredths): Points {
  return hundredths / 100;
}

/** Cents → dollars as a number (for analytics and display, never stored back). */
export function centsToDollars(cents: Cents): Dollars {
  return cents / 100;
}

/** Dollars → cents, rounded half away from zero (analytics results shown or exported). */
export function dollarsToCents(dollars: Dollars): Cents {
  return Math.sign(dollars) * Math.round(Math.abs(dollars) * 100);
}

/** Cash of a ticket: net price per contract × multiplier × contracts, exact in cents. */
export function ticketCashCents(netPriceHundredths: Hundredths, multiplier: number, quantity: number): Cents {
  return netPriceHundredths * multiplier * quantity;
}

/**
 * Dollars text (`1235.00`, `-1.00`, `"-10,300.00"`, `$5`) → cents, rounded half away from zero
 * past the cent (older exports carry fees like 0.1519999). `--` or empty is 0 when allowed.
 */
export function parseDollars(text: string, emptyIsZero: boolean): Cents | null {
  const cleaned = text.trim().replace(/,/g, '').replace(/^(-?)\$/, '$1');
  if (cleaned === '' || cleaned === '--') return emptyIsZero ? 0 : null;
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(cleaned);
  if (!m) return null;
  const fraction = m[3] ?? '';
  const cents = Number(m[2]) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0')) + (Number(fraction[2] ?? '0') >= 5 ? 1 : 0);
  if (!Number.isSafeInteger(cents)) return null;
  return m[1] === '-' ? -cents : cents;
}

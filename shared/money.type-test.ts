/**
 * Compile-only checks (run by `tsc -b`, never executed): a value of one money unit does not
 * compile where another is expected. Each `@ts-expect-error` fails the type check if the line
 * below it ever compiles again.
 */
import {
  asCents, asDollars, asHundredths, centsToDollars, dollarsToCents, hundredthsToPoints, ticketCashCents, toHundredths,
  type Cents, type Dollars, type Hundredths, type Points,
} from './money';

const fee: Cents = asCents(65);
const price: Hundredths = asHundredths(1250);
const pnl: Dollars = asDollars(-12.5);

export const fine: [Cents, Hundredths, Dollars, Points, Cents] = [
  ticketCashCents(price, 100, 2), toHundredths(hundredthsToPoints(price)), centsToDollars(fee), hundredthsToPoints(price), dollarsToCents(pnl),
];

// @ts-expect-error cents where hundredths are expected
export const centsAsPrice: Hundredths = fee;
// @ts-expect-error hundredths where cents are expected
export const priceAsFee: Cents = price;
// @ts-expect-error a price in hundredths is not a ticket's cash: multiply by the multiplier first
export const wrongConversion: Dollars = centsToDollars(price);
// @ts-expect-error dollars are converted to cents by rounding, not by relabelling
export const dollarsAsCents: Cents = pnl;
// @ts-expect-error cents passed as a ticket's net price
export const cashFromCents = ticketCashCents(fee, 100, 1);
// @ts-expect-error index points where hundredths are expected
export const pointsAsHundredths: Hundredths = hundredthsToPoints(price);
// Sums of one unit stay accepted: the brand stops mixing units, not arithmetic.
export const sum: Cents = fee + fee;

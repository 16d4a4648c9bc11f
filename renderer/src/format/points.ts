/** Renderer-only display of points (strikes, prices); the units themselves live in shared/money.ts. */
import { formatHundredths, formatStrike } from '../../../shared/format/money';

/** A strike without needless decimals (shared/format/money.ts): 560000 → "5600", 560250 → "5602.50". */
export { formatStrike };

/** Points for an input's initial text: like {@link formatStrike}, "" for null. */
export function pointsText(hundredths: number | null): string {
  return hundredths === null ? '' : formatStrike(hundredths);
}

export type PriceDirection = 'credit' | 'debit';

/** A signed net price (+ credit, − debit) as "12.50 cr" / "3.20 db"; zero reads "0.00". */
export function formatNetPrice(hundredths: number): string {
  if (hundredths === 0) return '0.00';
  return `${formatHundredths(Math.abs(hundredths))} ${hundredths > 0 ? 'cr' : 'db'}`;
}

/** Splits a signed price into the unsigned text and direction a price field edits. */
export function splitNetPrice(hundredths: number): { text: string; direction: PriceDirection } {
  return { text: formatHundredths(Math.abs(hundredths)), direction: hundredths < 0 ? 'debit' : 'credit' };
}

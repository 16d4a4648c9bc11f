/**
 * What a number field's text means, shared by every entry form: each returns the value or null
 * when the text is not one (the form then shows the field's own message). Prices and cash go
 * through shared/money.ts, which holds every text ↔ integer conversion of money.
 */
import { parseHundredths } from '../../../shared/money';

/** "60", "-2.5", ".5" → number; null for anything else (no exponents, no thousands separators). */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : null;
}

/** "12.5" → 12.5 (a percentage, at most two decimals, 0–100); null when not one. */
export function parsePct(text: string): number | null {
  const hundredths = parseHundredths(text);
  if (hundredths === null || hundredths < 0 || hundredths > 10_000) return null;
  return hundredths / 100;
}

/** "3" → 3: a count of condors, units or a leg's ratio, a whole number from 1 to 100,000. */
export function parseQuantity(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= 100_000 ? value : null;
}

/** "5900" or "5900.5" → hundredths of a point (590000, 590050); null unless above zero. */
export function parseStrike(text: string): number | null {
  const value = parseHundredths(text);
  return value !== null && value > 0 ? value : null;
}

/** "+2", "-1", "2" → signed integer contracts; null when blank or not a non-zero whole number. */
export function parseContracts(text: string): number | null {
  if (!/^\s*[+-]?\d+\s*$/.test(text)) return null;
  const value = Number(text.replace('+', ''));
  return value === 0 || !Number.isSafeInteger(value) ? null : value;
}

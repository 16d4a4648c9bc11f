/**
 * Money and price as text: the one module the renderer, the CLI and the reports use.
 *
 * One minus sign for people: U+2212 "−" ("−$12.34", "−3.20"), the typographic minus that lines
 * up with "+" in tables. The PDF's built-in Helvetica has no U+2212, so the PDF layer
 * (`pdfText`) draws it as "-", with the other glyphs it lacks. Text meant for a machine — a CSV
 * cell, the initial text of an input the user edits and we parse back — uses the ASCII "-"
 * of {@link decimalText}, which `parseCents` / `parseHundredths` and spreadsheets read.
 */
import { dollarsToCents, hundredthsToPoints, type Cents, type Dollars, type Hundredths, type Points } from '../money';

/** The minus sign of every figure shown to the trader. */
export const MINUS = '\u2212';

const sign = (negative: boolean): string => (negative ? MINUS : '');
const twoDecimals = (abs: number): string => `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;

/** "$1,250.00" / "−$12.34" from cents. */
export function formatCents(cents: Cents): string {
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign(cents < 0)}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

/** "+$1,996.00" / "−$302.00" / "$0.00": a cash flow with its direction. */
export function formatSignedCents(cents: Cents): string {
  return cents > 0 ? `+${formatCents(cents)}` : formatCents(cents);
}

/** "$1,250" for whole dollars, else "$1,250.50": for live hints where ".00" is noise. */
export function formatCentsCompact(cents: Cents): string {
  const full = formatCents(cents);
  return cents % 100 === 0 ? full.slice(0, -3) : full;
}

/** Dollars (floating, from the analytics) → "$1,234.56" / "−$80.00", rounded to the cent. */
export function formatDollars(dollars: Dollars): string {
  return formatCents(dollarsToCents(dollars));
}

/** Whole dollars for dense places (chart read-out, axis, backtest table): "$1,235" / "−$80". */
export function formatWholeDollars(dollars: Dollars): string {
  const rounded = Math.round(dollars);
  return `${sign(rounded < 0)}$${Math.abs(rounded).toLocaleString('en-US')}`;
}

/** "$1.25M", "$980k", "$12,345": compact enough for a chart's price scale. */
export function formatCompactDollars(dollars: Dollars): string {
  const v = Math.abs(dollars);
  if (v >= 1e6) return `${sign(dollars < 0)}$${(v / 1e6).toFixed(2)}M`;
  if (v >= 1e4) return `${sign(dollars < 0)}$${(v / 1e3).toFixed(0)}k`;
  return `${sign(dollars < 0)}$${v.toFixed(0)}`;
}

/** "12.50" / "−3.20" from hundredths of a point. */
export function formatHundredths(hundredths: Hundredths): string {
  return `${sign(hundredths < 0)}${twoDecimals(Math.abs(hundredths))}`;
}

/**
 * "-1234.56" from cents or hundredths: no symbol, no grouping, an ASCII minus — what a
 * spreadsheet parses as a number and what the money parsers read back from an input.
 */
export function decimalText(value: Cents | Hundredths): string {
  return `${value < 0 ? '-' : ''}${twoDecimals(Math.abs(value))}`;
}

/** A strike without needless decimals: 560000 → "5600", 560250 → "5602.50". */
export function formatStrike(hundredths: Hundredths): string {
  return hundredths % 100 === 0 ? String(hundredths / 100) : formatHundredths(hundredths);
}

/** A signed net price per unit in words: 600 → "6.00 credit", −440 → "4.40 debit". */
export function formatNetPriceWords(hundredths: Hundredths): string {
  return `${formatHundredths(Math.abs(hundredths))} ${hundredths >= 0 ? 'credit' : 'debit'}`;
}

/** An index level with thousands grouping: 7485.49 → "7,485.49" (levels are never negative). */
export function formatLevel(points: Points): string {
  return points.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** {@link formatLevel} from hundredths: 748549 → "7,485.49". */
export function formatLevelHundredths(hundredths: Hundredths): string {
  return formatLevel(hundredthsToPoints(hundredths));
}

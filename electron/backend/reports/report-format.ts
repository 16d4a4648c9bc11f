/**
 * How report figures become text. The PDF and its tests use the same functions, so "the
 * number in the PDF equals the report data" is checked on the exact string.
 */
import { decimalText, formatDollars } from '../../../shared/format/money';
import { pdfText } from './pdf-layout';

/**
 * Dollars → "$1,250.00" / "-$12.34": the shared formatter, as the PDF draws it (its built-in
 * Helvetica has no U+2212, so `pdfText` gives the ASCII minus — which also pastes as a number).
 */
export function reportMoney(dollars: number | null): string {
  return dollars === null ? 'n/a' : pdfText(formatDollars(dollars));
}

/** Decimal rate → "12.34%"; null → "n/a". */
export function reportPercent(rate: number | null): string {
  return rate === null ? 'n/a' : `${(rate * 100).toFixed(2)}%`;
}

/** Hundredths of a point → "5500.00"; null → "". */
export function reportPoints(hundredths: number | null): string {
  return hundredths === null ? '' : decimalText(hundredths);
}

/** Cents → "-1234.56" (no symbol, no grouping: what a spreadsheet parses as a number). */
export function csvDollars(cents: number): string {
  return decimalText(cents);
}

/** A rule id as the trader reads it: `add-layer` → "Add layer". */
export function ruleLabel(ruleId: string): string {
  const words = ruleId.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A decision's subject key as the trader reads it: `portfolio` → "Portfolio", `layer-12` →
 * "Layer #12", `after-layer-3` → "Next layer (after #3)"; anything else is shown as stored.
 */
export function subjectLabel(subject: string): string {
  if (subject === 'portfolio') return 'Portfolio';
  const after = /^after-layer-(\d+)$/.exec(subject);
  if (after) return `Next layer (after #${after[1]})`;
  const layer = /^layer-(\d+)$/.exec(subject);
  if (layer) return `Layer #${layer[1]}`;
  return subject;
}


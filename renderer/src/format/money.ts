import { decimalText } from '../../../shared/format/money';

/** The one money formatter module is shared/format/money.ts; re-exported for the renderer's imports. */
export { formatCentsCompact } from '../../../shared/format/money';

/** CSS class that colours a P&L figure. */
export function pnlClass(cents: number): string {
  if (cents > 0) return 'pnl-pos';
  if (cents < 0) return 'pnl-neg';
  return 'pnl-zero';
}

/** Dollars text for a money input's initial value: 150 → "1.50". */
export function dollarsText(cents: number): string {
  return decimalText(cents);
}

import { formatCents } from '../../../shared/money';

/** "$1,250" for whole dollars, else "$1,250.50": for live hints where ".00" is noise. */
export function formatCentsCompact(cents: number): string {
  const full = formatCents(cents);
  return cents % 100 === 0 ? full.slice(0, -3) : full;
}

/** CSS class that colours a P&L figure. */
export function pnlClass(cents: number): string {
  if (cents > 0) return 'pnl-pos';
  if (cents < 0) return 'pnl-neg';
  return 'pnl-zero';
}

/** Dollars text for a money input's initial value: 150 → "1.50". */
export function dollarsText(cents: number): string {
  return formatCents(cents).replace(/[$,]/g, '').replace('−', '-');
}

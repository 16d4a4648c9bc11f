/** Display helpers for the performance page: every figure carries its unit. */
import { formatDollars } from '../../../../shared/format/money';

/** Dollars → "$1,250.00" / "−$12.34"; "—" for null. */
export function usd(dollars: number | null): string {
  return dollars === null ? '—' : formatDollars(dollars);
}

/** Fraction → "25.0%"; "—" for null. */
export function pct(fraction: number | null, digits = 1): string {
  return fraction === null ? '—' : `${(fraction * 100).toFixed(digits).replace('-', '−')}%`;
}

/** CSS class that colours a dollar figure. */
export function pnlTone(dollars: number): string {
  return dollars > 0 ? 'pnl-pos' : dollars < 0 ? 'pnl-neg' : 'pnl-zero';
}

/**
 * How the dashboard prints computed figures. Pure (no DOM) so the e2e spec formats the
 * handler's numbers the same way and compares them with the text on screen.
 */
import { dollarsToCents } from '../../../../shared/money';
import { formatDollars, formatLevel } from '../../../../shared/format/money';

/** Money text comes from the one formatter module, shared/format/money.ts. */
export { formatDollars, formatWholeDollars } from '../../../../shared/format/money';

/** A decimal rate → "12.34%"; keeps the sign ("−3.10%"). */
export function formatPct(rate: number, digits = 2): string {
  const text = (Math.abs(rate) * 100).toFixed(digits);
  return `${rate < 0 && Number(text) !== 0 ? '−' : ''}${text}%`;
}

/** An SPX level → "5,283.40" (the one formatter, re-exported for the dashboard's callers). */
export { formatLevel };

/** Break-evens as "5,120.35 · 5,402.10", or "none on the plotted range". */
export function formatBreakEvens(levels: readonly number[]): string {
  return levels.length === 0 ? 'none on the plotted range' : levels.map(formatLevel).join(' · ');
}

/** A signed number with a unit: "−12.40 $/pt". */
export function formatSigned(value: number, digits: number): string {
  const text = Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${value < 0 && Number(Math.abs(value).toFixed(digits)) !== 0 ? '−' : ''}${text}`;
}

/** Curve extreme with "≥" / "≤" when it sits at an edge of the grid (it may continue beyond). */
export function formatExtreme(dollars: number, atEdge: boolean, kind: 'max' | 'min'): string {
  return `${atEdge ? (kind === 'max' ? '≥ ' : '≤ ') : ''}${formatDollars(dollars)}`;
}

/** CSS class for a P&L in dollars. */
export function dollarsClass(dollars: number): string {
  const cents = dollarsToCents(dollars);
  return cents > 0 ? 'pnl-pos' : cents < 0 ? 'pnl-neg' : 'pnl-zero';
}

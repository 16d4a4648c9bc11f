/**
 * The backtest as CSV for a spreadsheet: the figures side by side (the table's rows, in the
 * same units, no thousands separators) and the daily equity curves. Plain numbers, "." decimals,
 * empty cells where a figure does not exist.
 */
import type { BacktestResult } from '../../../../shared/backtest';
import { csvField } from '../../../../shared/csv-cell';
import { STRATEGY_LABELS } from './labels';
import { firedRules, METRIC_ROWS, rowHeading } from './metric-rows';
import { centsToDollars } from '../../../../shared/money';

// Cells are quoted when needed and formula-looking text is neutralised (shared/csv-cell.ts).
const line = (cells: readonly string[]) => cells.map(csvField).join(',');
const fixed = (value: number | null, digits: number) => (value === null ? '' : value.toFixed(digits));

/** One row per figure, one column per strategy. */
export function metricsCsv(result: BacktestResult): string {
  const s = result.strategies;
  const rows: string[][] = [['figure', ...s.map((x) => STRATEGY_LABELS[x.id])]];
  for (const row of METRIC_ROWS) {
    rows.push([rowHeading(row), ...s.map((x) => fixed(row.value(x), row.digits))]);
    if (row.note) rows.push([row.key === 'worstMonth' ? `${row.label} (month)` : `${row.label} (note)`, ...s.map((x) => row.note?.(x) ?? '')]);
  }
  rows.push(['Ruined on (equity reached zero)', ...s.map((x) => x.metrics.ruinedOn ?? '')]);
  for (const [key, label] of [['low', 'VIX below 15'], ['mid', 'VIX 15 to 25'], ['high', 'VIX above 25']] as const) {
    rows.push([`P&L ${label} ($)`, ...s.map((x) => fixed(centsToDollars(x.metrics.regimes[key].pnlCents), 2))]);
  }
  const years = [...new Set(s.flatMap((x) => x.metrics.stress.map((y) => y.year)))].sort();
  for (const year of years) {
    const of = (x: (typeof s)[number]) => x.metrics.stress.find((y) => y.year === year);
    rows.push([`P&L ${year} ($)`, ...s.map((x) => { const y = of(x); return fixed(y ? centsToDollars(y.pnlCents) : null, 2); })]);
    rows.push([`Return ${year} (%)`, ...s.map((x) => { const y = of(x); return fixed(y ? y.return * 100 : null, 2); })]);
  }
  for (const rule of firedRules(result)) {
    rows.push([`${rule} fired (days)`, ...s.map((x) => String(x.ruleFired[rule]))]);
    rows.push([`${rule} acted (trades)`, ...s.map((x) => String(x.ruleActed[rule]))]);
  }
  return `${rows.map(line).join('\n')}\n`;
}

/** One row per trading day: each strategy's equity ($) and drawdown from its peak (%). */
export function equityCsv(result: BacktestResult): string {
  const s = result.strategies;
  const header = ['date', ...s.flatMap((x) => [`${x.id} equity ($)`, `${x.id} drawdown (%)`])];
  const dates = s[0]?.equity.map((p) => p.date) ?? [];
  const rows = dates.map((date, i) => [date, ...s.flatMap((x) => { const p = x.equity[i]; return p ? [centsToDollars(p.equityCents).toFixed(2), (p.drawdown * 100).toFixed(4)] : ['', '']; })]);
  return `${[header, ...rows].map(line).join('\n')}\n`;
}

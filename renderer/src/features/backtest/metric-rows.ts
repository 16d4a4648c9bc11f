/**
 * The side-by-side figures of a backtest, one row per figure: the table, the CSV export and the
 * e2e test read the same rows, so the screen and the file never differ. Values are in the row's
 * unit (percent as 12.3, dollars as dollars); null where a figure does not exist.
 */
import { RULE_IDS, type RuleId } from '../../../../shared/domain/settings';
import type { BacktestResult, StrategyResult } from '../../../../shared/backtest';
import { formatWholeDollars } from '../../../../shared/format/money';
import { centsToDollars } from '../../../../shared/money';

export interface MetricRow {
  key: string;
  label: string;
  /** Printed after the label, e.g. "%" or "$". */
  unit: string;
  value(s: StrategyResult): number | null;
  /** Extra text after the value (the worst month's name). */
  note?(s: StrategyResult): string | null;
  /** Decimals shown and exported. */
  digits: number;
  title?: string;
}

const asPct = (x: number | null) => (x === null ? null : x * 100);
/** An annualised figure of a ruined run is not given: say why beside the dash. */
const ruined = (s: StrategyResult) => (s.metrics.ruinedOn === null ? null : `ruined on ${s.metrics.ruinedOn}`);

export const METRIC_ROWS: readonly MetricRow[] = [
  { key: 'endEquity', label: 'End equity', unit: '$', digits: 0, value: (s) => centsToDollars(s.metrics.endEquityCents) },
  { key: 'irr', label: 'IRR', unit: '%/yr', digits: 2, value: (s) => asPct(s.metrics.irr), title: 'XIRR of −capital on the first day and +equity on the last', note: ruined },
  { key: 'wacc', label: 'WACC', unit: '%/yr', digits: 2, value: (s) => asPct(s.metrics.wacc), title: 'Capital-and-time-weighted cost of the margin (own cash for buy-and-hold)' },
  { key: 'irrMinusWacc', label: 'IRR − WACC', unit: 'pts', digits: 2, value: (s) => asPct(s.metrics.irrMinusWacc) },
  { key: 'annualReturn', label: 'Annualised return', unit: '%', digits: 2, value: (s) => asPct(s.metrics.annualReturn), title: 'Mean daily return × 252', note: ruined },
  { key: 'annualVol', label: 'Volatility', unit: '%/yr', digits: 2, value: (s) => asPct(s.metrics.annualVol), title: 'Stdev of daily returns × √252', note: ruined },
  { key: 'sharpe', label: 'Sharpe', unit: '', digits: 2, value: (s) => s.metrics.sharpe, note: ruined },
  { key: 'sortino', label: 'Sortino', unit: '', digits: 2, value: (s) => s.metrics.sortino, note: ruined },
  { key: 'maxDrawdown', label: 'Max drawdown', unit: '%', digits: 2, value: (s) => s.metrics.maxDrawdown * 100 },
  { key: 'maxDrawdownDays', label: 'Drawdown duration', unit: 'days', digits: 0, value: (s) => s.metrics.maxDrawdownDays, title: 'Calendar days from the peak before the deepest trough to recovery (or the last day)' },
  { key: 'worstMonth', label: 'Worst month', unit: '%', digits: 2, value: (s) => asPct(s.metrics.worstMonth?.return ?? null), note: (s) => s.metrics.worstMonth?.month ?? null },
  { key: 'winRate', label: 'Win rate', unit: '%', digits: 1, value: (s) => asPct(s.metrics.winRate), title: 'Closed condor layers with positive net cash' },
  { key: 'avgDaysInTrade', label: 'Avg days in trade', unit: 'days', digits: 1, value: (s) => s.metrics.avgDaysInTrade },
  { key: 'closedLayers', label: 'Closed condors', unit: '', digits: 0, value: (s) => s.metrics.closedLayers },
  { key: 'fees', label: 'Fees', unit: '$', digits: 0, value: (s) => centsToDollars(s.metrics.feesCents) },
  { key: 'fills', label: 'Fills', unit: '', digits: 0, value: (s) => s.fills.length },
];

/** "12.34" / "−1,234" for the screen; "—" for null. */
export function formatRowValue(row: MetricRow, value: number | null): string {
  if (value === null) return '—';
  if (row.unit === '$' && row.digits === 0) return formatWholeDollars(value);
  const text = value.toLocaleString('en-US', { minimumFractionDigits: row.digits, maximumFractionDigits: row.digits });
  return (row.unit === '$' ? `$${text}` : text).replace('$-', '−$').replace('-', '−');
}

export const rowHeading = (row: MetricRow) => (row.unit === '' ? row.label : `${row.label} (${row.unit})`);

/** Rules that fired for some strategy, in the engine's order. */
export function firedRules(result: BacktestResult): RuleId[] {
  return RULE_IDS.filter((id) => result.strategies.some((s) => s.ruleFired[id] > 0 || s.ruleActed[id] > 0));
}

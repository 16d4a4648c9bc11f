/** Names, colours and number formats of the backtest view: every figure carries its unit. */
import type { StrategyId, SweepKey, SweepMetric } from '../../../../shared/backtest';
import { centsToDollars } from '../../../../shared/money';
import { formatWholeDollars } from '../../../../shared/format/money';
import { SETTING_META } from '../../format/setting-meta';

export const STRATEGY_LABELS: Record<StrategyId, string> = {
  alvh: 'ALVH',
  'alvh-no-hedge': 'ALVH without hedge',
  'monthly-condor': 'Plain monthly condor',
  'buy-and-hold': 'Buy-and-hold SPX',
};

/** Line colours that read on light and dark themes; ALVH's own is the strongest. */
export const STRATEGY_COLORS: Record<StrategyId, string> = {
  alvh: '#2d6fb0',
  'alvh-no-hedge': '#8a4fbf',
  'monthly-condor': '#e07b24',
  'buy-and-hold': '#6b7a8c',
};

export const SWEEP_KEY_LABELS: Record<SweepKey, { label: string; unit: string }> = {
  rsiThreshold: { label: SETTING_META.rsiThreshold.label, unit: '' },
  rollPctMaxProfit: { label: 'Roll at', unit: '% of max profit' },
  addLayerSpacing: { label: 'Layer spacing', unit: 'days (min-max)' },
  wingMultiplier: { label: 'Wing multiplier', unit: '×' },
  allocationPct: { label: 'Allocation', unit: '% per layer' },
};

export const SWEEP_METRIC_LABELS: Record<SweepMetric, string> = { sharpe: 'Sharpe', irr: 'IRR', maxDrawdown: 'Max drawdown' };

/** Decimal → "12.3%" (a true minus); "—" for null. */
export function pct(value: number | null, digits = 1): string {
  return value === null ? '—' : `${(value * 100).toFixed(digits).replace('-', '−')}%`;
}

/** "1.23"; "—" for null. */
export function ratio(value: number | null): string {
  return value === null ? '—' : value.toFixed(2).replace('-', '−');
}

/** Whole dollars from cents: "$1,250"; "—" for null. */
export function dollars(cents: number | null): string {
  return cents === null ? '—' : formatWholeDollars(centsToDollars(cents));
}

/** A sweep metric as shown: Sharpe as a ratio, IRR and drawdown as %. */
export function sweepMetricText(metric: SweepMetric, value: number | null): string {
  return metric === 'sharpe' ? ratio(value) : pct(value);
}

/**
 * A sweep's result as the app shows it: each configuration's ALVH metrics in sample and out of
 * sample, the value it gives each swept key (the heat-map's axes), and the overfitting check with
 * how much the winners' figure shrinks out of sample. Pure; the UI re-ranks by any metric with
 * {@link sweepOverfitting} without re-running. See docs/backtest.md.
 */
import { configScore, overfittingSummary, SWEEP_KEYS, type DateRange, type OverfittingSummary, type SettingsOverride, type SweepConfig, type SweepKey, type SweepMetric, type SweepSpec } from './sweep-grid';
import type { StrategyMetrics } from './types';

/** One configuration of a finished sweep. */
export interface SweepConfigResult {
  id: number;
  label: string;
  overrides: SettingsOverride;
  /** The value this configuration gives each swept key, as printed ("60", "10-15", "40/25/15"). */
  values: Partial<Record<SweepKey, string>>;
  /** ALVH's metrics on the in-sample and out-of-sample ranges. */
  inSample: StrategyMetrics;
  outOfSample: StrategyMetrics;
}

/** The figure of the in-sample winners, in sample and out of sample. */
export interface SweepShrinkage {
  winnerInSample: number | null;
  winnerOutOfSample: number | null;
  /** Means over the top-N in-sample configurations (nulls left out). */
  topMeanInSample: number | null;
  topMeanOutOfSample: number | null;
}

export interface SweepOverfitting extends OverfittingSummary {
  shrinkage: SweepShrinkage;
}

export interface SweepResult {
  from: string;
  to: string;
  /** The metric the configurations were ranked by. */
  metric: SweepMetric;
  /** Keys the grid varies, in {@link SWEEP_KEYS} order. */
  keys: SweepKey[];
  inSample: DateRange & { days: number };
  outOfSample: DateRange & { days: number };
  configs: SweepConfigResult[];
  overfitting: SweepOverfitting;
}

/** The keys a spec varies, in grid order. */
export function sweptKeys(spec: SweepSpec): SweepKey[] {
  return SWEEP_KEYS.filter((key) => spec[key] !== undefined);
}

/** The value a configuration gives `key`, as printed; null when it keeps the base setting. */
export function sweepValue(key: SweepKey, overrides: SettingsOverride): string | null {
  if (key === 'addLayerSpacing') return overrides.addLayerMinAgeDays === undefined ? null : `${overrides.addLayerMinAgeDays}-${overrides.addLayerMaxAgeDays ?? ''}`;
  if (key === 'allocationPct') return overrides.allocationPct === undefined ? null : overrides.allocationPct.join('/');
  const value = overrides[key];
  return value === undefined ? null : String(value);
}

/** Joins a grid with its in-sample and out-of-sample ALVH metrics (config i ↔ results[i]). */
export function sweepConfigResults(grid: readonly SweepConfig[], keys: readonly SweepKey[], inSample: readonly StrategyMetrics[], outOfSample: readonly StrategyMetrics[]): SweepConfigResult[] {
  return grid.map((config, i) => {
    const inMetrics = inSample[i];
    const outMetrics = outOfSample[i];
    if (inMetrics === undefined || outMetrics === undefined) throw new Error(`sweep config ${config.id} has no result`);
    const values: Partial<Record<SweepKey, string>> = {};
    for (const key of keys) {
      const value = sweepValue(key, config.overrides);
      if (value !== null) values[key] = value;
    }
    return { id: config.id, label: config.label, overrides: config.overrides, values, inSample: inMetrics, outOfSample: outMetrics };
  });
}

function meanOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}

/** The overfitting check by `metric` (see {@link overfittingSummary}) plus the winners' shrinkage. */
export function sweepOverfitting(configs: readonly SweepConfigResult[], metric: SweepMetric, topN = 5): SweepOverfitting {
  const summary = overfittingSummary(
    configs.map((c) => configScore(c.id, c.inSample, metric)),
    configs.map((c) => configScore(c.id, c.outOfSample, metric)),
    metric,
    topN,
  );
  const winner = summary.top[0];
  return {
    ...summary,
    shrinkage: {
      winnerInSample: winner?.inSampleValue ?? null,
      winnerOutOfSample: winner?.outOfSampleValue ?? null,
      topMeanInSample: meanOf(summary.top.map((t) => t.inSampleValue)),
      topMeanOutOfSample: meanOf(summary.top.map((t) => t.outOfSampleValue)),
    },
  };
}


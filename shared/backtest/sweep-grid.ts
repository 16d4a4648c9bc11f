/**
 * Parameter sweeps (pure): a grid of setting overrides over the main thresholds, an
 * in-sample / out-of-sample split by time, ranking by one metric, and an overfitting check
 * (do the in-sample winners stay near the top out of sample?). Running the grid is
 * electron/backend/backtest/sweep-runner.ts. See docs/backtest.md.
 */
import { addDays, daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { StrategyMetrics } from './types';

/** Keys a grid may vary. `addLayerSpacing` sets addLayerMinAgeDays and addLayerMaxAgeDays together. */
export const SWEEP_KEYS = ['rsiThreshold', 'rollPctMaxProfit', 'addLayerSpacing', 'wingMultiplier', 'allocationPct'] as const;
export type SweepKey = (typeof SWEEP_KEYS)[number];

/** The values tried per key; a key left out keeps the base setting. */
export interface SweepSpec {
  rsiThreshold?: number[];
  rollPctMaxProfit?: number[];
  /** [min, max] days an add-layer waits after the previous layer. */
  addLayerSpacing?: [number, number][];
  wingMultiplier?: number[];
  /** Allocation schedules, layer 1 first, % of risk capital. */
  allocationPct?: number[][];
}

export type SettingsOverride = Partial<Pick<PortfolioSettings, 'rsiThreshold' | 'rollPctMaxProfit' | 'addLayerMinAgeDays' | 'addLayerMaxAgeDays' | 'wingMultiplier' | 'allocationPct'>>;

/** One point of the grid: its index (config order), a readable label, and what it overrides. */
export interface SweepConfig {
  id: number;
  label: string;
  overrides: SettingsOverride;
}

/** A small default grid (3 × 3 × 2 = 18 configurations) around the ALVH.md defaults. */
export const DEFAULT_SWEEP_SPEC: SweepSpec = { rsiThreshold: [55, 60, 65], rollPctMaxProfit: [40, 50, 60], wingMultiplier: [1, 1.25] };

function overrideFor(key: SweepKey, value: number | number[] | [number, number]): { label: string; overrides: SettingsOverride } {
  if (key === 'addLayerSpacing') {
    const [min, max] = value as [number, number];
    return { label: `addLayerSpacing=${min}-${max}`, overrides: { addLayerMinAgeDays: min, addLayerMaxAgeDays: max } };
  }
  if (key === 'allocationPct') {
    const slots = value as number[];
    return { label: `allocationPct=${slots.join('/')}`, overrides: { allocationPct: [...slots] } };
  }
  return { label: `${key}=${String(value)}`, overrides: { [key]: value as number } };
}

/**
 * Every combination of the spec's values (cartesian product), keys in {@link SWEEP_KEYS} order,
 * the last key varying fastest. An empty spec gives one configuration with no override.
 */
export function buildGrid(spec: SweepSpec): SweepConfig[] {
  let points: { labels: string[]; overrides: SettingsOverride }[] = [{ labels: [], overrides: {} }];
  for (const key of SWEEP_KEYS) {
    const values = spec[key] as (number | number[] | [number, number])[] | undefined;
    if (values === undefined) continue;
    if (values.length === 0) throw new Error(`sweep grid: ${key} has no value`);
    points = points.flatMap((p) =>
      values.map((v) => {
        const o = overrideFor(key, v);
        return { labels: [...p.labels, o.label], overrides: { ...p.overrides, ...o.overrides } };
      }),
    );
  }
  return points.map((p, id) => ({ id, label: p.labels.length === 0 ? 'base' : p.labels.join(' '), overrides: p.overrides }));
}

/** Base settings with one configuration's overrides applied. */
export function applyOverrides(base: PortfolioSettings, config: SweepConfig): PortfolioSettings {
  return { ...base, ...config.overrides };
}

function numbers(key: string, text: string): number[] {
  return text.split(',').map((item) => {
    const n = Number(item.trim());
    if (item.trim() === '' || !Number.isFinite(n)) throw new Error(`sweep grid: ${key} value "${item}" is not a number`);
    return n;
  });
}

/**
 * Parses `KEY=V1,V2,…` pairs (as the CLI's --grid) into a spec. `addLayerSpacing` values are
 * `MIN-MAX` (e.g. `10-15,15-20`), `allocationPct` values slash-separated schedules
 * (e.g. `40/25/15,30/30/30`). A repeated key replaces the earlier one.
 */
export function parseGridSpec(pairs: readonly string[]): SweepSpec {
  const spec: SweepSpec = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`sweep grid: "${pair}" is not KEY=V1,V2,…`);
    const key = pair.slice(0, eq).trim();
    const text = pair.slice(eq + 1);
    if (key === 'addLayerSpacing') {
      spec.addLayerSpacing = text.split(',').map((item) => {
        const m = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(item);
        if (m === null) throw new Error(`sweep grid: addLayerSpacing value "${item}" is not MIN-MAX days`);
        return [Number(m[1]), Number(m[2])];
      });
    } else if (key === 'allocationPct') {
      spec.allocationPct = text.split(',').map((item) => numbers(key, item.replaceAll('/', ',')));
    } else if (key === 'rsiThreshold' || key === 'rollPctMaxProfit' || key === 'wingMultiplier') {
      spec[key] = numbers(key, text);
    } else {
      throw new Error(`sweep grid: unknown key "${key}"; known: ${SWEEP_KEYS.join(', ')}`);
    }
  }
  return spec;
}

/** A date range, both ends inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * Splits [from, to] by calendar time: the first `fraction` (default 70%) is in-sample, the rest
 * out-of-sample, starting the day after the in-sample end.
 */
export function splitSample(from: string, to: string, fraction = 0.7): { inSample: DateRange; outOfSample: DateRange } {
  if (!(fraction > 0 && fraction < 1)) throw new Error(`split fraction must be between 0 and 1 (exclusive), got ${fraction}`);
  const span = daysBetween(from, to);
  if (span < 1) throw new Error(`cannot split ${from} … ${to}: the range needs at least two days`);
  const inDays = Math.min(span - 1, Math.max(0, Math.floor(span * fraction)));
  const inEnd = addDays(from, inDays);
  return { inSample: { from, to: inEnd }, outOfSample: { from: addDays(inEnd, 1), to } };
}

export const SWEEP_METRICS = ['sharpe', 'irr', 'maxDrawdown'] as const;
export type SweepMetric = (typeof SWEEP_METRICS)[number];

/** The metric's value (null where undefined, e.g. no trades). */
export function metricValue(metrics: StrategyMetrics, metric: SweepMetric): number | null {
  return metrics[metric];
}

/** Higher is better, except max drawdown. */
export const lowerIsBetter = (metric: SweepMetric): boolean => metric === 'maxDrawdown';

/** One configuration's score. */
export interface ConfigScore {
  id: number;
  value: number | null;
  /** Ruined, or a max drawdown above {@link UNACCEPTABLE_DRAWDOWN}: ranked after every other configuration. */
  unacceptable?: boolean;
}

/** A configuration that lost more than this from a peak ranks last, whatever its other figures. */
export const UNACCEPTABLE_DRAWDOWN = 0.5;

/** The score of one configuration's metrics: its value, and whether it is ruined or drew down more than 50%. */
export function configScore(id: number, metrics: StrategyMetrics, metric: SweepMetric): ConfigScore {
  return { id, value: metricValue(metrics, metric), unacceptable: metrics.ruinedOn !== null || metrics.maxDrawdown > UNACCEPTABLE_DRAWDOWN };
}

export interface RankedScore extends ConfigScore {
  /** 1 = best. */
  rank: number;
}

/** Best first by `metric`; ruined or > 50%-drawdown configurations after all others; nulls last; ties keep config order (id). */
export function rankConfigs(results: readonly ConfigScore[], metric: SweepMetric): RankedScore[] {
  const sign = lowerIsBetter(metric) ? 1 : -1;
  return [...results]
    .sort((a, b) => {
      if ((a.unacceptable ?? false) !== (b.unacceptable ?? false)) return a.unacceptable === true ? 1 : -1;
      if (a.value === null || b.value === null) return a.value === b.value ? a.id - b.id : a.value === null ? 1 : -1;
      return sign * (a.value - b.value) || a.id - b.id;
    })
    .map((s, i) => ({ ...s, rank: i + 1 }));
}

export interface OverfittingRow {
  id: number;
  inSampleRank: number;
  inSampleValue: number | null;
  outOfSampleRank: number;
  outOfSampleValue: number | null;
}

export interface OverfittingSummary {
  metric: SweepMetric;
  configs: number;
  /** The top-N in-sample configurations, in-sample rank order, with where they land out of sample. */
  top: OverfittingRow[];
  /** A plain warning when the in-sample winner ranks in the bottom half out of sample; else null. */
  warning: string | null;
}

/**
 * For the top `topN` (default 5) configurations in sample: their out-of-sample metric and rank.
 * Warns when the in-sample winner falls into the bottom half out of sample.
 */
export function overfittingSummary(inSample: readonly ConfigScore[], outOfSample: readonly ConfigScore[], metric: SweepMetric, topN = 5): OverfittingSummary {
  const inRanked = rankConfigs(inSample, metric);
  const outById = new Map(rankConfigs(outOfSample, metric).map((s) => [s.id, s]));
  const top = inRanked.slice(0, topN).map((s) => {
    const out = outById.get(s.id);
    if (out === undefined) throw new Error(`config ${s.id} has no out-of-sample result`);
    return { id: s.id, inSampleRank: s.rank, inSampleValue: s.value, outOfSampleRank: out.rank, outOfSampleValue: out.value };
  });
  const n = inRanked.length;
  const winner = top[0];
  const warning =
    winner !== undefined && n > 1 && winner.outOfSampleRank > Math.ceil(n / 2)
      ? `Likely overfitting: the in-sample winner (config ${winner.id}) ranks ${winner.outOfSampleRank} of ${n} out of sample by ${metric}. Do not trust the in-sample ranking.`
      : null;
  return { metric, configs: n, top, warning };
}

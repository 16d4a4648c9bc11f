/**
 * Inputs of `backtest/run` and `backtest/sweep`. Settings are overrides over the default
 * settings, checked key by key with the settings schema (as the CLI's --set); the task checks
 * the merged settings across fields. See docs/backtest.md.
 */
import { z } from 'zod';
import { SWEEP_METRICS } from '../backtest/sweep-grid';
import { settingsPatchSchema } from '../domain/settings';
import { isoDate } from './fields';

const pct = z.number().finite().min(0).max(100);
/** At most this many values per swept key, and configurations per sweep. */
export const MAX_SWEEP_VALUES = 10;
export const MAX_SWEEP_CONFIGS = 1000;

const common = {
  from: isoDate,
  to: isoDate,
  /** Starting equity and the risk capital the rules size against; default $100,000. */
  capitalCents: z.number().int().positive().safe().optional(),
  /** Overrides over the default settings (e.g. a portfolio's own settings). */
  settings: settingsPatchSchema.strict().optional(),
  /** Bid/ask paid per contract per leg, points; defaults 0.05 (SPX) and 0.02 (VIX). */
  spxSlippagePoints: z.number().finite().min(0).max(50).optional(),
  vixSlippagePoints: z.number().finite().min(0).max(50).optional(),
};

export const backtestRun = z.object(common).strict()
  .refine((q) => q.from <= q.to, { message: 'must not be before the start date', path: ['to'] });

const values = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(MAX_SWEEP_VALUES).optional();

/** The keys of shared/backtest/sweep-grid.ts SWEEP_KEYS; a key left out keeps the base setting. */
export const sweepGrid = z.object({
  rsiThreshold: values(pct),
  rollPctMaxProfit: values(pct),
  /** [min, max] days an add-layer waits after the previous layer. */
  addLayerSpacing: values(z.tuple([z.number().int().min(0).max(365), z.number().int().min(0).max(365)])),
  wingMultiplier: values(z.number().finite().min(1).max(5)),
  /** Allocation schedules, layer 1 first, % of risk capital. */
  allocationPct: values(z.array(pct).min(1).max(6)),
}).strict();

export const backtestSweep = z.object({
  ...common,
  grid: sweepGrid,
  /** First day of the out-of-sample part; absent = the split fraction. */
  splitDate: isoDate.optional(),
  /** In-sample share of [from, to] by calendar time when no split date is given. */
  splitFraction: z.number().gt(0).lt(1).default(0.7),
  /** The ALVH metric configurations are ranked by. */
  metric: z.enum(SWEEP_METRICS).default('sharpe'),
  /** Worker threads (default: every core). */
  workers: z.number().int().min(1).max(64).optional(),
}).strict()
  .refine((q) => q.from < q.to, { message: 'must be after the start date', path: ['to'] })
  .refine((q) => q.splitDate === undefined || (q.splitDate > q.from && q.splitDate <= q.to), { message: 'must fall after the start date and on or before the end date', path: ['splitDate'] });

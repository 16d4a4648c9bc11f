/** Messages between sweep-runner.ts and sweep-worker.ts (structured-cloned). */
import type { BacktestOptions, BacktestResult, StrategyId, StrategyMetrics } from '../../../shared/backtest';
import type { PortfolioSettings } from '../../../shared/domain/settings';

/** One backtest to run: full settings, a date range, simulator options. */
export interface SweepJob {
  settings: PortfolioSettings;
  from: string;
  to: string;
  options?: Partial<BacktestOptions>;
  /** Also send back the whole result (curves, fills): one backtest run off the main thread (backtest/run). */
  full?: boolean;
}

/** What a sweep keeps of a backtest: the day count and each strategy's metrics (no curves, no fills). */
export interface SweepJobResult {
  from: string;
  to: string;
  days: number;
  strategies: { id: StrategyId; metrics: StrategyMetrics }[];
  /** The whole result, when the job asked for it. */
  full?: BacktestResult;
}

/** Given once per worker: the CBOE CSV texts, parsed once inside the worker. */
export interface SweepWorkerData {
  spxCsv: string;
  vixCsv: string;
}

export interface SweepRequest {
  index: number;
  job: SweepJob;
}

export type SweepReply = { index: number; ok: true; result: SweepJobResult } | { index: number; ok: false; error: string };

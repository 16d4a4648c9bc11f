/**
 * The ALVH backtester (pure): replays daily SPX/VIX closes through the same rules engine the
 * app uses, acting on every actionable prompt, and compares the result with baselines.
 * Model assumptions and limits: docs/backtest.md.
 */
export { runBacktest } from './run-backtest';
export { DEFAULT_BACKTEST_OPTIONS, withBacktestDefaults } from './backtest-defaults';
export { STRESS_YEARS, VIX_REGIMES } from './metrics';
export { STRATEGY_IDS } from './types';
export type { BacktestInput, BacktestOptions, BacktestResult, EquityPoint, Fill, FillLeg, PnlBucket, YearRow, StrategyId, StrategyMetrics, StrategyResult } from './types';
export { applyOverrides, buildGrid, configScore, UNACCEPTABLE_DRAWDOWN, DEFAULT_SWEEP_SPEC, lowerIsBetter, metricValue, overfittingSummary, parseGridSpec, rankConfigs, splitSample, SWEEP_KEYS, SWEEP_METRICS } from './sweep-grid';
export type { ConfigScore, DateRange, OverfittingRow, OverfittingSummary, RankedScore, SettingsOverride, SweepConfig, SweepKey, SweepMetric, SweepSpec } from './sweep-grid';
export { sweepConfigResults, sweepOverfitting, sweptKeys, sweepValue } from './sweep-report';
export type { SweepConfigResult, SweepOverfitting, SweepResult, SweepShrinkage } from './sweep-report';
export type { CapitalCost } from './capital-cost';
export { marketCoverage } from './market-coverage';
export type { BacktestRunResult, MarketCoverage, SeriesCoverage } from './market-coverage';
export { tradeLogCsv, TRADE_LOG_HEADER } from './trade-log';
export { yearTable } from './yearly';

/** Defaults of the simulator's own options (settings come from the portfolio). */
import type { BacktestOptions } from './types';

export const DEFAULT_BACKTEST_OPTIONS: BacktestOptions = {
  capitalCents: 10_000_000,
  spxSlippagePoints: 0.05,
  vixSlippagePoints: 0.02,
  events: [],
  baselines: true,
};

/** Options over defaults. */
export function withBacktestDefaults(options: Partial<BacktestOptions> | undefined): BacktestOptions {
  return { ...DEFAULT_BACKTEST_OPTIONS, ...options };
}

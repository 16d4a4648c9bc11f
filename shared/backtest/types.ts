/**
 * The backtester's inputs and results. Money is integer cents, prices integer hundredths of a
 * point, dates `YYYY-MM-DD`; ratios are decimals (0.12 = 12%). See docs/backtest.md.
 */
import type { PortfolioSettings, RuleId } from '../domain/settings';
import type { TicketAction } from '../domain/types';
import type { CloseBar } from '../rules/market-context';
import type { RulesEvent } from '../rules/types';

/** Knobs of the simulator that are not portfolio settings (defaults in backtest-defaults.ts). */
export interface BacktestOptions {
  /** Risk capital the rules size against and the starting equity, cents. */
  capitalCents: number;
  /** Bid/ask cost per SPX option contract per leg traded, points (paid on every open and close). */
  spxSlippagePoints: number;
  /** The same for VIX option legs, points. */
  vixSlippagePoints: number;
  /** Economic events fed to the rules (the app ships none; empty by default). */
  events: readonly RulesEvent[];
  /** Run the three baselines too (default true). */
  baselines: boolean;
}

/** What {@link runBacktest} takes. Bars before `from` warm the indicators up; bars after `to` are ignored. */
export interface BacktestInput {
  spx: readonly CloseBar[];
  vix: readonly CloseBar[];
  from: string;
  to: string;
  settings: PortfolioSettings;
  options?: Partial<BacktestOptions>;
}

/** Strategies run side by side on the same days. */
export const STRATEGY_IDS = ['alvh', 'alvh-no-hedge', 'monthly-condor', 'buy-and-hold'] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

/** One leg traded by a fill: + contracts bought, − sold. */
export interface FillLeg {
  /** SPX (AM-settled monthly), SPXW (PM-settled) or VIX. */
  underlying: string;
  right: 'put' | 'call';
  strikeHundredths: number;
  expiration: string;
  contracts: number;
}

/** One simulated execution (a ticket of an in-memory layer). */
export interface Fill {
  date: string;
  layerId: number;
  /** The layer's role: base / time-shift / … for condors, hedge for VIX spreads. */
  role: string;
  /** The legs traded (an adjustment lists only the legs it moved). */
  legs: FillLeg[];
  action: TicketAction;
  /** Rule that prompted it, or the simulator's own reason (`monthly-open`, `take-profit`, `expiration`, `ruin`…). */
  reason: string;
  quantity: number;
  /** Net price per unit, + credit, − debit, after slippage. */
  netPriceHundredths: number;
  feesCents: number;
  cashCents: number;
}

/** One day of the equity curve, marked to model (mid, no slippage). */
export interface EquityPoint {
  date: string;
  equityCents: number;
  /** 1 − equity ÷ running peak (0 at a new high). */
  drawdown: number;
}

/** P&L summed over a set of days. */
export interface PnlBucket {
  days: number;
  pnlCents: number;
}

/** Summary figures of one strategy. Null where undefined (no trades, too few days, no IRR). */
export interface StrategyMetrics {
  startEquityCents: number;
  endEquityCents: number;
  /**
   * First day whose close marked equity at or below zero, or null. A ruined strategy was closed
   * out at that close and traded no more, so its equity stays flat after it; a max drawdown
   * above 100% or a worst month below −100% only happens on a ruined run.
   */
  ruinedOn: string | null;
  /** XIRR of −capital on the first day and +equity on the last; null for a ruined run (as every annualised figure). */
  irr: number | null;
  /** Capital-and-time-weighted cost of the margin behind the layers (own cash for buy-and-hold); capital-cost.ts. */
  wacc: number | null;
  /** IRR − WACC; null when either is undefined. */
  irrMinusWacc: number | null;
  /** Mean daily return × 252; null for a ruined run (as vol, Sharpe and Sortino: show "ruined on D"). */
  annualReturn: number | null;
  /** Stdev of daily returns × √252. */
  annualVol: number | null;
  sharpe: number | null;
  sortino: number | null;
  maxDrawdown: number;
  /** Calendar days from the peak before the deepest trough to recovery (or the last day). */
  maxDrawdownDays: number;
  worstMonth: { month: string; return: number } | null;
  /** Share of closed condor layers with positive net cash. */
  winRate: number | null;
  /** Mean calendar days from opening to closing, closed condor layers. */
  avgDaysInTrade: number | null;
  closedLayers: number;
  feesCents: number;
  /** Daily P&L by that day's VIX close: < 15, 15–25, > 25. */
  regimes: { low: PnlBucket; mid: PnlBucket; high: PnlBucket };
  /** Calendar years 1998, 2008, 2020, 2022 that overlap the run (and do not begin after its ruin). */
  stress: { year: number; pnlCents: number; return: number }[];
}

/** One calendar year of a strategy (yearly.ts). Money in cents; ratios decimal. */
export interface YearRow {
  year: number;
  startEquityCents: number;
  endEquityCents: number;
  pnlCents: number;
  /** pnl ÷ start equity. */
  return: number;
  /** P&L of everything but the VIX hedge: the condors with their fees (the index for buy-and-hold). */
  condorPnlCents: number;
  /** Hedge fill cash in the year + change in the open hedges' mark. */
  hedgePnlCents: number;
  /** What hedges opened in the year cost, fees included (≥ 0). */
  hedgeSpendCents: number;
  /** Cash hedges returned when closed or settled in the year, net of fees. */
  hedgePayoutCents: number;
  /** All fees paid in the year. */
  feesCents: number;
  /** Deepest drawdown inside the year (the peak starts at the equity the year began with). */
  maxDrawdown: number;
}

/** One strategy's full result. */
export interface StrategyResult {
  id: StrategyId;
  equity: EquityPoint[];
  metrics: StrategyMetrics;
  /** One row per calendar year (none that begins after a ruin). */
  years: YearRow[];
  /** What the run could not do and why (e.g. the hedge before VIX options existed). */
  notes: string[];
  /** ALVH: the hedge pot at the end (premium share collected, spent on hedges, left); null for baselines. */
  hedgePot: { potCents: number; collectedCents: number; spentCents: number } | null;
  /** Prompt-days per rule (ALVH strategies; zeros for baselines). */
  ruleFired: Record<RuleId, number>;
  /** Prompts acted on per rule. */
  ruleActed: Record<RuleId, number>;
  fills: Fill[];
}

/** What {@link runBacktest} returns; deterministic for the same input. */
export interface BacktestResult {
  from: string;
  to: string;
  /** Simulated trading days (SPX closes in range with a VIX close on or before them). */
  days: number;
  options: BacktestOptions;
  strategies: StrategyResult[];
}

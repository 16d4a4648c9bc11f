/**
 * What "Performance over time" returns. Money is in **dollars** (`…Dollars` fields, type
 * `Dollars`: numbers derived from the integer cents of the ledger, summed in cents first so no
 * float error accumulates);
 * percentages are fractions (0.25 = 25%); dates are YYYY-MM-DD.
 */
import type { IrrResult } from '../analytics';
import type { Dollars } from '../money';
import type { LayerRole, LayerStatusOn } from '../domain/types';

/** Realised P&L on one day and the running total up to and including it. */
export interface EquityPoint {
  date: string;
  /** Realised that day, dollars. */
  realizedDollars: Dollars;
  /** Cumulative realised P&L since the start of the range, dollars. */
  realizedCumulativeDollars: Dollars;
}

/** Distance below the running peak of cumulative realised P&L on a date. */
export interface DrawdownPoint {
  date: string;
  /** ≤ 0, dollars. */
  drawdownDollars: Dollars;
  /** drawdown ÷ (risk capital + peak P&L); null without a risk capital. */
  drawdownPct: number | null;
}

/** The deepest drawdown of the range. */
export interface MaxDrawdown {
  /** ≥ 0, dollars (peak − trough of cumulative realised P&L). */
  amountDollars: Dollars;
  /** amountDollars ÷ (risk capital + P&L at the peak); null without a risk capital. */
  pct: number | null;
  /** Date the peak was set; null when the peak is the start of the range (P&L 0). */
  peakDate: string | null;
  troughDate: string;
}

export interface CalendarDay {
  date: string;
  /** Dollars. */
  realizedDollars: Dollars;
  /** Layers that realised P&L that day. */
  layerIds: number[];
}

export interface CalendarMonth {
  /** YYYY-MM. */
  month: string;
  /** Dollars. */
  realizedDollars: Dollars;
}

/** A value that may not exist, with the reason instead of ∞ or NaN. */
export type MaybeNumber = { value: number; reason: null } | { value: null; reason: string };

/** Trade statistics over closed layers (each closed, rolled or expired layer is one trade). */
export interface TradeStats {
  count: number;
  wins: number;
  losses: number;
  /** wins ÷ count; null when count is 0. */
  winRate: number | null;
  /** Mean P&L of winning trades, dollars; null without wins. */
  averageWinDollars: Dollars | null;
  /** Mean P&L of losing trades (negative), dollars; null without losses. */
  averageLossDollars: Dollars | null;
  /** Mean P&L per trade, dollars; null when count is 0. */
  expectancyDollars: Dollars | null;
  /** Gross wins ÷ |gross losses|; null with a reason when there are no losses (∞) or no trades. */
  profitFactor: MaybeNumber;
  /** Mean of (credit − close debit) ÷ credit over closed credit condors; null when none. */
  averageCaptured: number | null;
  /** Mean calendar days from open to close; null when count is 0. */
  averageDaysHeld: number | null;
  /** Sum of realised P&L, dollars. */
  totalDollars: Dollars;
}

export interface GroupStats {
  /** The group's key: a role, a tag ("(untagged)"), or a rules label. */
  key: string;
  stats: TradeStats;
}

export const RULES_GROUPS = ['followed the rules', 'not prompted'] as const;
export type RulesGroup = (typeof RULES_GROUPS)[number];

export interface PerformanceStats {
  overall: TradeStats;
  byRole: GroupStats[];
  /** A layer with several tags counts in each of them. */
  byTag: GroupStats[];
  byRules: GroupStats[];
}

/** A chain of layers linked by rolls (rolledFromId → rolledToId), oldest first. */
export interface RollCampaign {
  /** The first layer's id. */
  id: number;
  layerIds: number[];
  role: LayerRole;
  openedOn: string;
  /** Close date of the last layer; null while it is open. */
  closedOn: string | null;
  /** Status of the last layer. */
  status: LayerStatusOn;
  /** Realised P&L of every layer of the chain (the whole chain, not clipped to the range), dollars. */
  realizedDollars: Dollars;
  /** Fees over the chain, dollars. */
  feesDollars: Dollars;
  /** XIRR over the chain's margin, premiums and fees (annual, decimal); a reason when undefined or still open. */
  irr: IrrResult;
}

export interface PerformanceResult {
  /** The requested range; null = unbounded. */
  from: string | null;
  to: string | null;
  totals: {
    /** Realised P&L in the range, dollars (equals the last equity point and the calendar's sum). */
    realizedDollars: Dollars;
    /** Layers closed in the range (the trades of `stats`). */
    closedLayers: number;
    /** Fees of tickets dated in the range, dollars. */
    feesDollars: Dollars;
  };
  equity: EquityPoint[];
  drawdown: DrawdownPoint[];
  /** Null when P&L never fell below a previous peak. */
  maxDrawdown: MaxDrawdown | null;
  calendar: { days: CalendarDay[]; months: CalendarMonth[] };
  stats: PerformanceStats;
  campaigns: RollCampaign[];
}

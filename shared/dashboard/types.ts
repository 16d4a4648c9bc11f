/**
 * What the dashboard shows, computed in one pure pass (compute-dashboard.ts) from stored data.
 * Computed money is in dollars (`…Dollars`, type `Dollars`: floating, for display and export only — never stored back);
 * prices and strikes in index points; rates as decimals; dates YYYY-MM-DD.
 */
import type { Cents, Dollars, Hundredths } from '../money';
import type { IrrResult, PositionGreeks } from '../analytics';
import type { CondorStrikes, LayerRole, LayerStatusOn } from '../domain/types';
import type { LayerAnchor } from './layer-anchor';

/**
 * Layers closed before the dashboard date, reduced to what the portfolio's IRR, WACC and
 * realised P&L need: their summary rows and their tickets' cash netted per day (XIRR only
 * sees dated amounts, so netting per day changes nothing and keeps a ten-year journal fast).
 */
export interface ClosedHistory {
  layers: readonly ClosedLayer[];
  /**
   * Ticket cash per day; with `layerId` per layer and day, so one history of every closed layer
   * serves any as-of date (history-digest.ts takes the layers closed before it). An entry
   * without `layerId` always counts.
   */
  ticketCashByDay: readonly { date: string; premiumCents: Cents; feesCents: Cents; layerId?: number }[];
}

/** What the capital figures (margin, funding) need of a layer: a full layer or a closed layer's summary row. */
/** Units of a layer opened (+) or closed (−) on a date. */
export interface UnitChange {
  date: string;
  units: number;
}

export interface LayerShape {
  role: LayerRole;
  status: LayerStatusOn;
  openedOn: string;
  closedOn: string | null;
  strikes: CondorStrikes | null;
  openedQuantity: number;
  openPriceHundredths: Hundredths;
  multiplier: number;
  /** Units opened and closed per ticket, ledger order; absent = all opened on openedOn, all released on closedOn. */
  unitChanges?: readonly UnitChange[];
}

export interface ClosedLayer extends LayerShape {
  id: number;
  realizedPnlCents: Cents;
}

export type DashboardScope = 'all' | 'no-hedges' | 'layer';

export interface DashboardOptions {
  asOf: string;
  /** What-if shift of every implied vol, in vol points (+2 = σ + 0.02). */
  volShiftPoints: number;
  /** A date for the "custom" curve (clamped between asOf and the last expiration). */
  curveDate: string | null;
  scope: DashboardScope;
  layerId: number | null;
  /** SPX levels on the plotted grid. */
  points: number;
}

export type CurveId = 't0' | 'front' | 'last' | 'custom';

export interface PayoffCurveData {
  id: CurveId;
  label: string;
  /** Valuation date of the curve. */
  date: string;
  /** P&L in dollars at each grid level. */
  pnlDollars: Dollars[];
  breakEvens: number[];
  maxPnlDollars: Dollars;
  minPnlDollars: Dollars;
  /** True when the max / min sits at an edge of the grid (it may continue beyond the plotted range). */
  maxAtEdge: boolean;
  minAtEdge: boolean;
}

export interface MarketState {
  spx: number | null;
  spxDate: string | null;
  vix: number | null;
  vixDate: string | null;
  /** 20-day (settings.realizedVolWindow) realised vol of SPX, decimal. */
  realizedVol: number | null;
  /** VIX − 100 × RV, vol points. */
  ivRvSpreadPoints: number | null;
}

export interface BetaInfo {
  /** VIX points per +1% SPX. */
  beta: number;
  /** Of the Theil–Sen fit on the rows that are not outliers. */
  rSquared: number | null;
  /** Daily pairs in the window (trading days only). */
  n: number;
  startDate: string | null;
  endDate: string | null;
  /** `regression` from stored closes; `default` when it cannot be estimated (see `reason`). */
  source: 'regression' | 'default';
  /** shared/analytics/theil-sen.ts: the median pairwise slope. */
  estimator: 'theil-sen';
  /** 95% confidence interval of the estimate (Sen's), VIX points per +1% SPX; null without one. */
  betaLow: number | null;
  betaHigh: number | null;
  /** Pairs of the window set aside as outliers (for r²). */
  outliers: number;
  /** Why the default is used; null for an estimate. */
  reason: string | null;
}

export interface LayerMark {
  /** Cost to close one unit now, points (+ = debit to close a short structure). */
  pricePoints: number;
  date: string;
  source: 'user' | 'model';
}

/** A user mark shown beside a figure it no longer prices: its date, price and age on the as-of date. */
export interface UserMarkAge {
  date: string;
  pricePoints: number;
  /** Calendar days from the mark's date to the as-of date (0 = a mark of that day). */
  ageDays: number;
}

/** What settled an expired-unbooked layer (shared/domain/settlement.ts). */
export interface SettlementInfo {
  /** The expiration day the layer settled on. */
  date: string;
  legs: { legId: number; source: string; level: number | null; contracts: number; valuePoints: number | null }[];
  /** Σ leg values, dollars (a short condor is ≤ 0); null when a settlement price is missing. */
  valueDollars: Dollars | null;
  /** Per unit, points (+ debit to settle a short structure); null when missing. */
  pricePoints: number | null;
}

/**
 * Beside every annualised IRR: the holding-period return on margin and the days held; a book
 * younger than settings.irrMinAgeDays shows its annualised IRR greyed, "annualised from N days".
 */
export interface IrrHolding {
  /** P&L to date ÷ margin posted (peak margin held), decimal; null without margin. */
  holdingPeriodReturn: number | null;
  /** Calendar days from the first flow to the as-of date. */
  daysHeld: number;
  young: boolean;
  minAgeDays: number;
}

export interface DashboardLayerRow {
  id: number;
  role: LayerRole;
  /** Status on the as-of date; `expired-unbooked` rows are valued at settlement and out of open risk. */
  status: LayerStatusOn;
  openedOn: string;
  expiration: string | null;
  dte: number | null;
  strikes: CondorStrikes | null;
  /** Put and call wing widths, points. */
  wings: { put: number; call: number } | null;
  openQuantity: number;
  /** Opening net price per unit, points (+ credit). */
  creditPoints: number;
  mark: LayerMark | null;
  /** The latest user mark on or before the as-of date, with its age (it prices only its own date). */
  lastUserMark: UserMarkAge | null;
  /** For an expired-unbooked layer: its settlement per leg; else null. */
  settlement: SettlementInfo | null;
  /** (credit − cost to close) / credit, decimal; null when not a credit position or no mark. */
  pctMaxProfit: number | null;
  /** Total P&L: all ticket cash + liquidation value, dollars. */
  pnlDollars: Dollars;
  realizedPnlDollars: Dollars;
  openPnlDollars: Dollars;
  marginDollars: Dollars;
  maxLossDollars: Dollars | null;
  irr: IrrResult;
  protectsLayerIds: number[];
}

export interface SlotUse {
  slot: number;
  pct: number;
  budgetDollars: Dollars;
  /** Risk (max loss or margin per settings.riskBasis) of the open condor layer in this slot. */
  usedDollars: Dollars;
  layerId: number | null;
}

export interface HedgeAttribution {
  hedgeLayerId: number;
  protectsLayerIds: number[];
  /** The hedge's own P&L, dollars: negative = what it cost so far, positive = what it saved. */
  pnlDollars: Dollars;
}

export interface DashboardData {
  asOf: string;
  options: DashboardOptions;
  market: MarketState;
  beta: BetaInfo;
  /** SPX levels of the grid, points. */
  grid: number[];
  curves: PayoffCurveData[];
  /** At the last expiration on the plotted range. */
  maxProfitDollars: Dollars | null;
  maxLossDollars: Dollars | null;
  /** Break-evens of the combined position at the last expiration. */
  breakEvens: number[];
  greeks: PositionGreeks | null;
  /**
   * Probability SPX ends between the break-evens around spot at the last expiration, under the
   * risk-neutral measure implied by the date's smile (digital prices off the surface).
   */
  probabilityOfProfit: number | null;
  /** The T+0 curve with every SPX option at σ = VIX/100 (no smile, no anchor): the comparison the dashboard can draw. */
  flatT0Dollars: Dollars[] | null;
  /** Each open layer's anchor (vol offset solved at its fill or latest mark); null when it has none. */
  anchors: Record<number, LayerAnchor | null>;
  netCreditDollars: Dollars;
  realizedPnlDollars: Dollars;
  openPnlDollars: Dollars;
  marginDollars: Dollars;
  riskCapitalDollars: Dollars;
  /** Σ max loss of open condor layers, dollars. */
  openMaxLossDollars: Dollars;
  slots: SlotUse[];
  irr: IrrResult;
  irrHolding: IrrHolding;
  wacc: number | null;
  waccError: string | null;
  irrMinusWacc: number | null;
  /** Σ margin × days, dollar-days. */
  capitalDollarDays: number;
  layers: DashboardLayerRow[];
  hedges: HedgeAttribution[];
  condorPnlDollars: Dollars;
  condorPnlWithHedgesDollars: Dollars;
  /** The last stored SPX/VIX close when the as-of date is after it (figures then use that close), else null. */
  marketDataEnds: string | null;
  warnings: string[];
}

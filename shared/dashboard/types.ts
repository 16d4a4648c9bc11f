/**
 * What the dashboard shows, computed in one pure pass (compute-dashboard.ts) from stored data.
 * Computed money is in dollars (floating, for display and export only — never stored back);
 * prices and strikes in index points; rates as decimals; dates YYYY-MM-DD.
 */
import type { IrrResult, PositionGreeks } from '../analytics';
import type { CondorStrikes, LayerRole, LayerStatus } from '../domain/types';
import type { LayerAnchor } from './layer-anchor';

/**
 * Layers closed before the dashboard date, reduced to what the portfolio's IRR, WACC and
 * realised P&L need: their summary rows and their tickets' cash netted per day (XIRR only
 * sees dated amounts, so netting per day changes nothing and keeps a ten-year journal fast).
 */
export interface ClosedHistory {
  layers: readonly ClosedLayer[];
  ticketCashByDay: readonly { date: string; premiumCents: number; feesCents: number }[];
}

/** What the capital figures (margin, funding) need of a layer: a full layer or a closed layer's summary row. */
export interface LayerShape {
  role: LayerRole;
  status: LayerStatus;
  openedOn: string;
  closedOn: string | null;
  strikes: CondorStrikes | null;
  openedQuantity: number;
  openPriceHundredths: number;
  multiplier: number;
}

export interface ClosedLayer extends LayerShape {
  id: number;
  realizedPnlCents: number;
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
  pnl: number[];
  breakEvens: number[];
  maxPnl: number;
  minPnl: number;
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
  rSquared: number | null;
  n: number;
  startDate: string | null;
  endDate: string | null;
  /** `regression` from stored closes; `default` when there was not enough common history. */
  source: 'regression' | 'default';
}

export interface LayerMark {
  /** Cost to close one unit now, points (+ = debit to close a short structure). */
  pricePoints: number;
  date: string;
  source: 'user' | 'model';
}

export interface DashboardLayerRow {
  id: number;
  role: LayerRole;
  status: LayerStatus;
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
  /** (credit − cost to close) / credit, decimal; null when not a credit position or no mark. */
  pctMaxProfit: number | null;
  /** Total P&L: all ticket cash + liquidation value, dollars. */
  pnl: number;
  realizedPnl: number;
  openPnl: number;
  margin: number;
  maxLoss: number | null;
  irr: IrrResult;
  protectsLayerIds: number[];
}

export interface SlotUse {
  slot: number;
  pct: number;
  budget: number;
  /** Risk (max loss or margin per settings.riskBasis) of the open condor layer in this slot. */
  used: number;
  layerId: number | null;
}

export interface HedgeAttribution {
  hedgeLayerId: number;
  protectsLayerIds: number[];
  /** The hedge's own P&L, dollars: negative = what it cost so far, positive = what it saved. */
  pnl: number;
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
  maxProfit: number | null;
  maxLoss: number | null;
  /** Break-evens of the combined position at the last expiration. */
  breakEvens: number[];
  greeks: PositionGreeks | null;
  /**
   * Probability SPX ends between the break-evens around spot at the last expiration, under the
   * risk-neutral measure implied by the date's smile (digital prices off the surface).
   */
  probabilityOfProfit: number | null;
  /** The T+0 curve with every SPX option at σ = VIX/100 (no smile, no anchor): the comparison the dashboard can draw. */
  flatT0: number[] | null;
  /** Each open layer's anchor (vol offset solved at its fill or latest mark); null when it has none. */
  anchors: Record<number, LayerAnchor | null>;
  netCredit: number;
  realizedPnl: number;
  openPnl: number;
  margin: number;
  riskCapital: number;
  /** Σ max loss of open condor layers, dollars. */
  openMaxLoss: number;
  slots: SlotUse[];
  irr: IrrResult;
  wacc: number | null;
  waccError: string | null;
  irrMinusWacc: number | null;
  /** Σ margin × days, dollar-days. */
  capitalDays: number;
  layers: DashboardLayerRow[];
  hedges: HedgeAttribution[];
  condorPnl: number;
  condorPnlWithHedges: number;
  warnings: string[];
}

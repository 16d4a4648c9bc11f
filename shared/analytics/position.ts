/**
 * The position model the payoff, Greeks and backtests share: legs with signed
 * quantities, and the market assumptions used to value them at any SPX level.
 */
import { isoDayNumber, isoDayNumberOrNaN } from './day-count';
import { requireFinite, requireNonNegative, requirePositive } from './validate';
import { type VixTermStructure } from './vix-forward';

export type LegKind = 'call' | 'put' | 'future' | 'share';
export type LegUnderlying = 'SPX' | 'VIX';

/** One leg of a position. Options need a strike and an expiration; futures may have an expiration. */
export interface PositionLeg {
  kind: LegKind;
  /** SPX (incl. SPXW and SPX-tracking shares) or VIX (VIX options, VIX futures, VIX-tracking shares). */
  underlying: LegUnderlying;
  /** Strike in index points (options only). */
  strike?: number;
  /** Expiration date YYYY-MM-DD (options; futures for their carry). */
  expiration?: string;
  /** Signed contracts: + long, − short. */
  quantity: number;
  /** Dollars per point per contract: 100 for SPX/VIX options, 1000 for VIX futures, 1 for shares. */
  multiplier: number;
  /** This leg's σ as a decimal (0.18 = 18 vol points), overriding the market default. */
  vol?: number;
}

/** Market assumptions for valuing a position; every number is the user's setting or entry. */
export interface MarketModel {
  /** SPX level today, index points: the anchor of the VIX projection. */
  spxNow: number;
  /** VIX level today, index points. */
  vixNow: number;
  /** Risk-free rate r, continuously compounded decimal per year. */
  rate: number;
  /** SPX dividend yield q, continuous decimal per year. */
  dividendYield: number;
  /** Default σ for SPX options without their own `vol` (decimal; ALVH default VIX/100). */
  spxVol: number;
  /** Default σ of the VIX (vol of vol) for VIX options without their own `vol` (decimal, e.g. 0.9). */
  vixVol: number;
  /** VIX points per 1% SPX move (negative in practice, e.g. −0.8), from {@link vixBetaRegression}. */
  vixBetaPointsPerPct: number;
  /** What-if shift of implied vol in vol points (+2 = every SPX σ + 0.02); default 0. */
  volShiftPoints?: number;
  /** Whether the vol shift also lifts the VIX level by the same points (VIX is SPX implied vol); default true. */
  volShiftMovesVix?: boolean;
  /** Lowest VIX level the projection may reach, points; default 1. */
  vixFloor?: number;
  /**
   * The VIX forward curve VIX options and futures are valued off: F = θ + (VIX(S) − θ)·e^(−κT)
   * per expiration (see {@link vixForward}); default none = κ 0, the projected VIX itself.
   */
  vixCurve?: VixTermStructure;
}

/** Default lower bound of the projected VIX: keeps Black-76 defined (F > 0) on any SPX grid. */
export const DEFAULT_VIX_FLOOR = 1;

/**
 * VIX level projected from an SPX level by the linear beta model (a model, not a forecast):
 *   VIX(S) = max(floor, VIX₀ + β × 100 × (S/S₀ − 1) + shift)
 * β in VIX points per SPX %, shift = volShiftPoints when volShiftMovesVix (default), else 0.
 * Index points.
 */
export function projectVix(market: MarketModel, spx: number): number {
  return Math.max(market.vixFloor ?? DEFAULT_VIX_FLOOR, unflooredVix(market, spx));
}

/** The beta projection before the floor: VIX₀ + β × 100 × (S/S₀ − 1) + shift (may be ≤ 0). */
export function unflooredVix(market: MarketModel, spx: number): number {
  const shift = market.volShiftMovesVix === false ? 0 : (market.volShiftPoints ?? 0);
  return market.vixNow + market.vixBetaPointsPerPct * 100 * (spx / market.spxNow - 1) + shift;
}

/** Throws a readable Error for an impossible market setting. */
export function validateMarket(where: string, m: MarketModel): void {
  requirePositive(where, 'market.spxNow', m.spxNow);
  requirePositive(where, 'market.vixNow', m.vixNow);
  requireFinite(where, 'market.rate', m.rate);
  requireFinite(where, 'market.dividendYield', m.dividendYield);
  requireNonNegative(where, 'market.spxVol', m.spxVol);
  requireNonNegative(where, 'market.vixVol', m.vixVol);
  requireFinite(where, 'market.vixBetaPointsPerPct', m.vixBetaPointsPerPct);
  if (m.volShiftPoints !== undefined) requireFinite(where, 'market.volShiftPoints', m.volShiftPoints);
  if (m.vixFloor !== undefined) requirePositive(where, 'market.vixFloor', m.vixFloor);
  if (m.vixCurve !== undefined) {
    requirePositive(where, 'market.vixCurve.longRunMean', m.vixCurve.longRunMean);
    requireNonNegative(where, 'market.vixCurve.reversionPerYear', m.vixCurve.reversionPerYear);
  }
}

/**
 * Throws a readable Error naming the leg (#index) when a leg cannot be valued. Runs for every leg
 * of every valuation: the checks are plain comparisons and a message is built only on failure.
 */
export function validateLeg(where: string, leg: PositionLeg, index: number): void {
  const { kind } = leg;
  if (kind !== 'call' && kind !== 'put' && kind !== 'future' && kind !== 'share') throw new Error(`${where}: legs[${index}].kind must be call, put, future or share (got ${String(kind)})`);
  if (leg.underlying !== 'SPX' && leg.underlying !== 'VIX') throw new Error(`${where}: legs[${index}].underlying must be SPX or VIX (got ${String(leg.underlying)})`);
  validateLegNumbers(where, leg, index);
  if (kind === 'call' || kind === 'put') validateOptionTerms(where, leg, index);
  if (leg.expiration !== undefined && Number.isNaN(isoDayNumberOrNaN(leg.expiration))) isoDayNumber(leg.expiration, `${where}: legs[${index}].expiration`);
}

function validateOptionTerms(where: string, { strike, expiration }: PositionLeg, index: number): void {
  if (strike === undefined) throw new Error(`${where}: legs[${index}] is an option and needs a strike`);
  if (!(strike > 0 && Number.isFinite(strike))) requirePositive(where, `legs[${index}].strike`, strike);
  if (expiration === undefined) throw new Error(`${where}: legs[${index}] is an option and needs an expiration`);
}

function validateLegNumbers(where: string, { quantity, multiplier, vol }: PositionLeg, index: number): void {
  if (!Number.isFinite(quantity)) requireFinite(where, `legs[${index}].quantity`, quantity);
  if (!(multiplier > 0 && Number.isFinite(multiplier))) requirePositive(where, `legs[${index}].multiplier`, multiplier);
  if (vol !== undefined && !(vol >= 0 && Number.isFinite(vol))) requireNonNegative(where, `legs[${index}].vol`, vol);
}

/** The distinct expiration dates of the legs, ascending (for the front/last-expiration curves). */
export function expirationsOf(legs: readonly PositionLeg[]): string[] {
  const dates = new Set<string>();
  for (const leg of legs) if (leg.expiration !== undefined && leg.quantity !== 0) dates.add(leg.expiration);
  return [...dates].sort();
}

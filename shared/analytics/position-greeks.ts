/** Greeks of a whole position in trader units (dollars), consistent with the payoff model. */
import { compilePosition } from './compiled-position';
import { DAYS_PER_YEAR } from './day-count';
import { bsmKernel } from './option-kernel';
import type { PayoffScenario } from './payoff';
import { DEFAULT_VIX_FLOOR, projectVix, unflooredVix } from './position';

export interface PositionGreeks {
  /** Dollars of P&L per +1 SPX point; also the position's SPX share-equivalent. */
  deltaPerPoint: number;
  /** Change of deltaPerPoint per +1 SPX point (dollars per point²). */
  gammaPerPoint: number;
  /** Dollars of P&L per calendar day that passes, SPX and vols unchanged. */
  thetaPerDay: number;
  /** Dollars of P&L per +1 vol point of the what-if vol shift (SPX σ + 0.01; VIX + 1 point when the shift moves VIX). */
  vegaPerVolPoint: number;
}

/**
 * Position Greeks at SPX = `spx` (default market.spxNow), summing w = quantity × multiplier times each leg's Greek:
 *   delta = Σ w·Δ  (VIX legs: w·Δ_VIX·dVIX/dS with dVIX/dS = β·100/S₀)
 *   gamma = Σ w·Γ  (VIX legs: w·Γ_VIX·(dVIX/dS)²; the projection is linear in S)
 *   thetaPerDay = Σ w·Θ / 365  (Θ per year of calendar time; SPX futures add their carry decay)
 *   vegaPerVolPoint = Σ w·vega / 100 over SPX options + Σ w·Δ_VIX over VIX legs (shift moves VIX by 1 point)
 * VIX options and futures are valued off the forward F = θ + (VIX − θ)·e^(−κT) (market.vixCurve), so
 * their Δ_VIX carries dF/dVIX = e^(−κT), Γ_VIX its square, and Θ adds Δ_F·dF/dt = Δ_F·κ·(F − θ)
 * (the forward rolling toward spot as T shrinks).
 * Expired legs contribute only their intrinsic slope to delta. Where the VIX floor binds,
 * VIX legs have no SPX or vol-shift sensitivity. Dollars. These are the exact derivatives
 * of {@link createPayoffModel}'s P&L, so they agree with its finite differences.
 */
export function positionGreeks(scenario: PayoffScenario, spx = scenario.market.spxNow): PositionGreeks {
  const position = compilePosition('positionGreeks', scenario.legs, scenario.realizedCash, scenario.valuationDate, scenario.market);
  if (!(spx > 0) || !Number.isFinite(spx)) throw new Error(`positionGreeks: SPX level must be a positive number (got ${spx})`);
  const market = scenario.market;
  const vix = projectVix(market, spx);
  const floored = unflooredVix(market, spx) < (market.vixFloor ?? DEFAULT_VIX_FLOOR);
  const vixPerSpx = floored ? 0 : (market.vixBetaPointsPerPct * 100) / market.spxNow;
  const vixPerShiftPoint = floored || market.volShiftMovesVix === false ? 0 : 1;

  let delta = position.spxLinear + position.vixLinear * vixPerSpx;
  let gamma = 0;
  let thetaPerYear = position.spxLinearThetaPerYear * spx + position.vixThetaSlope * vix + position.vixThetaConstant;
  const curve = market.vixCurve;
  let vega = position.vixLinear * vixPerShiftPoint;
  for (const o of position.options) {
    const forward = o.onVix ? vix * o.forwardSlope + o.forwardIntercept : spx;
    const g = bsmKernel(o.sign === 1 ? 'call' : 'put', forward, o.strike, o.years, o.rate, o.carry, o.vol);
    if (o.onVix) {
      const perVix = g.delta * o.forwardSlope;
      delta += o.weight * perVix * vixPerSpx;
      gamma += o.weight * g.gamma * o.forwardSlope * o.forwardSlope * vixPerSpx * vixPerSpx;
      vega += o.weight * perVix * vixPerShiftPoint;
      if (o.years > 0 && curve !== undefined) thetaPerYear += o.weight * g.delta * curve.reversionPerYear * (forward - curve.longRunMean);
    } else {
      delta += o.weight * g.delta;
      gamma += o.weight * g.gamma;
      vega += (o.weight * g.vega) / 100;
    }
    // An expired leg is settled cash: its value no longer changes with time.
    if (o.years > 0) thetaPerYear += o.weight * g.theta;
  }
  return { deltaPerPoint: delta, gammaPerPoint: gamma, thetaPerDay: thetaPerYear / DAYS_PER_YEAR, vegaPerVolPoint: vega };
}

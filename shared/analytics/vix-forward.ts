/** The VIX futures curve as a mean-reverting forward: what VIX options are priced off. */
import { requireFinite, requireNonNegative, requirePositive } from './validate';

/** Parameters of the mean-reverting VIX forward curve. */
export interface VixTermStructure {
  /** θ, the level the curve reverts to, VIX points (> 0). */
  longRunMean: number;
  /** κ, the speed of mean reversion per year (≥ 0; 0 = the spot VIX is the forward at every T). */
  reversionPerYear: number;
}

/** κ = 0: every expiration priced off the spot VIX (the model before the term structure). */
export const SPOT_AS_FORWARD: VixTermStructure = { longRunMean: 20, reversionPerYear: 0 };

/**
 * Weights of the forward as an affine function of spot: F = slope × VIX + intercept with
 * slope = e^(−κT) and intercept = θ·(1 − e^(−κT)). `years` ≤ 0 gives slope 1, intercept 0.
 * Throws a readable Error for θ ≤ 0, κ < 0 or a non-finite input.
 */
export function vixForwardWeights(years: number, curve: VixTermStructure): { slope: number; intercept: number } {
  const where = 'vixForward';
  requireFinite(where, 'years', years);
  requirePositive(where, 'longRunMean', curve.longRunMean);
  requireNonNegative(where, 'reversionPerYear', curve.reversionPerYear);
  const slope = Math.exp(-curve.reversionPerYear * Math.max(0, years));
  return { slope, intercept: curve.longRunMean * (1 - slope) };
}

/**
 * Model VIX futures price (the forward of the VIX) for an expiration `years` away, index points:
 *
 *   F(t, T) = θ + (VIX_t − θ)·e^(−κ(T − t))   computed as VIX_t·e^(−κτ) + θ·(1 − e^(−κτ)), τ = T − t
 *
 * The expectation of a mean-reverting VIX, dVIX = κ(θ − VIX)dt + …, under the pricing measure
 * (Grünbichler & Longstaff, "Valuing futures and options on volatility", J. Banking & Finance
 * 20, 1996, 985–1001: a square-root VIX gives exactly this futures price; any affine-drift model
 * does). After a spike (VIX > θ) the curve is in backwardation, in calm markets (VIX < θ) in
 * contango; F lies between VIX and θ, tends to VIX as τ → 0 and to θ as τ → ∞. κ = 0 (or
 * τ ≤ 0) returns the VIX exactly. A single-factor approximation: real curves also carry a
 * volatility risk premium and a second, slower factor (see docs/analytics.md).
 * Throws a readable Error for a non-finite VIX or years, θ ≤ 0 or κ < 0.
 */
export function vixForward(vix: number, years: number, curve: VixTermStructure): number {
  requireFinite('vixForward', 'vix', vix);
  const { slope, intercept } = vixForwardWeights(years, curve);
  if (slope === 1) return vix;
  const forward = vix * slope + intercept;
  // A convex combination of VIX and θ: clamp away the last-bit rounding so it stays between them.
  return Math.min(Math.max(forward, Math.min(vix, curve.longRunMean)), Math.max(vix, curve.longRunMean));
}

/** Black–Scholes–Merton pricing of European options on an index with a dividend yield (SPX). */
import { bsmKernel, type OptionKind } from './option-kernel';
import { requireFinite, requireNonNegative, requirePositive } from './validate';

export type { OptionKind } from './option-kernel';

export interface OptionInput {
  kind: OptionKind;
  /** Underlying level, index points (> 0). */
  spot: number;
  /** Strike, index points (> 0). */
  strike: number;
  /** Time to expiry in years (≥ 0); the app uses calendar days / 365. */
  years: number;
  /** Risk-free rate, continuously compounded, decimal per year (0.05 = 5%). */
  rate: number;
  /** Annualised volatility σ as a decimal (0.20 = 20 vol points), ≥ 0. */
  vol: number;
  /** Continuous dividend yield q, decimal per year; default 0. */
  dividendYield?: number;
}

export interface OptionValuation {
  /** Option premium, index points per unit of underlying (× multiplier for dollars). */
  price: number;
  /** ∂V/∂S, per 1 point of the underlying. */
  delta: number;
  /** ∂²V/∂S², per point per point. */
  gamma: number;
  /** ∂V/∂t per year (textbook units; ÷ 365 for per calendar day). */
  theta: number;
  /** ∂V/∂σ per 1.00 change of σ (÷ 100 for per vol point). */
  vega: number;
  /** ∂V/∂r per 1.00 change of r (÷ 100 for per 1%). */
  rho: number;
}

/** Validates the inputs common to {@link priceOption} and the implied-vol solver. */
export function validateOptionInput(where: string, o: Omit<OptionInput, 'vol'> & { vol?: number }): void {
  if (o.kind !== 'call' && o.kind !== 'put') throw new Error(`${where}: kind must be 'call' or 'put' (got ${String(o.kind)})`);
  requirePositive(where, 'spot', o.spot);
  requirePositive(where, 'strike', o.strike);
  requireNonNegative(where, 'years', o.years);
  requireFinite(where, 'rate', o.rate);
  if (o.vol !== undefined) requireNonNegative(where, 'vol', o.vol);
  if (o.dividendYield !== undefined) requireFinite(where, 'dividendYield', o.dividendYield);
}

/**
 * Black–Scholes–Merton value and Greeks of a European call or put.
 *
 * Formula (Merton 1973; Hull, Options, Futures and Other Derivatives, ch. "Black–Scholes–Merton"):
 *   d1 = [ln(S/K) + (r − q + σ²/2)T] / (σ√T),  d2 = d1 − σ√T
 *   call = S e^(−qT) N(d1) − K e^(−rT) N(d2);  put = K e^(−rT) N(−d2) − S e^(−qT) N(−d1)
 *   delta = ±e^(−qT) N(±d1); gamma = e^(−qT) φ(d1) / (S σ √T); vega = S e^(−qT) φ(d1) √T
 *   theta = −S e^(−qT) φ(d1) σ / (2√T) ∓ r K e^(−rT) N(±d2) ± q S e^(−qT) N(±d1)
 *   rho = ±K T e^(−rT) N(±d2)       (upper sign call, lower sign put)
 * Units: price in points; theta per year; vega and rho per 1.00 change of σ and r.
 * Limits: T = 0 or σ = 0 give the discounted forward intrinsic value without NaN.
 * Throws an Error with a readable message for non-positive spot/strike, negative
 * years/vol, or non-finite inputs.
 */
export function priceOption(o: OptionInput): OptionValuation {
  validateOptionInput('priceOption', o);
  return bsmKernel(o.kind, o.spot, o.strike, o.years, o.rate, o.dividendYield ?? 0, o.vol);
}

/** Black (1976) pricing of European options on futures: VIX options on the VIX future. */
import { bsmKernel, type OptionKind } from './option-kernel';
import { requireFinite, requireNonNegative, requirePositive } from './validate';

export interface FuturesOptionInput {
  kind: OptionKind;
  /** Futures (forward) price, index points (> 0). */
  forward: number;
  /** Strike, index points (> 0). */
  strike: number;
  /** Time to expiry in years (≥ 0). */
  years: number;
  /** Risk-free rate, continuously compounded decimal per year. */
  rate: number;
  /** Volatility of the forward as a decimal (VIX options: often 0.6–1.2), ≥ 0. */
  vol: number;
}

export interface FuturesOptionValuation {
  /** Premium in index points (× multiplier 100 for a VIX option in dollars). */
  price: number;
  /** ∂V/∂F per point of the forward. */
  delta: number;
  /** ∂²V/∂F². */
  gamma: number;
  /** ∂V/∂t per year with F held fixed. */
  theta: number;
  /** ∂V/∂σ per 1.00 change of σ. */
  vega: number;
}

/**
 * Black-76 value and Greeks of a European option on a futures price F.
 *
 * Formula (Black 1976; Haug 2007 §1.1.3):
 *   d1 = [ln(F/K) + σ²T/2] / (σ√T),  d2 = d1 − σ√T
 *   call = e^(−rT) [F N(d1) − K N(d2)];  put = e^(−rT) [K N(−d2) − F N(−d1)]
 *   delta = ±e^(−rT) N(±d1); gamma = e^(−rT) φ(d1) / (F σ √T); vega = F e^(−rT) φ(d1) √T
 *   theta = −F e^(−rT) φ(d1) σ / (2√T) + r·V
 * This is the generalized BSM kernel with S = F and carry q = r. Units as
 * {@link priceOption}: points; theta per year; vega per 1.00 of σ.
 * Throws an Error with a readable message on invalid inputs.
 */
export function priceFuturesOption(o: FuturesOptionInput): FuturesOptionValuation {
  const where = 'priceFuturesOption';
  if (o.kind !== 'call' && o.kind !== 'put') throw new Error(`${where}: kind must be 'call' or 'put' (got ${String(o.kind)})`);
  requirePositive(where, 'forward', o.forward);
  requirePositive(where, 'strike', o.strike);
  requireNonNegative(where, 'years', o.years);
  requireFinite(where, 'rate', o.rate);
  requireNonNegative(where, 'vol', o.vol);
  const { price, delta, gamma, theta, vega } = bsmKernel(o.kind, o.forward, o.strike, o.years, o.rate, o.rate, o.vol);
  return { price, delta, gamma, theta, vega };
}

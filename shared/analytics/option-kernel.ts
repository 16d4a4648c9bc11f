/**
 * The generalized Black–Scholes–Merton kernel that both public pricers share.
 * With carry q it is Merton's (1973) model for an index paying a continuous dividend
 * yield; with q = r and the futures price as "spot" it is Black's (1976) model.
 * Reference: E. G. Haug, The Complete Guide to Option Pricing Formulas, 2nd ed.
 * (McGraw-Hill, 2007), §1.1 (generalized BSM) and ch. 2 (Greeks).
 */
import { normCdf, normPdf } from './normal';

export type OptionKind = 'call' | 'put';

/** Price and textbook Greeks, all per one unit of the underlying. */
export interface KernelResult {
  price: number;
  delta: number;
  gamma: number;
  /** ∂V/∂t per year of calendar time (= −∂V/∂T); negative for a typical long option. */
  theta: number;
  /** ∂V/∂σ per 1.00 (100 vol points) change of σ. */
  vega: number;
  /** ∂V/∂r per 1.00 (10,000 bp) change of r, with the carry q held fixed. */
  rho: number;
}

/**
 * Values a European option; inputs are assumed validated (S, K > 0; T, σ ≥ 0).
 *
 *   d1 = [ln(S/K) + (r − q + σ²/2)T] / (σ√T),  d2 = d1 − σ√T
 *   call = S e^(−qT) N(d1) − K e^(−rT) N(d2),  put = K e^(−rT) N(−d2) − S e^(−qT) N(−d1)
 *
 * When σ√T = 0 the option is worth its discounted forward intrinsic value
 * max(±(S e^(−qT) − K e^(−rT)), 0); gamma and the time-decay part of theta are then
 * reported as 0 (at the money they are a spike the model cannot represent, and an
 * infinity would poison position sums where a long and a short leg share a strike).
 */
export function bsmKernel(kind: OptionKind, spot: number, strike: number, years: number, rate: number, carry: number, vol: number): KernelResult {
  const sign = kind === 'call' ? 1 : -1;
  const dfq = Math.exp(-carry * years);
  const dfr = Math.exp(-rate * years);
  const sqrtT = Math.sqrt(years);
  const sd = vol * sqrtT;
  const forwardSpot = spot * dfq;
  const pvStrike = strike * dfr;

  let d1: number;
  if (sd > 0) {
    d1 = (Math.log(spot / strike) + (rate - carry + 0.5 * vol * vol) * years) / sd;
  } else {
    const moneyness = forwardSpot - pvStrike;
    d1 = moneyness > 0 ? Infinity : moneyness < 0 ? -Infinity : 0;
  }
  const d2 = sd > 0 ? d1 - sd : d1;
  const nd1 = normCdf(sign * d1);
  const nd2 = normCdf(sign * d2);
  const density = Number.isFinite(d1) ? normPdf(d1) : 0;

  const price = Math.max(0, sign * (forwardSpot * nd1 - pvStrike * nd2));
  const delta = sign * dfq * nd1;
  const gamma = sd > 0 ? (dfq * density) / (spot * sd) : 0;
  const decay = sd > 0 && years > 0 ? (-forwardSpot * density * vol) / (2 * sqrtT) : 0;
  const theta = decay - sign * rate * pvStrike * nd2 + sign * carry * forwardSpot * nd1;
  const vega = forwardSpot * density * sqrtT;
  const rho = sign * strike * years * dfr * nd2;
  return { price, delta, gamma, theta, vega, rho };
}

/**
 * The price of {@link bsmKernel} alone, for loops that price many strikes at one expiry (the VIX
 * strip of every surface calibration): the same operations in the same order, so the same bits,
 * with the expiry's discount factors and √T computed once by the caller and no Greeks.
 */
/** One expiry's inputs to {@link bsmPriceAt}: T, r, q and the factors bsmKernel derives from them. */
export interface ExpiryConstants { years: number; rate: number; carry: number; dfq: number; dfr: number; sqrtT: number }

export function bsmPriceAt(kind: OptionKind, spot: number, strike: number, vol: number, expiry: ExpiryConstants): number {
  const sign = kind === 'call' ? 1 : -1;
  const { years, rate, carry, dfq, dfr, sqrtT } = expiry;
  const sd = vol * sqrtT;
  const forwardSpot = spot * dfq;
  const pvStrike = strike * dfr;
  let d1: number;
  if (sd > 0) {
    d1 = (Math.log(spot / strike) + (rate - carry + 0.5 * vol * vol) * years) / sd;
  } else {
    const moneyness = forwardSpot - pvStrike;
    d1 = moneyness > 0 ? Infinity : moneyness < 0 ? -Infinity : 0;
  }
  const d2 = sd > 0 ? d1 - sd : d1;
  return Math.max(0, sign * (forwardSpot * normCdf(sign * d1) - pvStrike * normCdf(sign * d2)));
}

/** The constants {@link bsmPriceAt} takes for one expiry, computed as {@link bsmKernel} does. */
export function expiryConstants(years: number, rate: number, carry: number): ExpiryConstants {
  return { years, rate, carry, dfq: Math.exp(-carry * years), dfr: Math.exp(-rate * years), sqrtT: Math.sqrt(years) };
}

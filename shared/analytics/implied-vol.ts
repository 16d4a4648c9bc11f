/** Implied volatility: the σ at which Black–Scholes–Merton reproduces a market price. */
import { type OptionInput, validateOptionInput } from './black-scholes';
import { bsmKernel } from './option-kernel';
import { solveBracketed } from './root-finding';
import { requireNonNegative } from './validate';

export interface ImpliedVolInput extends Omit<OptionInput, 'vol'> {
  /** Observed option premium, index points per unit. */
  price: number;
}

/** Above this σ (10,000 vol points) we stop looking: such a price carries no information. */
const MAX_VOL = 100;

/**
 * Implied volatility σ (decimal per year) such that priceOption({ ...o, vol: σ }).price = o.price.
 *
 * Method: the price is strictly increasing in σ between the no-arbitrage bounds
 *   call: max(S e^(−qT) − K e^(−rT), 0) ≤ C < S e^(−qT);  put: max(K e^(−rT) − S e^(−qT), 0) ≤ P < K e^(−rT),
 * so a safeguarded Newton iteration on vega inside a bracket [0, σmax] always converges;
 * it starts from σ₀ = √(2|ln(F/K)|/T) (Manaster & Koehler 1982) or, at the money,
 * Brenner & Subrahmanyam's σ₀ ≈ √(2π/T)·V/S. Accuracy ~1e-14 in σ for ordinary options.
 * Returns 0 for a price equal to the lower bound. Throws a readable Error when
 * years = 0, when the price is outside the bounds, or for invalid inputs.
 */
export function impliedVol(o: ImpliedVolInput): number {
  const where = 'impliedVol';
  validateOptionInput(where, o);
  requireNonNegative(where, 'price', o.price);
  if (o.years === 0) throw new Error(`${where}: an expired option (years = 0) has no implied volatility`);
  const q = o.dividendYield ?? 0;
  const forwardSpot = o.spot * Math.exp(-q * o.years);
  const pvStrike = o.strike * Math.exp(-o.rate * o.years);
  const lower = Math.max(0, o.kind === 'call' ? forwardSpot - pvStrike : pvStrike - forwardSpot);
  const upper = o.kind === 'call' ? forwardSpot : pvStrike;
  if (o.price < lower) throw new Error(`${where}: price ${o.price} is below the option's intrinsic value ${lower.toFixed(6)}, so no volatility fits`);
  if (o.price >= upper) throw new Error(`${where}: price ${o.price} is at or above the no-arbitrage bound ${upper.toFixed(6)}, so no volatility fits`);
  if (o.price === lower) return 0;

  const evaluate = (vol: number) => {
    const v = bsmKernel(o.kind, o.spot, o.strike, o.years, o.rate, q, vol);
    return { value: v.price - o.price, slope: v.vega };
  };
  let high = initialGuess(forwardSpot, pvStrike, o.years, o.price);
  let fHigh = evaluate(high).value;
  while (fHigh < 0) {
    if (high >= MAX_VOL) throw new Error(`${where}: price ${o.price} needs a volatility above ${MAX_VOL * 100} points; check the inputs`);
    high = Math.min(MAX_VOL, high * 2);
    fHigh = evaluate(high).value;
  }
  return solveBracketed(evaluate, 0, high, -(o.price - lower), fHigh, 1e-15);
}

function initialGuess(forwardSpot: number, pvStrike: number, years: number, price: number): number {
  const logMoneyness = Math.abs(Math.log(forwardSpot / pvStrike));
  const guess = logMoneyness > 1e-8 ? Math.sqrt((2 * logMoneyness) / years) : Math.sqrt((2 * Math.PI) / years) * (price / forwardSpot);
  return Math.min(MAX_VOL, Math.max(0.05, 2 * guess));
}

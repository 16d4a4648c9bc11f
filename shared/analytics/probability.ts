/** Probability that SPX settles inside a profit range, under a lognormal model. */
import { normCdf } from './normal';
import { requireFinite, requireNonNegative, requirePositive } from './validate';

export interface ProbabilityInput {
  /** SPX level now, points. */
  spot: number;
  /** Lower break-even, points (0 = no lower bound). */
  lower: number;
  /** Upper break-even, points (Infinity = no upper bound). */
  upper: number;
  /** Years to the (last) expiration, calendar days / 365. */
  years: number;
  /** σ as a decimal (e.g. VIX/100). */
  vol: number;
  /** Drift rate r (decimal); default 0. */
  rate?: number;
  /** Dividend yield q (decimal); default 0. */
  dividendYield?: number;
}

/**
 * Probability of profit = P(lower < S_T < upper) with ln S_T ~ N(ln S + (r − q − σ²/2)T, σ²T)
 * (risk-neutral lognormal, as broker PoP figures; not a real-world forecast):
 *   PoP = N(d(lower)) − N(d(upper)),  d(B) = [ln(S/B) + (r − q − σ²/2)T] / (σ√T)
 * With σ√T = 0 the outcome is the forward S·e^((r−q)T): 1 inside the range, 0 outside.
 * A probability 0…1. Throws for spot ≤ 0, lower < 0, upper ≤ lower, or negative years/vol.
 */
export function probabilityOfProfit(o: ProbabilityInput): number {
  const where = 'probabilityOfProfit';
  requirePositive(where, 'spot', o.spot);
  requireNonNegative(where, 'lower', o.lower);
  if (!(o.upper > o.lower)) throw new Error(`${where}: upper (${o.upper}) must be above lower (${o.lower})`);
  requireNonNegative(where, 'years', o.years);
  requireNonNegative(where, 'vol', o.vol);
  const rate = o.rate ?? 0;
  const q = o.dividendYield ?? 0;
  requireFinite(where, 'rate', rate);
  requireFinite(where, 'dividendYield', q);
  const sd = o.vol * Math.sqrt(o.years);
  const meanLog = Math.log(o.spot) + (rate - q - 0.5 * o.vol * o.vol) * o.years;
  if (sd === 0) {
    const forward = Math.exp(meanLog);
    return forward > o.lower && forward < o.upper ? 1 : 0;
  }
  const below = (bound: number) => (bound <= 0 ? 0 : bound === Infinity ? 1 : normCdf((Math.log(bound) - meanLog) / sd));
  return Math.max(0, below(o.upper) - below(o.lower));
}

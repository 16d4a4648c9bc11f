/**
 * The CBOE VIX formula (Cboe, "The CBOE Volatility Index — VIX", white paper, 2003/2019,
 * "Volatility Index Methodology: Cboe Volatility Index"), applied to one expiry's option prices:
 *
 *   σ² = (2/T) Σᵢ ΔKᵢ/Kᵢ² · e^(RT) · Q(Kᵢ) − (1/T) · (F/K₀ − 1)²,   VIX = 100 · σ
 *
 * K₀ is the first listed strike at or below the forward F; Q(K) is the out-of-the-money
 * option's price (puts below K₀, calls above, the put/call average at K₀); ΔKᵢ is half the
 * distance between the neighbouring strikes (one-sided at the ends). Strikes are walked
 * outward from K₀ and the walk stops after two consecutive options quoted below the minimum
 * tick — the white paper's "two consecutive zero bids" rule, with a model price below 0.05
 * (SPX's tick under 3.00) standing for a zero bid.
 */

/** Inputs of {@link cboeVixFromPrices}. */
export interface StripInput {
  /** Forward index level for the expiry, points. */
  forward: number;
  /** Years to expiry (> 0). */
  years: number;
  /** Risk-free rate R, continuously compounded decimal. */
  rate: number;
  /** Listed strike spacing, points (SPX: 5). */
  strikeStep: number;
  /** Option premium, points, for a strike: puts and calls. */
  price: (kind: 'call' | 'put', strike: number) => number;
  /** Quotes below this count as zero bids (default 0.05). */
  minPrice?: number;
}

const DEFAULT_MIN_PRICE = 0.05;
/** Hard stop on the strike walk: no expiry lists more strikes than this on one side. */
const MAX_STRIKES_PER_SIDE = 20_000;

/** VIX-style index level (vol points) of one expiry from its option prices. */
export function cboeVixFromPrices(input: StripInput): number {
  const { forward, years, rate, strikeStep } = input;
  const minPrice = input.minPrice ?? DEFAULT_MIN_PRICE;
  const k0 = Math.floor(forward / strikeStep) * strikeStep;
  const growth = Math.exp(rate * years);
  let sum = (0.5 * (input.price('put', k0) + input.price('call', k0)) * strikeStep) / (k0 * k0);
  sum += sideSum(input, k0, -1, minPrice) + sideSum(input, k0, 1, minPrice);
  const variance = (2 / years) * growth * sum - (1 / years) * (forward / k0 - 1) ** 2;
  return 100 * Math.sqrt(Math.max(0, variance));
}

/** Σ ΔK/K² · Q(K) walking one side from K₀ (direction −1 = puts, +1 = calls). */
function sideSum(input: StripInput, k0: number, direction: 1 | -1, minPrice: number): number {
  const kind = direction < 0 ? 'put' : 'call';
  const step = input.strikeStep;
  let sum = 0;
  let zeros = 0;
  for (let i = 1; i <= MAX_STRIKES_PER_SIDE; i++) {
    const strike = k0 + direction * i * step;
    if (strike <= 0) break;
    const q = input.price(kind, strike);
    if (q < minPrice) {
      zeros += 1;
      if (zeros >= 2) break;
      continue;
    }
    zeros = 0;
    sum += (q * step) / (strike * strike);
  }
  return sum;
}

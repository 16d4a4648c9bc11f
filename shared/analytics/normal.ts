/**
 * Standard normal distribution: density and cumulative distribution function.
 *
 * The CDF is W. J. Cody's rational Chebyshev approximation ("Rational Chebyshev
 * approximations for the error function", Math. Comp. 23 (1969) 631–637), in the
 * form of his Netlib SPECFUN routine ANORM, which R's `pnorm` also uses. Its maximal
 * relative error is about 1e-18 in exact arithmetic, so in doubles the result is
 * correct to a few ulps (absolute error < 1e-16; relative error ~1e-15 in the tails).
 * We need that accuracy because option prices are differences of CDF terms scaled
 * by the strike: an error of 1e-10 in N(d) is already 5e-7 points on SPX 5,000.
 */

const INV_SQRT_2PI = 0.3989422804014327; // 1/√(2π)
const SPLIT_LOW = 0.66291; // Cody's first break point, where Φ(x) ≈ 0.75
const SPLIT_HIGH = 5.656854249492381; // √32
/** Beyond this |x| the tail is below 1e-300 (and then underflows); Φ is 0 or 1. */
const TAIL_CUTOFF = 38.5;

/** Standard normal density φ(x) = e^(−x²/2) / √(2π). Dimensionless. */
export function normPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/**
 * Standard normal CDF Φ(x) = P(Z ≤ x), by Cody's algorithm (see the module comment).
 * Accurate to ~1e-16 absolute everywhere and ~1e-15 relative in the lower tail;
 * Φ(±∞) = 1 / 0; NaN propagates.
 */
export function normCdf(x: number): number {
  const y = Math.abs(x);
  if (y > TAIL_CUTOFF) return x > 0 ? 1 : 0;
  return normCdfGivenExp(x, y > SPLIT_LOW ? accurateExpHalfSquare(y) : 1);
}

/**
 * e^(−y²/2) to full relative accuracy: Cody splits y² into an exactly representable part
 * (y rounded down to 1/16) and a small remainder, so the far tail keeps its digits.
 */
function accurateExpHalfSquare(y: number): number {
  const coarse = Math.trunc(y * 16) / 16;
  const remainder = (y - coarse) * (y + coarse);
  return Math.exp(-0.5 * coarse * coarse) * Math.exp(-0.5 * remainder);
}

/**
 * Φ(x) when the caller already holds e^(−x²/2) (ignored for |x| ≤ 0.66291). The payoff
 * loop gets e^(−d2²/2) from e^(−d1²/2) by one multiplication (K e^(−rT) φ(d2) =
 * S e^(−qT) φ(d1)), halving its exponentials; the accuracy is then that of the supplied
 * exponential (relative error ~x²·1e-16, i.e. < 1e-14 absolute for any x).
 */
export function normCdfGivenExp(x: number, expHalfSquare: number): number {
  const y = Math.abs(x);
  if (y <= SPLIT_LOW) return centralCdf(x);
  // No cut-off test needed: for |x| > 38.5 the exponential underflows to 0, giving exactly 0 or 1.
  const tail = expHalfSquare * (y <= SPLIT_HIGH ? middleTailRatio(y) : farTailRatio(y));
  return x > 0 ? 1 - tail : tail;
}

// Cody's rational functions, one per interval, as small functions on purpose: the JIT then
// inlines them into the payoff loop, where a call returning a double would allocate.
// The coefficients are his 20-digit constants written as their nearest doubles.

/** Φ(x) for |x| ≤ 0.66291: 1/2 + x·A(x²)/B(x²). */
function centralCdf(x: number): number {
  const z = x * x;
  const num = (((0.06568233791820745 * z + 2.2352520354606837) * z + 161.02823106855587) * z + 1067.6894854603709) * z + 18154.98125334356;
  const den = (((z + 47.202581904688245) * z + 976.0985517377767) * z + 10260.932208618979) * z + 45507.78933502673;
  return 0.5 + (x * num) / den;
}

/** Q(y)/e^(−y²/2) = C(y)/D(y) for 0.66291 < y ≤ √32, Q = 1 − Φ. */
function middleTailRatio(y: number): number {
  const num = (((((((1.0765576773720192e-8 * y + 0.39894151208813466) * y + 8.883149794388377) * y + 93.50665613217785) * y + 597.2702763948002) * y + 2494.5375852903726) * y + 6848.190450536283) * y + 11602.65143764735) * y + 9842.714838383978;
  const den = (((((((y + 22.266688044328117) * y + 235.387901782625) * y + 1519.3775994075547) * y + 6485.558298266761) * y + 18615.571640885097) * y + 34900.95272114598) * y + 38912.00328609327) * y + 19685.429676859992;
  return num / den;
}

/** Q(y)/e^(−y²/2) = [1/√(2π) − z·P(z)/Q(z)] / y with z = 1/y², for y > √32. */
function farTailRatio(y: number): number {
  const z = 1 / (y * y);
  const num = ((((0.023073441764940174 * z + 0.215898534057957) * z + 0.12740116116024736) * z + 0.022235277870649807) * z + 0.0014216191932278934) * z + 0.000029112874951168793;
  const den = ((((z + 1.284260096144911) * z + 0.4682382124808651) * z + 0.06598813786892856) * z + 0.0037823963320275824) * z + 0.00007297515550839662;
  return (INV_SQRT_2PI - (z * num) / den) / y;
}

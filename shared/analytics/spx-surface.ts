/**
 * The SPX implied-volatility surface the app values every SPX option on: an SSVI surface
 * ({@link ssviTotalVariance}) whose level is pinned to the VIX close of the day.
 *
 * Level. The 30-day slice's ATM total variance θ₃₀ is solved so that the CBOE VIX formula
 * ({@link cboeVixFromPrices}) applied to this slice's own Black–Scholes prices, on 5-point
 * strikes, returns the VIX close (to 1e-6 vol points).
 * Term. Expected instantaneous variance reverts like the app's VIX curve (θ_VIX, κ of
 * {@link VixTermStructure}): E[v_s] = v̄ + (v₀ − v̄)e^(−κs), v̄ = (θ_VIX/100)², v₀ chosen so the
 * 30-day average equals VIX² (floored at 0). Then θ_T = θ₃₀ · W(T)/W(30d) with
 * W(T) = ∫₀ᵀ E[v_s] ds, non-decreasing in T — so no calendar arbitrage (Gatheral & Jacquier
 * Theorem 4.1 with a non-decreasing θ-curve).
 * Strikes: k = ln(K/F), F = S·e^((r−q)T); σ(K, T) = √(w(k, θ_T)/T).
 */
import { bsmKernel, type KernelResult, type OptionKind } from './option-kernel';
import { type SmileShape, ssviTotalVariance, validateSmileShape } from './ssvi';
import { requireFinite, requireNonNegative, requirePositive } from './validate';
import { cboeVixFromPrices } from './vix-strip';
import { type VixTermStructure } from './vix-forward';

/** The VIX's horizon: 30 calendar days. */
export const VIX_YEARS = 30 / 365;
/** Listed SPX strike spacing the model strip uses, points. */
export const SPX_STRIKE_STEP = 5;

/** One day's market and the settings that shape the surface. */
export interface SurfaceMarket {
  /** SPX close, points. */
  spot: number;
  /** VIX close, vol points. */
  vix: number;
  /** r, continuously compounded decimal. */
  rate: number;
  /** q, continuous decimal. */
  dividendYield: number;
  shape: SmileShape;
  /** θ and κ of the VIX curve; the variance term structure reverts the same way. */
  vixCurve: VixTermStructure;
}

/** A calibrated surface for one date. */
export interface SpxSurface {
  market: SurfaceMarket;
  /** ATM total variance of the 30-day slice. */
  theta30: number;
  /** ATM total variance θ_T at `years` (0 at T ≤ 0). */
  atmTotalVariance(years: number): number;
  /** Forward F = S·e^((r−q)T), points. */
  forward(years: number): number;
  /** σ(K, T), decimal; the 30-day ATM σ for T ≤ 0 (an expired option's σ is never used). */
  vol(strike: number, years: number): number;
}

/** Throws a readable Error for an impossible surface input. */
export function validateSurfaceMarket(where: string, m: SurfaceMarket): void {
  requirePositive(where, 'spot', m.spot);
  requirePositive(where, 'vix', m.vix);
  requireFinite(where, 'rate', m.rate);
  requireFinite(where, 'dividendYield', m.dividendYield);
  requirePositive(where, 'vixCurve.longRunMean', m.vixCurve.longRunMean);
  requireNonNegative(where, 'vixCurve.reversionPerYear', m.vixCurve.reversionPerYear);
  validateSmileShape(where, m.shape);
}

/** ∫₀ᵀ E[v_s] ds for the reverting variance (see the module comment); κ = 0: flat at VIX². */
function varianceIntegral(years: number, m: SurfaceMarket): number {
  const kappa = m.vixCurve.reversionPerYear;
  const vBar = (m.vixCurve.longRunMean / 100) ** 2;
  const vix2 = (m.vix / 100) ** 2;
  const decay = (t: number) => (kappa > 0 ? (1 - Math.exp(-kappa * t)) / kappa : t);
  const v0 = Math.max(0, vBar + ((vix2 - vBar) * VIX_YEARS) / decay(VIX_YEARS));
  return vBar * years + (v0 - vBar) * decay(years);
}

/** The model strip's VIX (vol points) for a 30-day ATM total variance θ. */
export function stripVix(m: SurfaceMarket, theta30: number): number {
  const forward = m.spot * Math.exp((m.rate - m.dividendYield) * VIX_YEARS);
  const lnF = Math.log(forward);
  return cboeVixFromPrices({
    forward, years: VIX_YEARS, rate: m.rate, strikeStep: SPX_STRIKE_STEP,
    price: (kind, strike) => {
      const vol = Math.sqrt(ssviTotalVariance(Math.log(strike) - lnF, theta30, m.shape) / VIX_YEARS);
      return bsmKernel(kind, m.spot, strike, VIX_YEARS, m.rate, m.dividendYield, vol).price;
    },
  });
}

/**
 * θ₃₀ such that {@link stripVix} = VIX. The strip's VIX² is close to proportional to θ, so the
 * first guess scales θ by (target/VIX)²; then secant steps kept inside a bracket (bisection when
 * a step leaves it). The strip steps slightly where a strike crosses the zero-bid cut-off
 * (≤ 0.02 vol points at SPX 300), so the solve stops at the closest side of such a step.
 */
function solveTheta30(m: SurfaceMarket): number {
  const target = m.vix;
  const f = (theta: number) => stripVix(m, theta) - target;
  const first = (target / 100) ** 2 * VIX_YEARS;
  const fFirst = f(first);
  let a = first;
  let fa = fFirst;
  let b = first * (target / Math.max(1e-6, fFirst + target)) ** 2;
  let fb = f(b);
  // Widen until the root is bracketed: fa and fb of opposite signs.
  for (let i = 0; i < 60 && fa * fb > 0; i++) {
    if (Math.abs(fb) < 1e-7) return b;
    const next = fb < 0 ? b * 2 : b / 2;
    a = b; fa = fb; b = next; fb = f(b);
  }
  let lo = fa < 0 ? a : b; let fLo = fa < 0 ? fa : fb;
  let hi = fa < 0 ? b : a; let fHi = fa < 0 ? fb : fa;
  for (let i = 0; i < 100; i++) {
    if (Math.abs(fLo) < 1e-7) return lo;
    if (Math.abs(fHi) < 1e-7 || hi - lo < 1e-13 * hi) break;
    let x = lo - (fLo * (hi - lo)) / (fHi - fLo);
    if (!(x > lo && x < hi) || i % 4 === 3) x = (lo + hi) / 2;
    const fx = f(x);
    if (fx < 0) { lo = x; fLo = fx; } else { hi = x; fHi = fx; }
  }
  const [best, error] = Math.abs(fLo) < Math.abs(fHi) ? [lo, fLo] : [hi, fHi];
  if (!(Math.abs(error) <= 0.02)) throw new Error(`spxSurface: could not pin the 30-day smile to VIX ${target} (model strip off by ${error.toFixed(4)} vol points)`);
  return best;
}

const cache = new Map<string, SpxSurface>();
const CACHE_LIMIT = 2048;

/**
 * The surface for one date's closes and settings (memoised on its inputs: the same closes and
 * settings always give the same surface, and the 30-day solve costs ~0.5 ms).
 * Throws a readable Error for invalid inputs.
 */
export function spxSurface(m: SurfaceMarket): SpxSurface {
  const key = `${m.spot}|${m.vix}|${m.rate}|${m.dividendYield}|${m.shape.rho}|${m.shape.eta}|${m.shape.gamma}|${m.vixCurve.longRunMean}|${m.vixCurve.reversionPerYear}`;
  const hit = cache.get(key);
  if (hit) return hit;
  validateSurfaceMarket('spxSurface', m);
  const theta30 = solveTheta30(m);
  const w30 = varianceIntegral(VIX_YEARS, m);
  const atmTotalVariance = (years: number) => (years > 0 ? (theta30 * varianceIntegral(years, m)) / w30 : 0);
  const forward = (years: number) => m.spot * Math.exp((m.rate - m.dividendYield) * Math.max(0, years));
  const surface: SpxSurface = {
    market: m, theta30, atmTotalVariance, forward,
    vol: (strike, years) => {
      if (!(years > 0)) return Math.sqrt(theta30 / VIX_YEARS);
      return Math.sqrt(ssviTotalVariance(Math.log(strike / forward(years)), atmTotalVariance(years), m.shape) / years);
    },
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, surface);
  return surface;
}

/**
 * Black–Scholes–Merton value and Greeks of an SPX option at the surface's σ(K, T) plus a vol
 * offset (decimal; the layer's anchor, 0 for the plain surface). Delta and gamma are
 * sticky-strike (σ at the strike held as SPX moves, as the payoff curves do); vega is per 1.00
 * parallel shift of σ; theta (per year) is the total derivative along the surface: BS theta
 * − vega · ∂σ/∂T. Strikes ≤ 0 are valued as their limits (worthless put; call = forward − strike).
 */
export function priceOnSurface(surface: SpxSurface, kind: OptionKind, strike: number, years: number, volOffset = 0): KernelResult & { vol: number } {
  const m = surface.market;
  if (!(strike > 0)) {
    const carry = Math.exp(-m.dividendYield * years);
    if (kind === 'put') return { price: 0, delta: 0, gamma: 0, theta: 0, vega: 0, rho: 0, vol: 0 };
    return { price: m.spot * carry - strike * Math.exp(-m.rate * years), delta: carry, gamma: 0, theta: 0, vega: 0, rho: 0, vol: 0 };
  }
  const vol = Math.max(0, surface.vol(strike, years) + volOffset);
  const result = bsmKernel(kind, m.spot, strike, years, m.rate, m.dividendYield, vol);
  if (years > 1e-4) {
    const h = Math.min(1e-4, years / 2);
    const slope = (surface.vol(strike, years + h) - surface.vol(strike, years - h)) / (2 * h);
    result.theta -= result.vega * slope;
  }
  return { ...result, vol };
}

/**
 * Risk-neutral probability that SPX ends above `strike` at `years`, read off the smile (Breeden &
 * Litzenberger 1978): P(S_T > K) = −e^(rT) ∂C/∂K, with C(K) = BS(K, σ(K, T)) — the skew's term
 * −vega·∂σ/∂K included through a central difference (h = 0.01% of K).
 */
export function smileProbabilityAbove(surface: SpxSurface, strike: number, years: number): number {
  if (!(strike > 0)) return 1;
  const m = surface.market;
  if (!(years > 0)) return m.spot > strike ? 1 : 0;
  const h = strike * 1e-4;
  const call = (k: number) => bsmKernel('call', m.spot, k, years, m.rate, m.dividendYield, surface.vol(k, years)).price;
  const p = (-(call(strike + h) - call(strike - h)) / (2 * h)) * Math.exp(m.rate * years);
  return Math.min(1, Math.max(0, p));
}

/** Risk-neutral probability (from the smile) that SPX ends strictly between lower and upper. */
export function smileProbabilityBetween(surface: SpxSurface, lower: number, upper: number, years: number): number {
  const above = (k: number) => (Number.isFinite(k) ? smileProbabilityAbove(surface, k, years) : 0);
  return Math.max(0, above(lower) - above(upper));
}

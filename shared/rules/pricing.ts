/**
 * Model prices the rules need: an SPX option's value under Black–Scholes–Merton at the SPX
 * smile's σ(K, T) (shared/analytics/spx-surface.ts, pinned to the VIX close), a layer's model
 * cost to close, and the strike at a target delta on the smile. Years = calendar days / 365
 * (ALVH.md "Payoff"); r and q from settings.
 */
import { normCdf, priceOnSurface, type OptionKind, type OptionValuation, type SpxSurface } from '../analytics';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { CondorLayerView } from './portfolio-view';
import { surfaceFor } from './smile';
import { hundredthsToPoints } from '../money';

/** The market inputs of the SPX option model on one date. */
export interface PricingEnv {
  asOf: string;
  /** SPX close, points. */
  spot: number;
  /** VIX close, points. */
  vix: number;
  rate: number;
  dividendYield: number;
  /** The date's SPX smile (built on first use: the 30-day solve costs ~1.5 ms). */
  readonly surface: SpxSurface;
}

/** The pricing environment from the latest closes and the settings' r, q and smile shape. */
export function pricingEnv(asOf: string, spot: number, vix: number, settings: PortfolioSettings, given?: SpxSurface): PricingEnv {
  let surface: SpxSurface | null = given ?? null;
  return {
    asOf, spot, vix, rate: settings.riskFreeRatePct / 100, dividendYield: settings.dividendYieldPct / 100,
    get surface() { surface ??= surfaceFor(spot, vix, settings); return surface; },
  };
}

/**
 * The same environment at a flat σ = VIX/100 for every strike and expiry: only a comparison
 * (and the backtest's path until it moves to the smile); it overprices OTM calls.
 */
export function flatPricingEnv(asOf: string, spot: number, vix: number, settings: PortfolioSettings): PricingEnv {
  const rate = settings.riskFreeRatePct / 100;
  const dividendYield = settings.dividendYieldPct / 100;
  const vol = vix / 100;
  const surface: SpxSurface = {
    market: { spot, vix, rate, dividendYield, shape: { rho: 0, eta: 1, gamma: 0.5 }, vixCurve: { longRunMean: vix, reversionPerYear: 0 } },
    theta30: vol * vol * (30 / 365),
    pinErrorPoints: 0,
    atmTotalVariance: (years) => vol * vol * Math.max(0, years),
    forward: (years) => spot * Math.exp((rate - dividendYield) * Math.max(0, years)),
    vol: () => vol,
  };
  return { asOf, spot, vix, rate, dividendYield, surface };
}

/** σ(K, T) on the smile for a strike and years to expiry, decimal. */
export function strikeVol(env: PricingEnv, strikePoints: number, years: number): number {
  return env.surface.vol(strikePoints, years);
}

/** Years from asOf to `expiration` (calendar days / 365; 0 on and after expiration = intrinsic). */
export function yearsTo(env: PricingEnv, expiration: string): number {
  return Math.max(0, daysBetween(env.asOf, expiration)) / 365;
}

/**
 * Black–Scholes value and Greeks of one SPX option, points. A strike at or below 0 (a wing
 * pushed past zero on a tiny index) is valued as the limit: a worthless put, a call worth the
 * discounted forward minus the discounted strike.
 */
export function valueOption(env: PricingEnv, kind: OptionKind, strikePoints: number, years: number, volOffset = 0): OptionValuation {
  return priceOnSurface(env.surface, kind, strikePoints, years, volOffset);
}

/** SPX option roots the model can value. */
const SPX_ROOTS = new Set(['SPX', 'SPXW']);

/**
 * Model cost to close one unit of a layer, points (+ = debit to buy it back):
 * −Σ open contracts × value ÷ units, each leg at σ + the layer's offset, or + its own where the
 * layer is anchored per leg (`legVolOffsets` by leg id). Null when a live leg is not an SPX option.
 */
export function modelCostToClose(env: PricingEnv, layer: CondorLayerView, volOffset = 0, legVolOffsets?: ReadonlyMap<number, number>): number | null {
  let value = 0;
  for (const { leg, contracts } of layer.liveLegs) {
    if (leg.instrument !== 'option' || !SPX_ROOTS.has(leg.underlying) || leg.right === null || leg.strikeHundredths === null || leg.expiration === null) return null;
    const offset = legVolOffsets?.get(leg.id) ?? volOffset;
    value += contracts * valueOption(env, leg.right, hundredthsToPoints(leg.strikeHundredths), yearsTo(env, leg.expiration), offset).price;
  }
  return -value / layer.openQuantity;
}

/**
 * The strike (points, continuous) whose |delta| equals `targetDelta`, by bisection:
 * |Δ| rises toward the money on each side. Puts search (1% of spot, spot], calls
 * [spot, 5 × spot); when the target is out of reach the nearer bound is returned.
 */
/**
 * Sticky-strike Black–Scholes–Merton delta at the smile's σ(K, T) alone (what valueOption's
 * delta is, without the price and other Greeks): call e^(−qT)·N(d1), put −e^(−qT)·N(−d1),
 * d1 = (ln(S/K) + (r − q + σ²/2)T) ÷ (σ√T). The strike search calls it ~60 times per strike.
 */
export function deltaOnSmile(env: PricingEnv, kind: OptionKind, strikePoints: number, years: number): number {
  const vol = env.surface.vol(strikePoints, years);
  const sd = vol * Math.sqrt(years);
  if (!(sd > 0) || !(strikePoints > 0)) return valueOption(env, kind, strikePoints, years).delta;
  const d1 = (Math.log(env.spot / strikePoints) + (env.rate - env.dividendYield + (vol * vol) / 2) * years) / sd;
  const carry = Math.exp(-env.dividendYield * years);
  return kind === 'call' ? carry * normCdf(d1) : -carry * normCdf(-d1);
}

/**
 * The grid strike (hundredths) a proposal uses: {@link strikeAtDelta} rounded on the grid away from
 * spot (puts down, calls up), so the short's |delta| never exceeds the target. It runs the same
 * bisection but stops as soon as both ends of the bracket round to the same grid strike: every
 * later midpoint lies between them and rounding is monotone, so the answer is the one the full 60
 * steps give, after ~12 steps instead of 60.
 */
export function gridStrikeAtDelta(env: PricingEnv, kind: OptionKind, years: number, targetDelta: number, gridHundredths: number): number {
  const onGrid = kind === 'put'
    ? (points: number) => Math.floor((points * 100) / gridHundredths) * gridHundredths
    : (points: number) => Math.ceil((points * 100) / gridHundredths) * gridHundredths;
  let far = kind === 'put' ? env.spot * 0.01 : env.spot * 5;
  let near = env.spot;
  for (let i = 0; i < 60; i += 1) {
    if (onGrid(far) === onGrid(near)) return onGrid(far);
    const mid = (far + near) / 2;
    if (Math.abs(deltaOnSmile(env, kind, mid, years)) < targetDelta) far = mid;
    else near = mid;
  }
  return onGrid((far + near) / 2);
}

export function strikeAtDelta(env: PricingEnv, kind: OptionKind, years: number, targetDelta: number): number {
  // Moving the strike toward spot raises |Δ| on both sides.
  let far = kind === 'put' ? env.spot * 0.01 : env.spot * 5;
  let near = env.spot;
  for (let i = 0; i < 60; i += 1) {
    const mid = (far + near) / 2;
    if (Math.abs(deltaOnSmile(env, kind, mid, years)) < targetDelta) far = mid;
    else near = mid;
  }
  return (far + near) / 2;
}

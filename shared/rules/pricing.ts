/**
 * Model prices the rules need: an SPX option's value under Black–Scholes–Merton with
 * σ = VIX/100 plus the put-skew setting, a layer's model cost to close, and the strike at a
 * target delta. Years = calendar days / 365 (ALVH.md "Payoff"); r and q from settings.
 */
import { priceOption, type OptionKind, type OptionValuation } from '../analytics';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { CondorLayerView } from './portfolio-view';

/** The market inputs of the SPX option model on one date. */
export interface PricingEnv {
  asOf: string;
  /** SPX close, points. */
  spot: number;
  /** VIX close, points. */
  vix: number;
  rate: number;
  dividendYield: number;
  skewPointsPer10Pct: number;
}

/** The pricing environment from the latest closes and the settings' r, q and skew. */
export function pricingEnv(asOf: string, spot: number, vix: number, settings: PortfolioSettings): PricingEnv {
  return { asOf, spot, vix, rate: settings.riskFreeRatePct / 100, dividendYield: settings.dividendYieldPct / 100, skewPointsPer10Pct: settings.skewPointsPer10Pct };
}

/**
 * σ for a strike, decimal: VIX/100 + skew/100 × (how far the strike sits below spot, in
 * tens of percent). Calls and strikes above spot get the flat VIX/100.
 */
export function strikeVol(env: PricingEnv, strikePoints: number): number {
  const belowSpot = Math.max(0, (env.spot - strikePoints) / env.spot);
  return env.vix / 100 + (env.skewPointsPer10Pct / 100) * (belowSpot / 0.1);
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
export function valueOption(env: PricingEnv, kind: OptionKind, strikePoints: number, years: number): OptionValuation {
  if (!(strikePoints > 0)) {
    const carry = Math.exp(-env.dividendYield * years);
    const call = { price: env.spot * carry - strikePoints * Math.exp(-env.rate * years), delta: carry, gamma: 0, theta: 0, vega: 0, rho: 0 };
    return kind === 'put' ? { price: 0, delta: 0, gamma: 0, theta: 0, vega: 0, rho: 0 } : call;
  }
  return priceOption({ kind, spot: env.spot, strike: strikePoints, years, rate: env.rate, vol: strikeVol(env, strikePoints), dividendYield: env.dividendYield });
}

/** SPX option roots the model can value. */
const SPX_ROOTS = new Set(['SPX', 'SPXW']);

/**
 * Model cost to close one unit of a layer, points (+ = debit to buy it back):
 * −Σ open contracts × value ÷ units. Null when a live leg is not an SPX option.
 */
export function modelCostToClose(env: PricingEnv, layer: CondorLayerView): number | null {
  let value = 0;
  for (const { leg, contracts } of layer.liveLegs) {
    if (leg.instrument !== 'option' || !SPX_ROOTS.has(leg.underlying) || leg.right === null || leg.strikeHundredths === null || leg.expiration === null) return null;
    value += contracts * valueOption(env, leg.right, leg.strikeHundredths / 100, yearsTo(env, leg.expiration)).price;
  }
  return -value / layer.openQuantity;
}

/**
 * The strike (points, continuous) whose |delta| equals `targetDelta`, by bisection:
 * |Δ| rises toward the money on each side. Puts search (1% of spot, spot], calls
 * [spot, 5 × spot); when the target is out of reach the nearer bound is returned.
 */
export function strikeAtDelta(env: PricingEnv, kind: OptionKind, years: number, targetDelta: number): number {
  // Moving the strike toward spot raises |Δ| on both sides.
  let far = kind === 'put' ? env.spot * 0.01 : env.spot * 5;
  let near = env.spot;
  for (let i = 0; i < 60; i += 1) {
    const mid = (far + near) / 2;
    if (Math.abs(valueOption(env, kind, mid, years).delta) < targetDelta) far = mid;
    else near = mid;
  }
  return (far + near) / 2;
}

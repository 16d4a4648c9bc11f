/**
 * The vol-offset solve behind layer anchoring (layer-anchor.ts) and per-leg anchoring
 * (leg-anchors.ts): δ such that the surface's price of some legs, plus δ on every σ, equals a
 * target price; where no δ reaches it, the closest δ and the rest as a price offset.
 */
import { type SpxSurface } from '../analytics';
import { bsmKernel } from '../analytics/option-kernel';
import { daysBetween } from '../dates';

/** One SPX option leg weighted per unit of the layer. */
export interface WeightedLeg { kind: 'put' | 'call'; strike: number; expiration: string; weight: number }

const OFFSET_STEP = 0.0025;
const MAX_OFFSET = 1.5;
/** A bisected δ within this many points of the target is a root (60 halvings reach ~1e-15). */
const ROOT_TOLERANCE_POINTS = 1e-9;

/** A leg ready for the solve: its strike's σ on the anchor date's surface and its years. */
interface PricedLeg { kind: 'put' | 'call'; strike: number; years: number; vol: number; weight: number }

/** −Σ w·price at offset δ: the price of the legs per unit, as the trader quotes it. */
function quoted(surface: SpxSurface, legs: readonly PricedLeg[], offset: number): number {
  const m = surface.market;
  let value = 0;
  for (const leg of legs) {
    value += leg.weight * bsmKernel(leg.kind, m.spot, leg.strike, leg.years, m.rate, m.dividendYield, Math.max(0, leg.vol + offset)).price;
  }
  return -value;
}

/**
 * δ with quoted(δ) = target. A condor's price is not monotonic in σ, so the root nearest δ = 0
 * is sought: brackets widen symmetrically around 0 (¼, ½, 1, 2 … vol points) until the price
 * crosses the target, then bisection. With no crossing between the lowest δ that keeps every
 * σ ≥ 0.1 vol point and +150 points, a ¼-point scan keeps the closest δ and the rest becomes
 * the price offset.
 */
export function solveVolOffset(
  surface: SpxSurface, weighted: readonly WeightedLeg[], asOf: string, target: number,
): { volOffset: number; priceOffset: number; model: number } {
  const legs: PricedLeg[] = weighted.map((l) => {
    const years = Math.max(0, daysBetween(asOf, l.expiration)) / 365;
    return { kind: l.kind, strike: l.strike, years, vol: surface.vol(l.strike, years), weight: l.weight };
  });
  const model = quoted(surface, legs, 0);
  const lowest = -(Math.min(...legs.map((l) => l.vol)) - 0.001);
  const gap = (d: number) => quoted(surface, legs, d) - target;
  const g0 = model - target;
  if (g0 === 0) return { volOffset: 0, priceOffset: 0, model };
  const bracket = bracketNearZero(gap, g0, lowest);
  if (bracket === null) {
    const best = closestOnScan(gap, g0, lowest);
    return { volOffset: best.d, priceOffset: -best.g, model };
  }
  const volOffset = bisect(gap, bracket);
  // A bracket whose end only touches the target (a price that underflows to 0 at the lowest σ,
  // for a fill of 0.00 no σ > 0 gives) bisects to a δ that misses it: the rest is a price offset.
  const miss = gap(volOffset);
  return { volOffset, priceOffset: Math.abs(miss) > ROOT_TOLERANCE_POINTS ? -miss : 0, model };
}

/**
 * Widens brackets symmetrically around δ = 0 (up to {@link MAX_OFFSET}, down to `lowest`),
 * doubling each time, until gap changes sign across a step; null when it never does.
 * `g0` is gap(0).
 */
function bracketNearZero(gap: (d: number) => number, g0: number, lowest: number): [number, number] | null {
  let bracket: [number, number] | null = null;
  let inner = { up: 0, down: 0 };
  let gUp = g0;
  let gDown = g0;
  for (let width = OFFSET_STEP; bracket === null && (width / 2 <= MAX_OFFSET || -width / 2 >= lowest); width *= 2) {
    const up = Math.min(width, MAX_OFFSET);
    const down = Math.max(-width, lowest);
    const gu = gap(up);
    if (gUp * gu <= 0) bracket = [inner.up, up];
    const gd = gap(down);
    if (bracket === null && gDown * gd <= 0) bracket = [down, inner.down];
    inner = { up, down };
    gUp = gu;
    gDown = gd;
    if (up >= MAX_OFFSET && down <= lowest) break;
  }
  return bracket;
}

/** The δ on the {@link OFFSET_STEP} grid from `lowest` to {@link MAX_OFFSET} with the smallest |gap| (δ = 0, gap `g0`, unless one beats it). */
function closestOnScan(gap: (d: number) => number, g0: number, lowest: number): { d: number; g: number } {
  let best = { d: 0, g: g0 };
  for (let d = Math.ceil(lowest / OFFSET_STEP) * OFFSET_STEP; d <= MAX_OFFSET + 1e-12; d += OFFSET_STEP) {
    const g = gap(d);
    if (Math.abs(g) < Math.abs(best.g)) best = { d, g };
  }
  return best;
}

/** 60 bisection steps on a bracket where gap changes sign; returns the last midpoint. */
function bisect(gap: (d: number) => number, bracket: readonly [number, number]): number {
  let [a, b] = bracket;
  let ga = gap(a);
  for (let i = 0; i < 60; i++) {
    const mid = (a + b) / 2;
    const gm = gap(mid);
    if ((ga <= 0 && gm <= 0) || (ga >= 0 && gm >= 0)) { a = mid; ga = gm; } else b = mid;
  }
  return (a + b) / 2;
}

/**
 * Each layer anchored at its own prices (ALVH.md "Payoff"): a per-layer vol offset δ, added to
 * the SPX surface's σ(K, T) for every leg, is solved so that the model equals the layer's
 * latest price the trader gave — the opening ticket's net price on its date, or a later user
 * mark (cost to close) on the mark's date, with that date's closes. The offset is then kept
 * while SPX, VIX and time move the value.
 *
 * Prices per unit of the layer, in points, signed as the trader sees them: target
 * = −Σ wᵢ·priceᵢ(σᵢ + δ), wᵢ = signed contracts of leg i per unit (so a credit received on
 * opening and a debit to close a short condor are both positive).
 * When no δ reaches the price (a fill beyond what any vol gives, e.g. a credit near the wing
 * for far wings) δ is the one that comes closest and the rest is a price offset; it is never
 * refused (only prices outside the no-arbitrage bounds are, at entry).
 */
import { type SpxSurface } from '../analytics';
import { bsmKernel } from '../analytics/option-kernel';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Mark, MarketBar } from '../domain/types';
import { surfaceFor } from '../rules/smile';
import { hundredthsToPoints } from '../money';

export interface LayerAnchor {
  source: 'open' | 'mark';
  /** The anchor's date (opening ticket or mark) and the date of the closes used (≤ it). */
  date: string;
  closesDate: string;
  spx: number;
  vix: number;
  /** The trader's price, points per unit (+ credit on opening, + debit to close for a mark). */
  pricePoints: number;
  /** The surface's price of the same legs with no offset. */
  modelPoints: number;
  /** δ, decimal vol added to every leg's σ (0.012 = the fill was 1.2 vol points richer than the model). */
  volOffset: number;
  /** Price the vol offset could not reach, points per unit (0 when δ reaches it). */
  priceOffsetPoints: number;
}

/** One SPX option leg weighted per unit of the layer. */
export interface WeightedLeg { kind: 'put' | 'call'; strike: number; expiration: string; weight: number }

const SPX_ROOTS = new Set(['SPX', 'SPXW']);
/** Closes older than this before the anchor date are not used for it. */
const MAX_CLOSE_GAP_DAYS = 7;
const OFFSET_STEP = 0.0025;
const MAX_OFFSET = 1.5;

/** The legs per unit that a price refers to, or null when one is not an SPX option. */
function weightedLegs(layer: LayerDetail, contracts: ReadonlyMap<number, number>, units: number): WeightedLeg[] | null {
  const legs: WeightedLeg[] = [];
  for (const leg of layer.legs) {
    const n = contracts.get(leg.id) ?? 0;
    if (n === 0) continue;
    if (leg.instrument !== 'option' || !SPX_ROOTS.has(leg.underlying) || leg.right === null || leg.strikeHundredths === null || leg.expiration === null) return null;
    legs.push({ kind: leg.right, strike: hundredthsToPoints(leg.strikeHundredths), expiration: leg.expiration, weight: n / units });
  }
  return legs.length > 0 ? legs : null;
}

/** Last close on or before `date`, within {@link MAX_CLOSE_GAP_DAYS}. */
function closeOnOrBefore(bars: readonly MarketBar[], date: string): MarketBar | null {
  let lo = 0;
  let hi = bars.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (bars[mid].date <= date) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const bar = found >= 0 ? bars[found] : null;
  return bar && daysBetween(bar.date, date) <= MAX_CLOSE_GAP_DAYS ? bar : null;
}

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
  return { volOffset: bisect(gap, bracket), priceOffset: 0, model };
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

/**
 * The price the anchor is solved to: the layer's latest user mark dated on or before asOf and
 * not before its last ticket (on its open legs), else its opening ticket (on that ticket's
 * legs). Null when neither exists; `legs` is null when {@link weightedLegs} refuses the legs.
 */
function anchorQuote(
  layer: LayerDetail, marks: readonly Mark[], asOf: string,
): { source: 'open' | 'mark'; date: string; price: number; legs: WeightedLeg[] | null } | null {
  const lastTicket = layer.tickets[layer.tickets.length - 1]?.date ?? layer.openedOn;
  const mark = marks.filter((m) => m.layerId === layer.id && m.date <= asOf && m.date >= lastTicket).sort((x, y) => (x.date < y.date ? 1 : -1))[0];
  const opening = layer.tickets.find((t) => t.action === 'open') ?? layer.tickets[0];
  if (mark && layer.openQuantity > 0) {
    const open = new Map(Object.entries(layer.openContracts).map(([id, n]) => [Number(id), n]));
    return { source: 'mark', date: mark.date, price: hundredthsToPoints(mark.priceHundredths), legs: weightedLegs(layer, open, layer.openQuantity) };
  }
  if (opening && opening.quantity > 0) {
    const legs = weightedLegs(layer, new Map(opening.legs.map((l) => [l.legId, l.quantity])), opening.quantity);
    return { source: 'open', date: opening.date, price: hundredthsToPoints(opening.netPriceHundredths), legs };
  }
  return null;
}

/**
 * The layer's anchor as of `asOf`: its latest user mark dated on or before asOf and not before
 * its last ticket (the rule {@link pickMark} uses), else its opening ticket. Null when a leg is
 * not an SPX option (hedges keep the VIX model), or no close is stored near the anchor date.
 */
export function anchorLayer(
  layer: LayerDetail, marks: readonly Mark[], spx: readonly MarketBar[], vix: readonly MarketBar[], settings: PortfolioSettings, asOf: string,
): LayerAnchor | null {
  const quote = anchorQuote(layer, marks, asOf);
  if (quote === null) return null;
  const { source, date, price, legs } = quote;
  if (legs === null || legs.every((l) => l.expiration <= date)) return null;
  const spxBar = closeOnOrBefore(spx, date);
  const vixBar = closeOnOrBefore(vix, date);
  if (spxBar === null || vixBar === null) return null;
  const key = `${layer.id}|${source}|${date}|${price}|${spxBar.closeHundredths}|${vixBar.closeHundredths}|${JSON.stringify(legs)}|${settings.riskFreeRatePct}|${settings.dividendYieldPct}|${settings.smileRho}|${settings.smileEta}|${settings.smileGamma}|${settings.vixLongRunMean}|${settings.vixReversionPerYear}`;
  const hit = anchors.get(key);
  if (hit) return hit;
  const surface = surfaceFor(hundredthsToPoints(spxBar.closeHundredths), hundredthsToPoints(vixBar.closeHundredths), settings);
  const solved = solveVolOffset(surface, legs, date, price);
  const anchor: LayerAnchor = {
    source, date, closesDate: spxBar.date, spx: hundredthsToPoints(spxBar.closeHundredths), vix: hundredthsToPoints(vixBar.closeHundredths),
    pricePoints: price, modelPoints: solved.model, volOffset: solved.volOffset, priceOffsetPoints: solved.priceOffset,
  };
  if (anchors.size >= ANCHOR_CACHE_LIMIT) anchors.clear();
  anchors.set(key, anchor);
  return anchor;
}

/** Anchors kept by everything they depend on (a pure function's results): after a ticket on one of twenty layers only that one is solved again. */
const anchors = new Map<string, LayerAnchor>();
const ANCHOR_CACHE_LIMIT = 4096;

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
import { priceOnSurface, type SpxSurface } from '../analytics';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Mark, MarketBar } from '../domain/types';
import { surfaceFor } from '../rules/smile';

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
interface WeightedLeg { kind: 'put' | 'call'; strike: number; expiration: string; weight: number }

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
    legs.push({ kind: leg.right, strike: leg.strikeHundredths / 100, expiration: leg.expiration, weight: n / units });
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

/** −Σ w·price at offset δ: the price of the legs per unit, as the trader quotes it. */
function quoted(surface: SpxSurface, legs: readonly WeightedLeg[], asOf: string, offset: number): number {
  let value = 0;
  for (const leg of legs) value += leg.weight * priceOnSurface(surface, leg.kind, leg.strike, Math.max(0, daysBetween(asOf, leg.expiration)) / 365, offset).price;
  return -value;
}

/**
 * δ with quoted(δ) = target: scan δ from the lowest that keeps every σ ≥ 0.1 vol point up to
 * +150 points, take the sign change nearest 0 and bisect it; with none, the closest δ.
 */
export function solveVolOffset(surface: SpxSurface, legs: readonly WeightedLeg[], asOf: string, target: number): { volOffset: number; priceOffset: number; model: number } {
  const model = quoted(surface, legs, asOf, 0);
  const minVol = Math.min(...legs.map((l) => surface.vol(l.strike, Math.max(0, daysBetween(asOf, l.expiration)) / 365)));
  const lowest = -(minVol - 0.001);
  const gap = (d: number) => quoted(surface, legs, asOf, d) - target;
  let best = { d: 0, g: model - target };
  let bracket: [number, number, number] | null = null; // [a, b, |midpoint|]
  let prevD = lowest;
  let prevG = gap(lowest);
  for (let d = Math.ceil(lowest / OFFSET_STEP) * OFFSET_STEP; d <= MAX_OFFSET + 1e-12; d += OFFSET_STEP) {
    const g = gap(d);
    if (Math.abs(g) < Math.abs(best.g)) best = { d, g };
    if ((prevG <= 0 && g >= 0) || (prevG >= 0 && g <= 0)) {
      const distance = Math.min(Math.abs(prevD), Math.abs(d));
      if (bracket === null || distance < bracket[2]) bracket = [prevD, d, distance];
    }
    prevD = d;
    prevG = g;
  }
  if (bracket === null) return { volOffset: best.d, priceOffset: -best.g, model };
  let [a, b] = bracket;
  let ga = gap(a);
  for (let i = 0; i < 60; i++) {
    const mid = (a + b) / 2;
    const gm = gap(mid);
    if ((ga <= 0 && gm <= 0) || (ga >= 0 && gm >= 0)) { a = mid; ga = gm; } else b = mid;
  }
  return { volOffset: (a + b) / 2, priceOffset: 0, model };
}

/**
 * The layer's anchor as of `asOf`: its latest user mark dated on or before asOf and not before
 * its last ticket (the rule {@link pickMark} uses), else its opening ticket. Null when a leg is
 * not an SPX option (hedges keep the VIX model), or no close is stored near the anchor date.
 */
export function anchorLayer(layer: LayerDetail, marks: readonly Mark[], spx: readonly MarketBar[], vix: readonly MarketBar[], settings: PortfolioSettings, asOf: string): LayerAnchor | null {
  const lastTicket = layer.tickets[layer.tickets.length - 1]?.date ?? layer.openedOn;
  const mark = marks.filter((m) => m.layerId === layer.id && m.date <= asOf && m.date >= lastTicket).sort((x, y) => (x.date < y.date ? 1 : -1))[0];
  const opening = layer.tickets.find((t) => t.action === 'open') ?? layer.tickets[0];
  let source: 'open' | 'mark';
  let date: string;
  let price: number;
  let legs: WeightedLeg[] | null;
  if (mark && layer.openQuantity > 0) {
    source = 'mark'; date = mark.date; price = mark.priceHundredths / 100;
    legs = weightedLegs(layer, new Map(Object.entries(layer.openContracts).map(([id, n]) => [Number(id), n])), layer.openQuantity);
  } else if (opening && opening.quantity > 0) {
    source = 'open'; date = opening.date; price = opening.netPriceHundredths / 100;
    legs = weightedLegs(layer, new Map(opening.legs.map((l) => [l.legId, l.quantity])), opening.quantity);
  } else return null;
  if (legs === null || legs.every((l) => l.expiration <= date)) return null;
  const spxBar = closeOnOrBefore(spx, date);
  const vixBar = closeOnOrBefore(vix, date);
  if (spxBar === null || vixBar === null) return null;
  const surface = surfaceFor(spxBar.closeHundredths / 100, vixBar.closeHundredths / 100, settings);
  const solved = solveVolOffset(surface, legs, date, price);
  return {
    source, date, closesDate: spxBar.date, spx: spxBar.closeHundredths / 100, vix: vixBar.closeHundredths / 100,
    pricePoints: price, modelPoints: solved.model, volOffset: solved.volOffset, priceOffsetPoints: solved.priceOffset,
  };
}

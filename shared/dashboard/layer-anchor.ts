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
 * When the opening ticket carries each leg's own fill (imports), each leg is anchored at its
 * own price instead (leg-anchors.ts); a mark is one net price and anchors the layer as a whole.
 */
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Mark, MarketBar } from '../domain/types';
import { surfaceFor } from '../rules/smile';
import { solveVolOffset, type WeightedLeg } from './layer-anchor-solve';
import { layerPriceOffset, solveLegAnchors, type LegAnchor, type PricedWeightedLeg } from './leg-anchors';
import { hundredthsToPoints } from '../money';

export { solveVolOffset, type WeightedLeg } from './layer-anchor-solve';
export type { LegAnchor, PricedWeightedLeg } from './leg-anchors';

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
  /**
   * δ, decimal vol added to every leg's σ (0.012 = the fill was 1.2 vol points richer than the
   * model). With per-leg anchors it is the one offset that would match the net, for comparison;
   * the legs are valued at their own.
   */
  volOffset: number;
  /** Price no vol offset reaches, points per unit (0 when the offsets reach it); per-leg: the legs' own plus the net's rounding gap. */
  priceOffsetPoints: number;
  /** One anchor per leg when the opening ticket carried each leg's own fill, else null (one δ for the layer). */
  legs: LegAnchor[] | null;
}

const SPX_ROOTS = new Set(['SPX', 'SPXW']);
/** Closes older than this before the anchor date are not used for it. */
const MAX_CLOSE_GAP_DAYS = 7;

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

/**
 * The price the anchor is solved to: the layer's latest user mark dated on or before asOf and
 * not before its last ticket (on its open legs), else its opening ticket (on that ticket's
 * legs). Null when neither exists; `legs` is null when {@link weightedLegs} refuses the legs.
 */
function anchorQuote(
  layer: LayerDetail, marks: readonly Mark[], asOf: string,
): { source: 'open' | 'mark'; date: string; price: number; legs: WeightedLeg[] | null; priced: PricedWeightedLeg[] | null } | null {
  const lastTicket = layer.tickets[layer.tickets.length - 1]?.date ?? layer.openedOn;
  const mark = marks.filter((m) => m.layerId === layer.id && m.date <= asOf && m.date >= lastTicket).sort((x, y) => (x.date < y.date ? 1 : -1))[0];
  const opening = layer.tickets.find((t) => t.action === 'open') ?? layer.tickets[0];
  if (mark && layer.openQuantity > 0) {
    const open = new Map(Object.entries(layer.openContracts).map(([id, n]) => [Number(id), n]));
    return { source: 'mark', date: mark.date, price: hundredthsToPoints(mark.priceHundredths), legs: weightedLegs(layer, open, layer.openQuantity), priced: null };
  }
  if (opening && opening.quantity > 0) return openingQuote(layer, opening);
  return null;
}

type Quote = NonNullable<ReturnType<typeof anchorQuote>>;

/**
 * The opening ticket's quote, kept per ticket object: it reads only that ticket and the layer's
 * legs (checked by reference — a ledger read again gives new objects), while the dashboard asks
 * for it on every as-of date the layer is alive.
 */
const openingQuotes = new WeakMap<LayerDetail['tickets'][number], { legsOf: LayerDetail['legs']; quote: Quote }>();

function openingQuote(layer: LayerDetail, opening: LayerDetail['tickets'][number]): Quote {
  const kept = openingQuotes.get(opening);
  if (kept && kept.legsOf === layer.legs) return kept.quote;
  const legs = weightedLegs(layer, new Map(opening.legs.map((l) => [l.legId, l.quantity])), opening.quantity);
  const quote: Quote = { source: 'open', date: opening.date, price: hundredthsToPoints(opening.netPriceHundredths), legs, priced: legs === null ? null : pricedLegs(layer, opening) };
  openingQuotes.set(opening, { legsOf: layer.legs, quote });
  return quote;
}

/** The legs part of an anchor's memo key, formatted once per quote object. */
const legsKeys = new WeakMap<Quote, string>();

function legsKeyOf(quote: Quote): string {
  let key = legsKeys.get(quote);
  if (key === undefined) {
    key = `${JSON.stringify(quote.legs)}|${JSON.stringify(quote.priced)}`;
    legsKeys.set(quote, key);
  }
  return key;
}

/**
 * The opening ticket's legs with their own fills (what per-leg anchoring solves on), or null
 * when the ticket gave only a net; the rules' model cost to close reads the same.
 */
export function openingLegFills(layer: LayerDetail): PricedWeightedLeg[] | null {
  const opening = layer.tickets.find((t) => t.action === 'open') ?? layer.tickets[0];
  return opening && opening.quantity > 0 ? pricedLegs(layer, opening) : null;
}

/** The ticket's legs with their own fills, or null unless every leg has one (and is an SPX option). */
function pricedLegs(layer: LayerDetail, ticket: LayerDetail['tickets'][number]): PricedWeightedLeg[] | null {
  const priced: PricedWeightedLeg[] = [];
  for (const tl of ticket.legs) {
    const leg = layer.legs.find((l) => l.id === tl.legId);
    if (tl.priceHundredths === undefined || !leg || leg.instrument !== 'option' || !SPX_ROOTS.has(leg.underlying) || leg.right === null || leg.strikeHundredths === null
      || leg.expiration === null) return null;
    priced.push({
      legId: leg.id, side: leg.side, kind: leg.right, strike: leg.strikeHundredths / 100, expiration: leg.expiration,
      weight: tl.quantity / ticket.quantity, fillPoints: tl.priceHundredths / 100,
    });
  }
  return priced.length > 0 ? priced : null;
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
  const { source, date, price, legs, priced } = quote;
  if (legs === null || legs.every((l) => l.expiration <= date)) return null;
  const spxBar = closeOnOrBefore(spx, date);
  const vixBar = closeOnOrBefore(vix, date);
  if (spxBar === null || vixBar === null) return null;
  const key = `${layer.id}|${source}|${date}|${price}|${spxBar.closeHundredths}|${vixBar.closeHundredths}|${legsKeyOf(quote)}|${settings.riskFreeRatePct}|${settings.dividendYieldPct}|${settings.smileRho}|${settings.smileEta}|${settings.smileGamma}|${settings.vixLongRunMean}|${settings.vixReversionPerYear}`;
  const hit = anchors.get(key);
  if (hit) return hit;
  const surface = surfaceFor(hundredthsToPoints(spxBar.closeHundredths), hundredthsToPoints(vixBar.closeHundredths), settings);
  const solved = solveVolOffset(surface, legs, date, price);
  const legAnchors = priced === null ? null : solveLegAnchors(surface, priced, date);
  const anchor: LayerAnchor = {
    source, date, closesDate: spxBar.date, spx: hundredthsToPoints(spxBar.closeHundredths), vix: hundredthsToPoints(vixBar.closeHundredths),
    pricePoints: price, modelPoints: solved.model, volOffset: solved.volOffset,
    priceOffsetPoints: priced === null || legAnchors === null ? solved.priceOffset : layerPriceOffset(priced, legAnchors, price),
    legs: legAnchors,
  };
  if (anchors.size >= ANCHOR_CACHE_LIMIT) anchors.clear();
  anchors.set(key, anchor);
  return anchor;
}

/** Anchors kept by everything they depend on (a pure function's results): after a ticket on one of twenty layers only that one is solved again. */
const anchors = new Map<string, LayerAnchor>();
const ANCHOR_CACHE_LIMIT = 4096;

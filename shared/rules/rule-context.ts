/**
 * What every rule reads, computed once per evaluation: the market snapshot, the portfolio
 * as of the date, the event window, the pricing environment and each layer's cost to close.
 */
import type { PortfolioSettings, RuleId } from '../domain/settings';
import { eventWindow, type EventWindow } from './event-window';
import type { MarketContext } from './market-context';
import type { SettlementPriceFn } from '../domain/settlement';
import { lastIndexOnOrBefore, snapshotAt, type MarketSnapshot } from './market-snapshot';
import { openingLegFills, solveVolOffset, type WeightedLeg } from '../dashboard/layer-anchor';
import { solveLegAnchors } from '../dashboard/leg-anchors';
import { surfaceFor } from './smile';
import { portfolioAsOf, type CondorLayerView, type PortfolioView } from './portfolio-view';
import { modelCostToClose, pricingEnv, type PricingEnv } from './pricing';
import type { Prompt, RulesInput } from './types';
import { hundredthsToPoints } from '../money';

/** Cost to close one unit of a layer (+ debit), from the latest usable mark or else the model. */
export type CloseCost =
  | { ok: true; priceHundredths: number; source: 'mark' | 'model'; markDate: string | null }
  | { ok: false; message: string };

/** The shared, precomputed inputs of one evaluation (see {@link buildContext}). */
export interface RuleContext {
  input: RulesInput;
  settings: PortfolioSettings;
  asOf: string;
  market: MarketSnapshot;
  portfolio: PortfolioView;
  events: EventWindow;
  /** SPX option model inputs, or null when an SPX or VIX close is missing (see `pricingMissing`). */
  pricing: PricingEnv | null;
  pricingMissing: string;
  closeCost: (layer: CondorLayerView) => CloseCost;
  /** Settlement prices of expired legs: input.settlementPrice, else the stored closes (no OPEN). */
  settlementPrice: SettlementPriceFn;
}

/** A prompt as a rule builds it; the engine adds the key, the rule id and the snooze state. */
export type PromptDraft = Omit<Prompt, 'key' | 'rule' | 'snoozedUntil'>;

/** What one rule returns. */
export interface RuleOutcome {
  prompts: PromptDraft[];
  /** Messages for data the rule needed and lacked (only when the lack could change whether it fires). */
  unavailable: string[];
}

/** One rule of the table in ALVH.md. */
export interface RuleDefinition {
  id: RuleId;
  evaluate: (ctx: RuleContext) => RuleOutcome;
}

/**
 * The mark of asOf itself (a mark is the layer's price on its date only — a stale mark must not
 * price a later day), provided no later ticket changed the structure; else the model value.
 */
function closeCostOf(input: RulesInput, marketContext: MarketContext, pricing: PricingEnv | null, pricingMissing: string, layer: CondorLayerView): CloseCost {
  let best: { date: string; priceHundredths: number } | null = null;
  for (const mark of input.marks) {
    if (mark.layerId !== layer.id || mark.date !== input.asOf || mark.date < layer.lastTicketDate) continue;
    // Same-day duplicates: take the higher cost to close (the conservative reading, independent of input order).
    if (best === null || mark.date > best.date || (mark.date === best.date && mark.priceHundredths > best.priceHundredths)) best = mark;
  }
  if (best !== null) return { ok: true, priceHundredths: best.priceHundredths, source: 'mark', markDate: best.date };
  if (pricing === null) return { ok: false, message: `layer #${layer.id} has no mark on or after ${layer.lastTicketDate} and the model ${pricingMissing}` };
  const anchor = openingOffset(input, marketContext, layer);
  const cost = modelCostToClose(pricing, layer, anchor.volOffset, anchor.legVolOffsets);
  if (cost === null) return { ok: false, message: `layer #${layer.id} has no mark and a leg the SPX model cannot value` };
  return { ok: true, priceHundredths: Math.round(cost * 100), source: 'model', markDate: null };
}

/** The layer's offset, and each leg's own where the opening ticket priced its legs. */
interface OpeningOffsets { volOffset: number; legVolOffsets?: Map<number, number> | undefined }

/**
 * The layer's vol offset anchored at its opening (shared/dashboard/layer-anchor.ts): solved on
 * the opening date's closes so the model cost to close equals the net credit taken in, as the
 * dashboard does; 0 when the opening date has no closes or a leg is not an SPX option. When the
 * opening ticket gave each leg's own fill, each of those legs gets its own offset too
 * (shared/dashboard/leg-anchors.ts).
 */
function openingOffset(input: RulesInput, market: MarketContext, layer: CondorLayerView): OpeningOffsets {
  // The solve depends only on the opening date's closes, the smile settings, the layer's live legs,
  // credit and per-leg fills: the same every day the layer stays as it is, so it is solved once (a
  // backtest evaluates thousands of days; the cache lives with the prepared market).
  const detail = input.layers.find((l) => l.id === layer.id);
  const fills = detail ? openingLegFills(detail) : null;
  const key = `${offsetKey(input.settings, layer)}|${fills ? JSON.stringify(fills) : ''}`;
  let memo = offsetMemo.get(market);
  if (memo === undefined) {
    memo = new Map();
    offsetMemo.set(market, memo);
  }
  let offset = memo.get(key);
  if (offset === undefined) {
    offset = solveOpeningOffset(input, market, layer, fills);
    if (memo.size > 10_000) memo.clear();
    memo.set(key, offset);
  }
  return offset;
}

const offsetMemo = new WeakMap<MarketContext, Map<string, OpeningOffsets>>();

/** Every input of {@link solveOpeningOffset} besides the market and the per-leg fills. */
function offsetKey(s: RulesInput['settings'], layer: CondorLayerView): string {
  const legs = layer.liveLegs.map(({ leg, contracts }) => `${leg.instrument}:${leg.right ?? ''}:${leg.strikeHundredths ?? ''}:${leg.expiration ?? ''}:${contracts}`).join(',');
  const smile = `${s.riskFreeRatePct}|${s.dividendYieldPct}|${s.smileRho}|${s.smileEta}|${s.smileGamma}|${s.vixLongRunMean}|${s.vixReversionPerYear}`;
  return `${layer.openedOn}|${layer.openQuantity}|${layer.creditHundredths}|${smile}|${legs}`;
}

type LegFills = ReturnType<typeof openingLegFills>;

function solveOpeningOffset(input: RulesInput, market: MarketContext, layer: CondorLayerView, fills: LegFills): OpeningOffsets {
  const none = { volOffset: 0 };
  const { settings } = input;
  const s = lastIndexOnOrBefore(market.spx.dates, layer.openedOn);
  const v = lastIndexOnOrBefore(market.vix.dates, layer.openedOn);
  if (s < 0 || v < 0 || layer.openQuantity === 0) return none;
  const legs = weightedLegs(layer);
  if (legs === null || legs.length === 0) return none;
  const surface = surfaceFor(market.spx.closes[s] ?? 0, market.vix.closes[v] ?? 0, settings);
  const volOffset = solveVolOffset(surface, legs, layer.openedOn, hundredthsToPoints(layer.creditHundredths)).volOffset;
  const legVolOffsets = fills ? new Map(solveLegAnchors(surface, fills, layer.openedOn).map((a) => [a.legId, a.volOffset])) : undefined;
  return { volOffset, legVolOffsets };
}

/** The layer's live legs weighted per unit, or null when one is not an SPX option alive after the opening. */
function weightedLegs(layer: CondorLayerView): WeightedLeg[] | null {
  const legs: WeightedLeg[] = [];
  for (const { leg, contracts } of layer.liveLegs) {
    if (leg.instrument !== 'option' || leg.right === null || leg.strikeHundredths === null || leg.expiration === null || leg.expiration <= layer.openedOn) return null;
    legs.push({ kind: leg.right, strike: hundredthsToPoints(leg.strikeHundredths), expiration: leg.expiration, weight: contracts / layer.openQuantity });
  }
  return legs;
}

/** The prepared closes as a settlement feed: a CLOSE of the exact day, never an OPEN (not prepared). */
function closesAsSettlement(market: MarketContext): SettlementPriceFn {
  return (symbol, date, kind) => {
    if (kind !== 'close') return null;
    const series = symbol === 'SPX' ? market.spx : market.vix;
    const i = lastIndexOnOrBefore(series.dates, date);
    return i >= 0 && series.dates[i] === date ? (series.closes[i] ?? null) : null;
  };
}

/** Builds the shared context for one evaluation date. */
export function buildContext(input: RulesInput, marketContext: MarketContext): RuleContext {
  const { asOf, settings } = input;
  const market = snapshotAt(marketContext, settings, asOf);
  const pricing = market.spx.ok && market.vix.ok ? pricingEnv(asOf, market.spx.value, market.vix.value, settings, input.spxSurface) : null;
  const missing = [...(market.spx.ok ? [] : ['an SPX close']), ...(market.vix.ok ? [] : ['a VIX close'])];
  const pricingMissing = missing.length === 0 ? '' : `needs ${missing.join(' and ')} on or before ${asOf}`;
  const costs = new Map<number, CloseCost>();
  return {
    input,
    settings,
    asOf,
    market,
    portfolio: portfolioAsOf(input.layers, asOf, settings),
    events: eventWindow(asOf, input.events, settings),
    pricing,
    pricingMissing,
    settlementPrice: input.settlementPrice ?? closesAsSettlement(marketContext),
    closeCost: (layer) => {
      const cached = costs.get(layer.id);
      if (cached) return cached;
      const cost = closeCostOf(input, marketContext, pricing, pricingMissing, layer);
      costs.set(layer.id, cost);
      return cost;
    },
  };
}

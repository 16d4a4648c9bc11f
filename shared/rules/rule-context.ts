/**
 * What every rule reads, computed once per evaluation: the market snapshot, the portfolio
 * as of the date, the event window, the pricing environment and each layer's cost to close.
 */
import type { PortfolioSettings, RuleId } from '../domain/settings';
import { eventWindow, type EventWindow } from './event-window';
import type { MarketContext } from './market-context';
import { snapshotAt, type MarketSnapshot } from './market-snapshot';
import { portfolioAsOf, type CondorLayerView, type PortfolioView } from './portfolio-view';
import { modelCostToClose, pricingEnv, type PricingEnv } from './pricing';
import type { Prompt, RulesInput } from './types';

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
 * The latest mark dated on or before asOf and not before the layer's last ticket (a mark
 * taken before an adjustment prices a different structure), else the model value.
 */
function closeCostOf(input: RulesInput, pricing: PricingEnv | null, pricingMissing: string, layer: CondorLayerView): CloseCost {
  let best: { date: string; priceHundredths: number } | null = null;
  for (const mark of input.marks) {
    if (mark.layerId !== layer.id || mark.date > input.asOf || mark.date < layer.lastTicketDate) continue;
    // Same-day duplicates: take the higher cost to close (the conservative reading, independent of input order).
    if (best === null || mark.date > best.date || (mark.date === best.date && mark.priceHundredths > best.priceHundredths)) best = mark;
  }
  if (best !== null) return { ok: true, priceHundredths: best.priceHundredths, source: 'mark', markDate: best.date };
  if (pricing === null) return { ok: false, message: `layer #${layer.id} has no mark on or after ${layer.lastTicketDate} and the model ${pricingMissing}` };
  const cost = modelCostToClose(pricing, layer);
  if (cost === null) return { ok: false, message: `layer #${layer.id} has no mark and a leg the SPX model cannot value` };
  return { ok: true, priceHundredths: Math.round(cost * 100), source: 'model', markDate: null };
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
    closeCost: (layer) => {
      const cached = costs.get(layer.id);
      if (cached) return cached;
      const cost = closeCostOf(input, pricing, pricingMissing, layer);
      costs.set(layer.id, cost);
      return cost;
    },
  };
}

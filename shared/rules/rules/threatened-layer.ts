/**
 * `threatened-layer`: an open condor layer whose short put or short call has a model |delta|
 * strictly above threatenedShortDelta (0.30) → a standing warning on that layer. `tighten` only
 * ever targets the newest layer, so an older layer the market has moved against would otherwise
 * lose its warning as soon as a newer layer opens; this rule looks at every open layer, whatever
 * `tighten` targets. Delta: Black–Scholes–Merton on the date's SPX smile (σ(K, T) pinned to the
 * VIX close), the same figure the `tighten` prompt quotes for the current shorts. No trade is
 * suggested (the backtest acts on nothing here); the trader exits, adjusts or dismisses.
 */
import { layerLabel, num, numVs, points } from '../format';
import { newestCondor, type CondorLayerView } from '../portfolio-view';
import { valueOption, yearsTo, type PricingEnv } from '../pricing';
import type { PromptDraft, RuleContext, RuleDefinition } from '../rule-context';

/** Model |delta| of a layer's short put and short call, or null without a condor shape. */
export function shortDeltas(env: PricingEnv, layer: CondorLayerView): { put: number; call: number } | null {
  if (layer.strikes === null || layer.expiration === null) return null;
  const years = yearsTo(env, layer.expiration);
  return {
    put: Math.abs(valueOption(env, 'put', layer.strikes.putShort / 100, years).delta),
    call: Math.abs(valueOption(env, 'call', layer.strikes.callShort / 100, years).delta),
  };
}

function threatPrompt(ctx: RuleContext, env: PricingEnv, layer: CondorLayerView, newestId: number | null): PromptDraft | null {
  const deltas = shortDeltas(env, layer);
  const s = layer.strikes;
  if (deltas === null || s === null) return null;
  const limit = ctx.settings.threatenedShortDelta;
  const sides: string[] = [];
  if (deltas.put > limit) sides.push(`the short put ${points(s.putShort)} is at Δ ${numVs(deltas.put, limit)} > ${num(limit)}`);
  if (deltas.call > limit) sides.push(`the short call ${points(s.callShort)} is at Δ ${numVs(deltas.call, limit)} > ${num(limit)}`);
  if (sides.length === 0) return null;
  const target = newestId === layer.id
    ? 'It is the newest layer: tighten (when VIX RSI is above its threshold) moves its shorts.'
    : `tighten only moves the newest layer #${newestId ?? '—'}, not this one: exit or adjust it yourself.`;
  const worst = deltas.put >= deltas.call ? 'put' : 'call';
  return {
    subject: `layer-${layer.id}`,
    severity: 'warning',
    title: `Layer #${layer.id} threatened: short ${worst} Δ ${numVs(Math.max(deltas.put, deltas.call), limit)} > ${num(limit)}`,
    explanation: `${layerLabel(layer)}: ${sides.join(' and ')} (SPX ${points(Math.round(env.spot * 100))}, VIX ${num(env.vix)}, delta on the SPX smile). ${target}`,
    inputs: {
      layerId: layer.id,
      shortPutHundredths: s.putShort,
      shortPutDelta: deltas.put,
      shortCallHundredths: s.callShort,
      shortCallDelta: deltas.call,
      threatenedShortDelta: limit,
      spx: env.spot,
      vix: env.vix,
      tightenTargetLayerId: newestId,
    },
    suggestion: null,
    layerId: layer.id,
  };
}

/** `threatened-layer`: Fires per open condor layer with a short strike above the delta limit; a warning, no trade. */
export const threatenedLayerRule: RuleDefinition = {
  id: 'threatened-layer',
  evaluate(ctx) {
    const { condors } = ctx.portfolio;
    if (condors.length === 0) return { prompts: [], unavailable: [] };
    const env = ctx.pricing;
    if (env === null) return { prompts: [], unavailable: [`short-strike deltas: the model ${ctx.pricingMissing}`] };
    const newestId = newestCondor(ctx.portfolio)?.id ?? null;
    const prompts: PromptDraft[] = [];
    for (const layer of condors) {
      const prompt = threatPrompt(ctx, env, layer, newestId);
      if (prompt !== null) prompts.push(prompt);
    }
    return { prompts, unavailable: [] };
  },
};

/**
 * `tighten`: VIX RSI(rsiPeriod) > rsiThreshold (strictly) and at least one open condor layer
 * → tighten the newest layer's short strikes (concrete strikes, see tighten-proposal.ts);
 * the next layer's proposals already use the current VIX.
 */
import { condorText, num, numVs, points } from '../format';
import { newestCondor } from '../portfolio-view';
import type { RuleDefinition } from '../rule-context';
import { tightenProposal } from '../tighten-proposal';
import { tightenMoves } from '../tighten-wording';

/** `tighten`: Fires on VIX RSI above the threshold with a condor open; suggests new short strikes for the newest layer. */
export const tightenRule: RuleDefinition = {
  id: 'tighten',
  evaluate(ctx) {
    const { settings, market, pricing } = ctx;
    const newest = newestCondor(ctx.portfolio);
    if (newest === null) return { prompts: [], unavailable: [] };
    const rsi = market.vixRsi;
    if (!rsi.ok) return { prompts: [], unavailable: [rsi.message] };
    if (!(rsi.value > settings.rsiThreshold)) return { prompts: [], unavailable: [] };

    const suggestion = pricing === null ? null : tightenProposal(pricing, newest, settings.targetShortDelta);
    const rsiText = `VIX RSI(${settings.rsiPeriod}) ${numVs(rsi.value, settings.rsiThreshold)} > ${num(settings.rsiThreshold)} on ${rsi.date}`;
    let detail: string;
    if (suggestion === null) detail = pricing === null ? `Strikes cannot be proposed: the model ${ctx.pricingMissing}.` : `Layer #${newest.id} is not a plain iron condor; no strikes proposed.`;
    else if (!suggestion.changed) detail = `Its shorts ${points(suggestion.currentStrikes.putShort)}/${points(suggestion.currentStrikes.callShort)} are already at or beyond Δ ${num(settings.targetShortDelta)} at VIX ${num(pricing?.vix ?? 0)} (Δ ${num(suggestion.currentShortPutDelta)}/${num(suggestion.currentShortCallDelta)}): no change; apply the tighter reading to the next layer.`;
    else detail = `${tightenMoves(suggestion, settings.targetShortDelta, pricing?.vix ?? 0)} Result: ${condorText(suggestion.proposedStrikes)}.`;
    return {
      prompts: [{
        subject: `layer-${newest.id}`,
        severity: 'warning',
        title: `Tighten layer #${newest.id}: VIX RSI ${num(rsi.value, 1)}`,
        explanation: `${rsiText}: tighten the short strikes of the newest ${newest.role} layer #${newest.id} (exp ${newest.expiration ?? '—'}). ${detail}`,
        inputs: {
          vixRsi: rsi.value,
          rsiPeriod: settings.rsiPeriod,
          rsiThreshold: settings.rsiThreshold,
          rsiDate: rsi.date,
          vix: market.vix.ok ? market.vix.value : null,
          spx: market.spx.ok ? market.spx.value : null,
          targetShortDelta: settings.targetShortDelta,
          layerId: newest.id,
        },
        suggestion,
        layerId: newest.id,
      }],
      unavailable: [],
    };
  },
};

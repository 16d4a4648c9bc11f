/** `base-layer`: no open condor layer → open a ~baseDte condor sized at the first slot. */
import { baseWingHundredths, openCondorForSlot } from '../condor-proposal';
import { condorText, dollars, num, price } from '../format';
import type { RuleDefinition } from '../rule-context';
import { pctOfCents } from '../sizing';

/** `base-layer`: Fires when no condor layer is open; suggests the first slot's condor. */
export const baseLayerRule: RuleDefinition = {
  id: 'base-layer',
  evaluate(ctx) {
    if (ctx.portfolio.condors.length > 0) return { prompts: [], unavailable: [] };
    const { settings, asOf, pricing } = ctx;
    const slotPct = settings.allocationPct[0] ?? 0;
    const budgetCents = pctOfCents(slotPct, ctx.input.riskCapitalCents);
    const suggestion = pricing === null ? null : openCondorForSlot(pricing, settings, ctx.input.riskCapitalCents, 'base', 0, settings.baseDte, baseWingHundredths(settings, pricing.spot));
    const proposal = suggestion === null
      ? `Strikes cannot be proposed: the model ${ctx.pricingMissing}.`
      : `Proposed: ${suggestion.quantity} × ${condorText(suggestion.strikes)} exp ${suggestion.expiration} (${suggestion.dte} DTE, short Δ ${num(suggestion.shortPutDelta)}/${num(suggestion.shortCallDelta)} at VIX ${num(pricing?.vix ?? 0)}), est. credit ${price(suggestion.creditHundredths)}, max loss ${dollars(suggestion.maxLossPerContractCents)} per contract.`;
    return {
      prompts: [{
        subject: 'portfolio',
        severity: 'info',
        title: 'Open a base layer',
        explanation: `No open condor layer on ${asOf}: open a ~${settings.baseDte} DTE iron condor sized at ${num(slotPct)}% of risk capital (${dollars(budgetCents)}). ${proposal}`,
        inputs: {
          openCondorLayers: 0,
          baseDte: settings.baseDte,
          slotPct,
          riskCapitalCents: ctx.input.riskCapitalCents,
          budgetCents,
          spx: ctx.market.spx.ok ? ctx.market.spx.value : null,
          vix: ctx.market.vix.ok ? ctx.market.vix.value : null,
          targetShortDelta: settings.targetShortDelta,
          wingWidthPoints: settings.wingWidthPoints,
          wingWidthPctOfSpot: settings.wingWidthPctOfSpot,
        },
        suggestion,
        layerId: null,
      }],
      unavailable: suggestion === null ? [`strikes for the base layer ${ctx.pricingMissing}`] : [],
    };
  },
};

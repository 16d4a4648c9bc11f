/**
 * `add-layer`: the newest open condor layer is addLayerMinAgeDays–addLayerMaxAgeDays calendar
 * days old (inclusive), fewer than maxCondorLayers are open, no guarded event is in the
 * window, and the MACD filter passes → a ~nextLayerDte condor with wings wingMultiplier ×
 * the newest layer's wider wing, sized at the next slot of the allocation schedule.
 */
import { baseWingHundredths, openCondorForSlot } from '../condor-proposal';
import { condorText, dollars, num, points, price } from '../format';
import { macdFilter } from '../macd-filter';
import { newestCondor } from '../portfolio-view';
import type { PortfolioSettings } from '../../domain/settings';
import type { RuleDefinition } from '../rule-context';

/**
 * The newest layer's wider wing, hundredths; when it has none, the base wing at today's spot
 * (settings.wingWidthPoints without pricing).
 */
function previousWingHundredths(
  newest: { widerWingHundredths: number | null },
  settings: PortfolioSettings,
  pricing: { spot: number } | null,
): number {
  return newest.widerWingHundredths ?? (pricing === null ? settings.wingWidthPoints * 100 : baseWingHundredths(settings, pricing.spot));
}

/** `add-layer`: Fires when the newest layer is in the add window and timing allows; suggests the next slot's condor. */
export const addLayerRule: RuleDefinition = {
  id: 'add-layer',
  evaluate(ctx) {
    const none = { prompts: [], unavailable: [] };
    const { settings, portfolio, pricing } = ctx;
    const newest = newestCondor(portfolio);
    const count = portfolio.condors.length;
    if (newest === null || count >= settings.maxCondorLayers) return none;
    if (newest.ageDays < settings.addLayerMinAgeDays || newest.ageDays > settings.addLayerMaxAgeDays) return none;
    if (ctx.events.events.length > 0) return none;
    const filter = macdFilter(ctx.market, settings);
    if (!filter.ok) return { prompts: [], unavailable: [filter.message] };
    if (!filter.passes) return none;

    const previousWing = previousWingHundredths(newest, settings, pricing);
    const wing = previousWing * settings.wingMultiplier;
    const slotPct = settings.allocationPct[count] ?? 0;
    const suggestion = pricing === null ? null : openCondorForSlot(pricing, settings, ctx.input.riskCapitalCents, 'time-shift', count, settings.nextLayerDte, wing);
    const sizing = slotPct > 0 ? `${num(slotPct)}% of risk capital (slot ${count + 1})` : `no slot ${count + 1} in the allocation schedule (0 contracts)`;
    const proposal = suggestion === null
      ? `Strikes cannot be proposed: the model ${ctx.pricingMissing}.`
      : `Proposed: ${suggestion.quantity} × ${condorText(suggestion.strikes)} exp ${suggestion.expiration} (${suggestion.dte} DTE), est. credit ${price(suggestion.creditHundredths)}, max loss ${dollars(suggestion.maxLossPerContractCents)} per contract.`;
    return {
      prompts: [{
        subject: `after-layer-${newest.id}`,
        severity: 'info',
        title: `Add layer ${count + 1}`,
        explanation:
          `The newest layer #${newest.id} is ${newest.ageDays} days old (${settings.addLayerMinAgeDays}–${settings.addLayerMaxAgeDays}), ${count} of ${settings.maxCondorLayers} condor layers are open, ` +
          `no ${settings.guardedEventKinds.join('/')} event through ${ctx.events.end}, ${filter.detail}. ` +
          `Add a ~${settings.nextLayerDte} DTE condor with wings ${num(settings.wingMultiplier)} × ${points(previousWing)} sized at ${sizing}. ${proposal}`,
        inputs: {
          newestLayerId: newest.id,
          newestLayerAgeDays: newest.ageDays,
          openCondorLayers: count,
          maxCondorLayers: settings.maxCondorLayers,
          eventWindowEnd: ctx.events.end,
          macdFilter: settings.macdFilter,
          macdHistogram: filter.histogram,
          previousWingHundredths: previousWing,
          wingMultiplier: settings.wingMultiplier,
          slotPct,
          nextLayerDte: settings.nextLayerDte,
        },
        suggestion,
        layerId: null,
      }],
      unavailable: suggestion === null ? [`strikes for the next layer ${ctx.pricingMissing}`] : [],
    };
  },
};

/**
 * `roll`: a condor layer has captured ≥ rollPctMaxProfit % of its max profit, where
 * % captured = (credit − cost to close now) / credit, the cost from the latest mark on or
 * before asOf, else the model value → close it and reopen further out (same role's DTE:
 * baseDte for a base layer, nextLayerDte otherwise; same wing and size). One prompt per
 * layer, shortest-dated first.
 */
import { baseWingHundredths, proposeCondor } from '../condor-proposal';
import { condorText, layerLabel, num, numVs, price } from '../format';
import type { CondorLayerView } from '../portfolio-view';
import type { PromptDraft, RuleDefinition } from '../rule-context';

function byExpiration(a: CondorLayerView, b: CondorLayerView): number {
  const ea = a.expiration ?? '9999-12-31';
  const eb = b.expiration ?? '9999-12-31';
  return ea < eb ? -1 : ea > eb ? 1 : a.id - b.id;
}

/** `roll`: Fires per layer at the profit-capture threshold; suggests closing and reopening further out. */
export const rollRule: RuleDefinition = {
  id: 'roll',
  evaluate(ctx) {
    const { settings, pricing } = ctx;
    const prompts: PromptDraft[] = [];
    const unavailable: string[] = [];
    const due: { layer: CondorLayerView; pct: number; cost: number; source: 'mark' | 'model'; markDate: string | null }[] = [];
    for (const layer of [...ctx.portfolio.condors].sort(byExpiration)) {
      if (!(layer.creditHundredths > 0)) continue;
      const cost = ctx.closeCost(layer);
      if (!cost.ok) {
        unavailable.push(cost.message);
        continue;
      }
      const pct = (100 * (layer.creditHundredths - cost.priceHundredths)) / layer.creditHundredths;
      if (pct >= settings.rollPctMaxProfit) due.push({ layer, pct, cost: cost.priceHundredths, source: cost.source, markDate: cost.markDate });
    }
    due.forEach(({ layer, pct, cost, source, markDate }, index) => {
      const dte = layer.role === 'base' ? settings.baseDte : settings.nextLayerDte;
      // Wings scale with spot: a rolled base layer takes today's base wing, a later layer that × wingMultiplier.
      const wing = pricing === null ? 0 : baseWingHundredths(settings, pricing.spot) * (layer.role === 'base' ? 1 : settings.wingMultiplier);
      const proposal = pricing === null ? null : proposeCondor(pricing, settings, dte, wing);
      const open = proposal === null ? null : { ...proposal, kind: 'open-condor' as const, role: layer.role, slotIndex: null, slotPct: null, budgetCents: null, quantity: layer.openQuantity };
      const costText = source === 'mark' ? `mark of ${markDate ?? ''}` : 'model value';
      const reopen = open === null ? `The new condor cannot be proposed: the model ${ctx.pricingMissing}.` : `Reopen ${open.quantity} × ${condorText(open.strikes)} exp ${open.expiration} (${open.dte} DTE), est. credit ${price(open.creditHundredths)}.`;
      if (open === null) unavailable.push(`the new condor for layer #${layer.id} ${ctx.pricingMissing}`);
      prompts.push({
        subject: `layer-${layer.id}`,
        severity: 'warning',
        title: `Roll layer #${layer.id}: ${num(pct, 1)}% of max profit`,
        explanation:
          `${layerLabel(layer)} has captured ${numVs(pct, settings.rollPctMaxProfit)}% ≥ ${num(settings.rollPctMaxProfit)}% of its max profit: credit ${price(layer.creditHundredths)}, ` +
          `cost to close ${price(cost)} (${costText}). Close it and reopen further out${due.length > 1 ? ` (shortest-dated first: ${index + 1} of ${due.length})` : ''}. ${reopen}`,
        inputs: {
          layerId: layer.id,
          expiration: layer.expiration,
          creditHundredths: layer.creditHundredths,
          costToCloseHundredths: cost,
          costSource: source,
          markDate,
          // A fraction, as pctMaxProfit in the dashboard's JSON (0.625 = 62.5%); the text says percent.
          capturedShare: pct / 100,
          rollPctMaxProfit: settings.rollPctMaxProfit,
          order: index + 1,
        },
        suggestion: open === null ? null : { kind: 'roll', layerId: layer.id, closePriceHundredths: cost, closeSource: source, markDate, quantity: layer.openQuantity, open },
        layerId: layer.id,
      });
    });
    return { prompts, unavailable };
  },
};

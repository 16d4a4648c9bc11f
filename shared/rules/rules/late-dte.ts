/**
 * `late-dte`: an open condor layer whose earliest expiration is ≤ lateDte calendar days
 * after asOf (0 = expires today) → close or roll. A layer past expiration is not open: it gets
 * `book-expiration` instead, so no prompt shows a negative DTE.
 */
import { layerLabel, price } from '../format';
import type { CondorLayerView } from '../portfolio-view';
import type { PromptDraft, RuleDefinition } from '../rule-context';

/** `late-dte`: Fires per layer at or inside lateDte; suggests closing or rolling. */
export const lateDteRule: RuleDefinition = {
  id: 'late-dte',
  evaluate(ctx) {
    const late = ctx.portfolio.condors
      .filter((l): l is CondorLayerView & { dte: number } => l.dte !== null && l.dte <= ctx.settings.lateDte)
      .sort((a, b) => a.dte - b.dte || a.id - b.id);
    const prompts: PromptDraft[] = late.map((layer) => {
      const cost = ctx.closeCost(layer);
      const when = layer.dte === 0 ? 'expires today' : `is ${layer.dte} DTE`;
      return {
        subject: `layer-${layer.id}`,
        severity: 'warning',
        title: `Close or roll layer #${layer.id}: ${layer.dte} DTE`,
        explanation: `${layerLabel(layer)} ${when} (≤ ${ctx.settings.lateDte}): gamma risk grows into expiration; close or roll.${cost.ok ? ` Cost to close ${price(cost.priceHundredths)} (${cost.source === 'mark' ? `mark of ${cost.markDate ?? ''}` : 'model value'}).` : ''}`,
        inputs: { layerId: layer.id, expiration: layer.expiration, dte: layer.dte, lateDte: ctx.settings.lateDte, costToCloseHundredths: cost.ok ? cost.priceHundredths : null },
        suggestion: {
          kind: 'close-or-adjust',
          layerId: layer.id,
          reasons: ['late-dte'],
          closePriceHundredths: cost.ok ? cost.priceHundredths : null,
          closeSource: cost.ok ? cost.source : null,
          quantity: layer.openQuantity,
        },
        layerId: layer.id,
      };
    });
    return { prompts, unavailable: [] };
  },
};

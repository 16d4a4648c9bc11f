/**
 * `loyalty-trap`: a condor layer's open loss ≥ loyaltyLossMultiple × the credit received
 * (loss per unit = cost to close − credit), or the last SPX close is beyond one of its short
 * strikes (strictly below the short put or above the short call) → exit or adjust.
 */
import { layerLabel, num, points, price } from '../format';
import type { PromptDraft, RuleDefinition } from '../rule-context';
import type { CloseReason } from '../types';

/** `loyalty-trap`: Fires per layer on a loss multiple or a breached short strike; suggests exiting or adjusting. */
export const loyaltyTrapRule: RuleDefinition = {
  id: 'loyalty-trap',
  evaluate(ctx) {
    const { settings, market } = ctx;
    const prompts: PromptDraft[] = [];
    const unavailable: string[] = [];
    for (const layer of ctx.portfolio.condors) {
      const cost = ctx.closeCost(layer);
      const credit = layer.creditHundredths;
      const loss = cost.ok ? cost.priceHundredths - credit : null;
      const byLoss = loss !== null && credit > 0 && loss >= settings.loyaltyLossMultiple * credit;
      const s = layer.strikes;
      const spx = market.spx.ok ? Math.round(market.spx.value * 100) : null;
      const breachedPut = spx !== null && s !== null && spx < s.putShort;
      const breachedCall = spx !== null && s !== null && spx > s.callShort;
      if (!byLoss && !breachedPut && !breachedCall) {
        if (!cost.ok) unavailable.push(cost.message);
        if (!market.spx.ok && s !== null) unavailable.push(market.spx.message);
        continue;
      }
      const reasons: CloseReason[] = [...(byLoss ? (['loss-multiple'] as const) : []), ...(breachedPut || breachedCall ? (['short-strike-breached'] as const) : [])];
      const why: string[] = [];
      if (byLoss && loss !== null) why.push(`open loss ${price(loss)} ≥ ${num(settings.loyaltyLossMultiple)} × credit ${price(credit)} (cost to close ${price(loss + credit)}, ${cost.ok && cost.source === 'mark' ? `mark of ${cost.markDate ?? ''}` : 'model value'})`);
      if (s !== null && spx !== null && market.spx.ok) {
        if (breachedPut) why.push(`SPX ${points(spx)} on ${market.spx.date} is below the short put ${points(s.putShort)}`);
        if (breachedCall) why.push(`SPX ${points(spx)} on ${market.spx.date} is above the short call ${points(s.callShort)}`);
      }
      prompts.push({
        subject: `layer-${layer.id}`,
        severity: 'critical',
        title: `Exit or adjust layer #${layer.id}`,
        explanation: `${layerLabel(layer)}: ${why.join('; ')}. Exit or adjust rather than hold on.`,
        inputs: {
          layerId: layer.id,
          creditHundredths: credit,
          costToCloseHundredths: cost.ok ? cost.priceHundredths : null,
          openLossHundredths: loss,
          loyaltyLossMultiple: settings.loyaltyLossMultiple,
          spx: market.spx.ok ? market.spx.value : null,
          shortPutHundredths: s?.putShort ?? null,
          shortCallHundredths: s?.callShort ?? null,
        },
        suggestion: {
          kind: 'close-or-adjust',
          layerId: layer.id,
          reasons,
          closePriceHundredths: cost.ok ? cost.priceHundredths : null,
          closeSource: cost.ok ? cost.source : null,
          quantity: layer.openQuantity,
        },
        layerId: layer.id,
      });
    }
    return { prompts, unavailable };
  },
};

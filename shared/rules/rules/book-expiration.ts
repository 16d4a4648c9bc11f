/**
 * `book-expiration`: a layer past the expiration of every open leg, its settlement not booked
 * (ALVH.md "Time-true state") → book one `settle` ticket at the settlement value (an `expire`
 * ticket at 0 when every leg settles worthless). It replaces `roll` and `late-dte` for that layer:
 * those rules read only open layers, and an expired-unbooked layer is not open risk. The value per
 * leg comes from shared/domain/settlement.ts (SPXW at the SPX close of the day, AM monthlies at the
 * SPX open, VIX at the VIX open); when a price is missing the prompt asks for it.
 */
import { settleLegs, settlementValue } from '../../domain/settlement';
import { num, price } from '../format';
import type { PromptDraft, RuleDefinition } from '../rule-context';

export const bookExpirationRule: RuleDefinition = {
  id: 'book-expiration',
  evaluate(ctx) {
    const prompts: PromptDraft[] = ctx.portfolio.expired.map((layer) => {
      const openContracts = Object.fromEntries(layer.liveLegs.map((l) => [l.leg.id, l.contracts]));
      const legs = settleLegs(layer.liveLegs.map((l) => l.leg), openContracts, ctx.settlementPrice);
      const value = settlementValue(legs);
      const units = Math.max(1, layer.openQuantity);
      // Cost to settle one unit, + debit (a short condor in the money costs its intrinsic value).
      const perUnit = value === null ? null : Math.round((-value / (layer.multiplier * units)) * 100);
      const missing = legs.filter((l) => l.level === null).map((l) => `${l.source} of ${l.expiration}`);
      const legText = legs.map((l) => `leg ${l.legId} ${l.contracts > 0 ? '+' : ''}${l.contracts} at ${l.level === null ? '?' : num(l.level)} → ${l.valuePoints === null ? '?' : num(l.valuePoints)} pt`).join('; ');
      const explanation = perUnit === null
        ? `Layer #${layer.id} expired on ${layer.settledOn} with open legs, and no ${[...new Set(missing)].join(', ')} is stored: enter the settlement price to book it.`
        : `Layer #${layer.id} expired on ${layer.settledOn} with open legs (${legText}). Settlement ${perUnit === 0 ? 'is worthless' : `costs ${price(perUnit)} per unit`}; book it so the layer closes at its settlement value.`;
      return {
        subject: `layer-${layer.id}`,
        severity: 'warning',
        title: `Book the expiration of layer #${layer.id} (${layer.settledOn})`,
        explanation,
        inputs: {
          layerId: layer.id, expiration: layer.settledOn, settlePriceHundredths: perUnit,
          settlementValueCents: value === null ? null : Math.round(value * 100), quantity: layer.openQuantity,
        },
        suggestion: {
          kind: 'book-expiration',
          layerId: layer.id,
          date: layer.settledOn,
          action: perUnit === 0 ? 'expire' : 'settle',
          settlePriceHundredths: perUnit,
          quantity: layer.openQuantity,
          legs: legs.map((l) => ({ legId: l.legId, source: l.source, levelPoints: l.level, contracts: l.contracts, valuePoints: l.valuePoints })),
        },
        layerId: layer.id,
      };
    });
    return { prompts, unavailable: [] };
  },
};

/**
 * Booking an expiration: the settlement value of an expired layer's open legs becomes
 * one ticket, so the realised P&L equals the hand-worked settlement. Callers own the transaction.
 */
import type { ApiParsedInput } from '../../../shared/api/contract';
import { invalidField, type ApiError } from '../../../shared/api/errors';
import { layerAsOf, lastOpenExpiration } from '../../../shared/domain/layer-as-of';
import { settleLegs, settlementValue, type LegSettlement, type SettlementPriceFn } from '../../../shared/domain/settlement';
import type { LayerDetail } from '../../../shared/domain/types';
import type { BackendContext } from '../context';
import { storedSettlementPrice } from './book-state';
import { requireLayer } from './layer-service';
import { today } from '../context';

/** The `ticket/add` input that books the settlement, or a field error naming what is missing. */
export function expirationTicket(ctx: BackendContext, input: ApiParsedInput<'ticket/bookExpiration'>): ApiParsedInput<'ticket/add'> {
  const full = requireLayer(ctx, input.layerId);
  const settledOn = lastOpenExpiration(full.legs, full.openContracts);
  const now = layerAsOf(full, today(ctx));
  if (settledOn === null || now === null || now.status !== 'expired-unbooked') {
    throw notSettleable(full, now, settledOn);
  }
  const legs = settleLegs(full.legs, full.openContracts, settlementPrice(ctx, input.levels));
  const value = settlementValue(legs);
  const missing = legs.find((l) => l.level === null);
  if (value === null || missing) {
    throw missingLevel(missing, settledOn);
  }
  const perUnitHundredths = perUnitPrice(full, value);
  return {
    layerId: full.id, date: settledOn, action: perUnitHundredths === 0 ? 'expire' : 'settle', quantity: full.openQuantity,
    netPriceHundredths: perUnitHundredths, feesCents: input.feesCents,
    note: input.note || settlementNote(legs),
  };
}

/** Refusal for a layer that is not (yet) past the expiration of its open legs. */
function notSettleable(full: LayerDetail, now: LayerDetail | null, settledOn: string | null): ApiError {
  const expires = settledOn ? ` (expires ${settledOn})` : '';
  return invalidField('layerId', `layer ${full.id} is ${now?.status ?? full.status}${expires}; only a layer past the expiration of its open legs can be settled`);
}

/** Refusal naming the level to enter: the first leg without a settlement price (else SPX on `settledOn`). */
function missingLevel(missing: LegSettlement | undefined, settledOn: string): ApiError {
  return invalidField(
    `levels.${missing?.symbol ?? 'SPX'}`,
    `no ${missing?.source ?? 'settlement price'} is stored for ${missing?.expiration ?? settledOn}: enter the settlement level`,
  );
}

/** The default ticket note: each distinct settlement source with its level ("?" when absent). */
function settlementNote(legs: readonly LegSettlement[]): string {
  return `settlement: ${legs.map((l) => `${l.source} ${l.level ?? '?'}`).filter((t, i, all) => all.indexOf(t) === i).join(', ')}`;
}

/** The settlement price: the level the user entered (hundredths) for the symbol, else the stored one. */
function settlementPrice(ctx: BackendContext, levels: ApiParsedInput<'ticket/bookExpiration'>['levels']): SettlementPriceFn {
  const stored = storedSettlementPrice(ctx.db);
  return (symbol, date, kind) => {
    const given = levels[symbol];
    return given !== undefined ? given / 100 : stored(symbol, date, kind);
  };
}

/** Net price per unit, hundredths (+ credit): the holding's settlement value ÷ (multiplier × units). */
function perUnitPrice(layer: LayerDetail, valueDollars: number): number {
  const multiplier = layer.legs[0]?.multiplier ?? 100;
  return Math.round((valueDollars * 100) / (multiplier * Math.max(1, layer.openQuantity))) + 0;
}

/** A stored iron-condor layer built the way the ledger builds it, for valuation tests. */
import { summarizeLedger } from '../../domain/layer-ledger';
import type { LayerDetail, Leg, Ticket } from '../../domain/types';

let nextId = 1000;

export function condorLayer(opts: {
  openedOn: string; expiration: string; strikes: [number, number, number, number]; qty: number; creditHundredths: number; feesCents: number;
  /** Each leg's own fill (K1..K4), hundredths per contract, as an import stores it. */
  legPricesHundredths?: [number, number, number, number];
}): LayerDetail {
  const id = nextId++;
  const sides: [Leg['right'], Leg['side']][] = [['put', 'long'], ['put', 'short'], ['call', 'short'], ['call', 'long']];
  const legs: Leg[] = sides.map(([right, side], i) => ({ id: id * 10 + i, layerId: id, instrument: 'option', underlying: 'SPXW', symbol: null, right, side, strikeHundredths: Math.round((opts.strikes[i] ?? 0) * 100), expiration: opts.expiration, ratio: 1, multiplier: 100 }));
  const tickets: Ticket[] = [{
    id: id * 10, layerId: id, date: opts.openedOn, action: 'open', quantity: opts.qty, netPriceHundredths: opts.creditHundredths, multiplier: 100, feesCents: opts.feesCents,
    cashCents: opts.creditHundredths * 100 * opts.qty - opts.feesCents, note: '', legs: legs.map((leg, i) => {
      const quantity = (leg.side === 'long' ? 1 : -1) * opts.qty;
      const price = opts.legPricesHundredths?.[i];
      return price === undefined ? { legId: leg.id, quantity } : { legId: leg.id, quantity, priceHundredths: price };
    }),
  }];
  const s = summarizeLedger(legs, tickets);
  return {
    id, portfolioId: 1, role: 'base', status: 'open', openedOn: opts.openedOn, closedOn: null,
    expiration: s.expiration, dte: null, strikes: s.strikes, openedQuantity: s.openedQuantity, openQuantity: s.openQuantity,
    openPriceHundredths: s.openPriceHundredths,
    netCashCents: s.netCashCents, realizedPnlCents: s.realizedPnlCents, feesCents: s.feesCents, rolledFromId: null, rolledToId: null, notes: '', tags: [],
    legs, tickets, openContracts: s.openContracts, protectsLayerIds: [],
  };
}

/**
 * What "Performance over time" needs of one layer, in two parts:
 *  - `LedgerFacts`: everything its legs and tickets determine (realisations by date, ticket
 *    fees and cash, credit for % captured, the ledger summary). Deriving them walks the
 *    ledger, so the backend caches them per layer until its ledger changes.
 *  - the layer's own fields (role, tags, status, dates, roll links), read fresh each time.
 * `computePerformance` is `assemblePerformance` over `performanceLayer` of every layer, so a
 * cached and a from-scratch answer go through the same arithmetic.
 */
import { daysBetween } from '../dates';
import type { CondorStrikes, LayerDetail, LayerRole, LayerStatusOn } from '../domain/types';
import { layerRealizations, type Realization } from './realizations';
import { captured } from './trades';
import { centsToDollars } from '../money';

export interface LedgerFacts {
  /** Non-zero realisations, oldest first (`layerRealizations`). */
  realizations: Realization[];
  /** Each ticket's date and fees (integer cents), in the layer's ticket order. */
  ticketFees: { date: string; cents: number }[];
  /** Each ticket as XIRR input (dollars), in the layer's ticket order: premium net of nothing, fees separately. */
  cash: { date: string; premium: number; fees: number }[];
  /** Premium of the opening tickets and of every ticket, before fees, cents (% of max profit captured). */
  creditCents: number;
  netPremiumCents: number;
  strikes: CondorStrikes | null;
  openedQuantity: number;
  openPriceHundredths: number;
  /** The first leg's multiplier (100 without legs), as the margin uses it. */
  multiplier: number;
  realizedPnlCents: number;
  feesCents: number;
  /** % of max profit captured unless the layer is a hedge (`capturedAtClose` for its other roles). */
  capturedUnlessHedge: number | null;
  /** Calendar days from open to close; null while it has no close date. */
  daysHeld: number | null;
}

/** A layer's own fields that performance reads (not derived from its ledger). */
export interface LayerFields {
  id: number;
  role: LayerRole;
  tags: string[];
  status: LayerStatusOn;
  openedOn: string;
  closedOn: string | null;
  rolledFromId: number | null;
  rolledToId: number | null;
}

export type PerformanceLayer = LayerFields & LedgerFacts;

type LedgerSource = Pick<LayerDetail, 'id' | 'legs' | 'tickets' | 'strikes' | 'openedOn' | 'closedOn' | 'openedQuantity' | 'openPriceHundredths' | 'realizedPnlCents' | 'feesCents'>;

/** Derives a layer's ledger facts (the part worth caching). */
export function ledgerFacts(layer: LedgerSource): LedgerFacts {
  let creditCents = 0;
  let netPremiumCents = 0;
  const ticketFees: LedgerFacts['ticketFees'] = [];
  const cash: LedgerFacts['cash'] = [];
  for (const t of layer.tickets) {
    const premium = t.cashCents + t.feesCents;
    netPremiumCents += premium;
    if (t.action === 'open') creditCents += premium;
    ticketFees.push({ date: t.date, cents: t.feesCents });
    cash.push({ date: t.date, premium: premium / 100, fees: centsToDollars(t.feesCents) });
  }
  return {
    realizations: layerRealizations(layer),
    ticketFees,
    cash,
    creditCents,
    netPremiumCents,
    strikes: layer.strikes,
    openedQuantity: layer.openedQuantity,
    openPriceHundredths: layer.openPriceHundredths,
    multiplier: layer.legs[0]?.multiplier ?? 100,
    realizedPnlCents: layer.realizedPnlCents,
    feesCents: layer.feesCents,
    capturedUnlessHedge: captured({ role: 'base', strikes: layer.strikes, creditCents, netPremiumCents }),
    daysHeld: layer.closedOn === null ? null : daysBetween(layer.openedOn, layer.closedOn),
  };
}

/**
 * One layer as performance input. Written out field by field: objects built with spreads
 * end up in a slower shape, and the assembly reads these fields for every layer on each call
 * (it measured 20× slower over 2,500 layers).
 */
export function performanceLayerOf(f: LayerFields, x: LedgerFacts): PerformanceLayer {
  return {
    id: f.id, role: f.role, tags: f.tags, status: f.status, openedOn: f.openedOn, closedOn: f.closedOn, rolledFromId: f.rolledFromId, rolledToId: f.rolledToId,
    realizations: x.realizations, ticketFees: x.ticketFees, cash: x.cash, creditCents: x.creditCents, netPremiumCents: x.netPremiumCents, strikes: x.strikes,
    openedQuantity: x.openedQuantity, openPriceHundredths: x.openPriceHundredths, multiplier: x.multiplier, realizedPnlCents: x.realizedPnlCents,
    feesCents: x.feesCents, capturedUnlessHedge: x.capturedUnlessHedge, daysHeld: x.daysHeld,
  };
}

/** A loaded layer as performance input. */
export function performanceLayer(layer: LayerDetail): PerformanceLayer {
  return performanceLayerOf(layer, ledgerFacts(layer));
}

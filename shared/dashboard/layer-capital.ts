/**
 * Per-layer money figures the dashboard, IRR and WACC share: margin, max loss, cash flows
 * and funding. Margin of an iron condor = wider wing × multiplier × contracts opened
 * (less the credit when settings.marginCreditsPremium); other layers post no margin here
 * (a debit hedge is paid in full).
 */
import { fundMargin, type CapitalSource, type FundingShare, type LayerCashInput } from '../analytics';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { CondorStrikes, LayerDetail } from '../domain/types';
import type { LayerShape } from './types';


export function shapeOf(layer: LayerDetail): LayerShape {
  // The fields LayerShape names, copied one by one: a spread of a whole layer per call was costly garbage.
  return { role: layer.role, status: layer.status, openedOn: layer.openedOn, closedOn: layer.closedOn, strikes: layer.strikes, openedQuantity: layer.openedQuantity, openPriceHundredths: layer.openPriceHundredths, multiplier: layer.legs[0]?.multiplier ?? 100 };
}

export function condorWings(layer: { strikes: CondorStrikes | null }): { put: number; call: number } | null {
  const s = layer.strikes;
  return s ? { put: (s.putShort - s.putLong) / 100, call: (s.callLong - s.callShort) / 100 } : null;
}

/** Margin held while the layer is open, dollars. */
export function layerMargin(layer: LayerShape, settings: Pick<PortfolioSettings, 'marginCreditsPremium'>, quantity = layer.openedQuantity): number {
  const wings = condorWings(layer);
  if (!wings || layer.role === 'hedge') return 0;
  const credit = settings.marginCreditsPremium ? Math.max(0, layer.openPriceHundredths / 100) : 0;
  return Math.max(0, Math.max(wings.put, wings.call) - credit) * layer.multiplier * quantity;
}

/** (wider wing − credit) × multiplier × open contracts, dollars; null when not a condor. */
export function layerMaxLoss(layer: LayerDetail, quantity = layer.openQuantity): number | null {
  const wings = condorWings(layer);
  if (!wings) return null;
  const multiplier = layer.legs[0]?.multiplier ?? 100;
  return Math.max(0, Math.max(wings.put, wings.call) - layer.openPriceHundredths / 100) * multiplier * quantity;
}

/** An open layer as XIRR input (ALVH.md): margin posted, premiums, fees, and a terminal flow of margin + liquidation value. */
export function layerCashInput(layer: LayerDetail, settings: PortfolioSettings, liquidationValue: number): LayerCashInput {
  return {
    layerId: String(layer.id),
    openedOn: layer.openedOn,
    closedOn: layer.status === 'open' ? null : layer.closedOn,
    margin: layerMargin(shapeOf(layer), settings),
    tickets: layer.tickets.map((t) => ({ date: t.date, premium: (t.netPriceHundredths * t.multiplier * t.quantity) / 100, fees: t.feesCents / 100 })),
    liquidationValue: layer.status === 'open' ? liquidationValue : 0,
  };
}

/** Funding of the layer's margin by source (ALVH.md "WACC in options terms"), over the days it was held to asOf. */
export function layerFunding(layer: LayerShape, settings: PortfolioSettings, asOf: string): CapitalSource[] {
  const margin = layerMargin(layer, settings);
  const end = layer.status === 'open' || layer.closedOn === null || layer.closedOn > asOf ? asOf : layer.closedOn;
  const days = Math.max(0, daysBetween(layer.openedOn, end));
  if (margin === 0 || days === 0) return [];
  const credit = Math.max(0, (layer.openPriceHundredths / 100) * layer.multiplier * layer.openedQuantity);
  const recycled = settings.recyclePremium ? Math.min(1, credit / margin) : 0;
  const loan = Math.min(1 - recycled, settings.marginLoanSharePct / 100);
  const shares: FundingShare[] = [
    { label: 'recycled premium', share: recycled, rate: settings.recycledPremiumRatePct / 100 },
    { label: 'margin loan', share: loan, rate: settings.marginLoanRatePct / 100 },
    { label: 'own cash', share: Math.max(0, 1 - recycled - loan), rate: settings.ownCashRatePct / 100 },
  ];
  return fundMargin(margin, days, shares.filter((s) => s.share > 0));
}

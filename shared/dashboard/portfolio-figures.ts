/** Portfolio-level figures: the combined IRR and the use of each allocation slot. */
import { portfolioCashFlows, tryXirr, type CashFlow, type IrrResult, type LayerCashInput } from '../analytics';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail } from '../domain/types';
import { layerMargin, layerMaxLoss, shapeOf } from './layer-capital';
import type { SlotUse } from './types';

/** XIRR of the layers' flows as of the date and the closed history's (`historyFlows`: oldest first). */
export function portfolioIrr(inputs: readonly LayerCashInput[], historyFlows: readonly CashFlow[], asOf: string): IrrResult {
  if (inputs.length === 0 && historyFlows.length === 0) return { ok: false, reason: 'IRR undefined: no layers yet' };
  // The history is in day order: when its last flow is not after the date (the usual case) it is taken whole, not copied twice.
  const last = historyFlows[historyFlows.length - 1];
  const history = last === undefined || last.date <= asOf ? historyFlows : historyFlows.filter((f) => f.date <= asOf);
  const layerFlows: CashFlow[] = portfolioCashFlows(inputs, asOf);
  return tryXirr(layerFlows.concat(history));
}

/**
 * Open condor layers fill the allocation slots oldest first (the base layer takes slot 1);
 * each slot's use is the layer's risk per settings.riskBasis. Layers beyond the schedule get
 * no slot (the over-allocation rule reports them).
 */
export function slotUse(openCondors: readonly LayerDetail[], settings: PortfolioSettings, riskCapital: number): SlotUse[] {
  const ordered = [...openCondors].sort((a, b) => (a.openedOn === b.openedOn ? a.id - b.id : a.openedOn < b.openedOn ? -1 : 1));
  return settings.allocationPct.map((pct, i) => {
    const layer = ordered[i];
    const used = layer ? (settings.riskBasis === 'margin' ? layerMargin(shapeOf(layer), settings, layer.openQuantity) : (layerMaxLoss(layer) ?? 0)) : 0;
    return { slot: i + 1, pct, budgetDollars: (pct / 100) * riskCapital, usedDollars: used, layerId: layer?.id ?? null };
  });
}

/** One row of the dashboard's layers table: mark, % of max profit, P&L, IRR. */
import { layerCashFlows, tryXirr } from '../analytics';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Mark } from '../domain/types';
import { condorWings, layerCashInput, layerMargin, layerMaxLoss, shapeOf } from './layer-capital';
import type { DashboardLayerRow, LayerMark } from './types';

/**
 * The user's latest mark dated on or before asOf and not before the layer's last ticket
 * (an older mark priced a different position); otherwise the model's value. Points per unit,
 * + = debit to close.
 */
export function pickMark(layer: LayerDetail, marks: readonly Mark[], modelValueDollars: number, asOf: string): LayerMark | null {
  const lastTicket = layer.tickets[layer.tickets.length - 1]?.date ?? layer.openedOn;
  const user = marks.filter((m) => m.date <= asOf && m.date >= lastTicket).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  if (user) return { pricePoints: user.priceHundredths / 100, date: user.date, source: 'user' };
  if (layer.openQuantity === 0) return null;
  const perUnit = -modelValueDollars / ((layer.legs[0]?.multiplier ?? 100) * layer.openQuantity);
  return { pricePoints: Math.round(perUnit * 100) / 100, date: asOf, source: 'model' };
}

export function layerRow(layer: LayerDetail, mark: LayerMark | null, liquidation: number, settings: PortfolioSettings, asOf: string): DashboardLayerRow {
  const credit = layer.openPriceHundredths / 100;
  const realizedPnl = layer.realizedPnlCents / 100;
  const pnl = layer.netCashCents / 100 + liquidation;
  const flows = layerCashFlows(layerCashInput(layer, settings, liquidation), asOf);
  return {
    id: layer.id,
    role: layer.role,
    status: layer.status,
    openedOn: layer.openedOn,
    expiration: layer.expiration,
    dte: layer.status === 'open' && layer.expiration ? daysBetween(asOf, layer.expiration) : null,
    strikes: layer.strikes,
    wings: condorWings(layer),
    openQuantity: layer.openQuantity,
    creditPoints: credit,
    mark,
    pctMaxProfit: mark && credit > 0 ? (credit - mark.pricePoints) / credit : null,
    pnl,
    realizedPnl,
    openPnl: pnl - realizedPnl,
    margin: layerMargin(shapeOf(layer), settings),
    maxLoss: layerMaxLoss(layer),
    irr: tryXirr(flows),
    protectsLayerIds: layer.protectsLayerIds,
  };
}

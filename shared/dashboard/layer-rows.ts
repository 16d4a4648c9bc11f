/** One row of the dashboard's layers table: mark, % of max profit, P&L, IRR. */
import { layerCashFlows, tryXirr } from '../analytics';
import { daysBetween } from '../dates';
import type { PortfolioSettings } from '../domain/settings';
import type { LayerDetail, Mark } from '../domain/types';
import { condorWings, layerCashInput, layerMargin, layerMaxLoss, shapeOf } from './layer-capital';
import type { DashboardLayerRow, LayerMark, SettlementInfo, UserMarkAge } from './types';
import { centsToDollars, hundredthsToPoints } from '../money';

/**
 * The user's mark of the as-of date itself (a mark is the layer's price on its date, and only
 * then — a later date is priced by the model, never by a stale mark; ALVH.md "Time-true state"),
 * provided no ticket after it changed the position; otherwise the model's value. Points per
 * unit, + = debit to close.
 */
export function pickMark(layer: LayerDetail, marks: readonly Mark[], modelValueDollars: number, asOf: string): LayerMark | null {
  const lastTicket = layer.tickets[layer.tickets.length - 1]?.date ?? layer.openedOn;
  const user = marks.find((m) => m.date === asOf && m.date >= lastTicket);
  if (user) return { pricePoints: hundredthsToPoints(user.priceHundredths), date: user.date, source: 'user' };
  if (layer.openQuantity === 0) return null;
  const perUnit = -modelValueDollars / ((layer.legs[0]?.multiplier ?? 100) * layer.openQuantity);
  return { pricePoints: Math.round(perUnit * 100) / 100, date: asOf, source: 'model' };
}

/** The latest user mark dated on or before asOf, with its age in calendar days. */
export function lastUserMark(marks: readonly Mark[], asOf: string): UserMarkAge | null {
  let best: Mark | null = null;
  for (const m of marks) if (m.date <= asOf && (best === null || m.date > best.date)) best = m;
  return best === null ? null : { date: best.date, pricePoints: hundredthsToPoints(best.priceHundredths), ageDays: daysBetween(best.date, asOf) };
}

export interface RowExtras {
  lastUserMark: UserMarkAge | null;
  settlement: SettlementInfo | null;
}

/**
 * One row. An open layer holds margin on its open units and is valued at `liquidation` (mark or
 * model); an expired-unbooked one holds none and is valued at settlement (`liquidation` is then
 * the settlement value, 0 while a settlement price is missing).
 */
export function layerRow(
  layer: LayerDetail, mark: LayerMark | null, liquidation: number, settings: PortfolioSettings, asOf: string,
  extras: RowExtras = { lastUserMark: null, settlement: null },
): DashboardLayerRow {
  const credit = hundredthsToPoints(layer.openPriceHundredths);
  const realizedPnl = centsToDollars(layer.realizedPnlCents);
  const pnl = centsToDollars(layer.netCashCents) + liquidation;
  const open = layer.status === 'open';
  const flows = layerCashFlows(layerCashInput(layer, settings, liquidation, extras.settlement?.date ?? null), asOf);
  const closePoints = mark?.pricePoints ?? extras.settlement?.pricePoints ?? null;
  return {
    id: layer.id,
    role: layer.role,
    status: layer.status,
    openedOn: layer.openedOn,
    expiration: layer.expiration,
    dte: open ? layer.dte : null,
    strikes: layer.strikes,
    wings: condorWings(layer),
    openQuantity: layer.openQuantity,
    creditPoints: credit,
    mark,
    lastUserMark: extras.lastUserMark,
    settlement: extras.settlement,
    pctMaxProfit: closePoints !== null && credit > 0 ? (credit - closePoints) / credit : null,
    pnlDollars: pnl,
    realizedPnlDollars: realizedPnl,
    openPnlDollars: pnl - realizedPnl,
    marginDollars: open ? layerMargin(shapeOf(layer), settings, layer.openQuantity) : 0,
    maxLossDollars: open ? layerMaxLoss(layer) : null,
    irr: tryXirr(flows),
    protectsLayerIds: layer.protectsLayerIds,
  };
}

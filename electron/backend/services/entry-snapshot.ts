/**
 * Takes a layer's entry snapshot in the transaction that opens it: its own T+0 curve and
 * Greeks on the open date, priced by the same engine as the dashboard with the closes stored
 * on or before that date.
 */
import { addDays } from '../../../shared/dates';
import { computeDashboard, type DashboardData } from '../../../shared/dashboard';
import type { EntrySnapshot, LayerDetail } from '../../../shared/domain/types';
import type { BackendContext } from '../context';
import { findLayerSnapshot, saveLayerSnapshot, type SnapshotBody } from '../repos/layer-snapshots';
import { listBars } from '../repos/market';
import { findPortfolio } from '../repos/portfolios';

const SNAPSHOT_POINTS = 121;

export function takeEntrySnapshot(ctx: BackendContext, layer: LayerDetail): void {
  const portfolio = findPortfolio(ctx.db, layer.portfolioId);
  if (!portfolio) return;
  const date = layer.openedOn;
  let d: DashboardData;
  try {
    d = computeDashboard({
    riskCapitalCents: portfolio.riskCapitalCents, settings: portfolio.settings, layers: [layer], closedHistory: { layers: [], ticketCashByDay: [] }, marks: [],
    spx: listBars(ctx.db, 'SPX', addDays(date, -550), date), vix: listBars(ctx.db, 'VIX', addDays(date, -550), date),
    options: { asOf: date, volShiftPoints: 0, curveDate: null, scope: 'layer', layerId: layer.id, points: SNAPSHOT_POINTS },
    });
  } catch {
    // A structure the model cannot price gets no snapshot; the trade itself is still recorded.
    return;
  }
  const t0 = d.curves.find((c) => c.id === 't0');
  const snapshot: SnapshotBody = { grid: d.grid, pnl: t0?.pnlDollars ?? [], breakEvens: t0?.breakEvens ?? [], greeks: d.greeks };
  saveLayerSnapshot(ctx.db, layer.id, date, d.market.spx, d.market.vix, snapshot);
}

export function findEntrySnapshot(ctx: BackendContext, layerId: number): EntrySnapshot | null {
  return findLayerSnapshot(ctx.db, layerId);
}

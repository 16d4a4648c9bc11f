/**
 * Takes a layer's entry snapshot in the transaction that opens it: its own T+0 curve and
 * Greeks on the open date, priced by the same engine as the dashboard with the closes stored
 * on or before that date.
 */
import { addDays } from '../../../shared/dates';
import { computeDashboard, type DashboardData } from '../../../shared/dashboard';
import type { EntrySnapshot, LayerDetail } from '../../../shared/domain/types';
import type { BackendContext } from '../context';
import { sql } from '../db/statements';
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
  const snapshot: Omit<EntrySnapshot, 'layerId' | 'takenOn' | 'spx' | 'vix'> = { grid: d.grid, pnl: t0?.pnl ?? [], breakEvens: t0?.breakEvens ?? [], greeks: d.greeks };
  sql(ctx.db, 'INSERT OR REPLACE INTO layer_snapshots (layer_id, taken_on, spx_hundredths, vix_hundredths, snapshot_json) VALUES (?, ?, ?, ?, ?)')
    .run(layer.id, date, d.market.spx === null ? null : Math.round(d.market.spx * 100), d.market.vix === null ? null : Math.round(d.market.vix * 100), JSON.stringify(snapshot));
}

export function findEntrySnapshot(ctx: BackendContext, layerId: number): EntrySnapshot | null {
  const row = sql(ctx.db, 'SELECT taken_on, spx_hundredths, vix_hundredths, snapshot_json FROM layer_snapshots WHERE layer_id = ?').get(layerId) as
    { taken_on: string; spx_hundredths: number | null; vix_hundredths: number | null; snapshot_json: string } | undefined;
  if (!row) return null;
  const body = JSON.parse(row.snapshot_json) as Omit<EntrySnapshot, 'layerId' | 'takenOn' | 'spx' | 'vix'>;
  return { layerId, takenOn: row.taken_on, spx: row.spx_hundredths === null ? null : row.spx_hundredths / 100, vix: row.vix_hundredths === null ? null : row.vix_hundredths / 100, ...body };
}

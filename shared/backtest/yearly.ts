/**
 * The per-year table that explains a result (docs/backtest.md "Per year"): for each calendar year
 * of the run, equity at its start and end, P&L split into the VIX hedge's and the rest (the
 * condors, their fees included; the index for buy-and-hold), what hedges cost and paid back, all
 * fees, and the year's own max drawdown (peak reset to the equity the year began with).
 * Money in integer cents; hedge P&L = hedge fill cash in the year + change in the open hedges' mark.
 */
import type { DailyEquity } from './strategy-run';
import type { Fill, YearRow } from './types';

/** A year's row before any close of it is seen: equity flat at `startEquityCents`, every flow zero. */
function emptyRow(year: number, startEquityCents: number): YearRow {
  return {
    year, startEquityCents, endEquityCents: startEquityCents, pnlCents: 0, return: 0,
    condorPnlCents: 0, hedgePnlCents: 0, hedgeSpendCents: 0, hedgePayoutCents: 0, feesCents: 0, maxDrawdown: 0,
  };
}

/** Adds each fill's fees, and a hedge fill's cash (spend or payout), to the row of its year; fills of years without a row are skipped. */
function addFills(rows: ReadonlyMap<number, YearRow>, fills: readonly Fill[]): void {
  for (const fill of fills) {
    const target = rows.get(Number(fill.date.slice(0, 4)));
    if (target === undefined) continue;
    target.feesCents += fill.feesCents;
    if (fill.role !== 'hedge') continue;
    target.hedgePnlCents += fill.cashCents;
    if (fill.action === 'open') target.hedgeSpendCents -= fill.cashCents;
    else target.hedgePayoutCents += fill.cashCents;
  }
}

/** One row per calendar year the equity curve covers (none that begins after `ruinedOn`). */
export function yearTable(equity: readonly DailyEquity[], fills: readonly Fill[], startCents: number, ruinedOn: string | null): YearRow[] {
  const rows = new Map<number, YearRow>();
  let previousEquity = startCents;
  let previousHedge = 0;
  let peak = startCents;
  let row: YearRow | null = null;
  for (const p of equity) {
    const year = Number(p.date.slice(0, 4));
    if (row === null || row.year !== year) {
      if (ruinedOn !== null && p.date > ruinedOn) break;
      row = emptyRow(year, previousEquity);
      rows.set(year, row);
      peak = previousEquity;
    }
    const hedge = p.hedgeValueCents ?? 0;
    row.hedgePnlCents += hedge - previousHedge;
    row.endEquityCents = p.equityCents;
    peak = Math.max(peak, p.equityCents);
    if (peak > 0) row.maxDrawdown = Math.max(row.maxDrawdown, 1 - p.equityCents / peak);
    previousEquity = p.equityCents;
    previousHedge = hedge;
  }
  addFills(rows, fills);
  for (const r of rows.values()) {
    r.pnlCents = r.endEquityCents - r.startEquityCents;
    r.return = r.startEquityCents > 0 ? r.pnlCents / r.startEquityCents : 0;
    r.condorPnlCents = r.pnlCents - r.hedgePnlCents;
  }
  return [...rows.values()];
}

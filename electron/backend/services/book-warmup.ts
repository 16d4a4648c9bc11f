/**
 * The as-of book's per-layer state, derived ahead of the user (cache-warmup.ts runs it a slice at
 * a time after the journal opens): each layer's full ledger (book-state.ts `layerDetails`, kept per
 * layer revision) and its opening anchor — the vol offset solved on the opening day's smile
 * (shared/dashboard/layer-anchor.ts), a pure function of the opening ticket, its legs, that day's
 * closes and the smile settings, kept by exactly those inputs. Scrubbing the as-of date then
 * prices each date's open layers without calibrating a surface per layer opened on another day.
 * Nothing here changes a figure: a dashboard that finds nothing derived computes the same values.
 */
import type Database from 'better-sqlite3';
import { anchorLayer } from '../../../shared/dashboard/layer-anchor';
import { layerAsOf } from '../../../shared/domain/layer-as-of';
import { sql } from '../db/statements';
import { findPortfolio } from '../repos/portfolios';
import { listMarksOfLayers } from '../repos/journal';
import { layerDetails } from './book-state';
import { storedBars } from './market-cache';

/** Ids of a portfolio's layers, newest first (the dates a user looks at first). */
export function bookLayerIds(db: Database.Database, portfolioId: number): number[] {
  return sql(db, 'SELECT id FROM layers WHERE portfolio_id = ? ORDER BY opened_on DESC, id DESC').pluck().all(portfolioId) as number[];
}

/**
 * Reads these layers' ledgers into the per-layer cache and solves each one's opening anchor, and
 * the anchor at each of its user marks: on the mark's date the mark is the layer's latest price,
 * the entry every later date reuses until the next ticket or mark.
 */
export function warmBookLayers(db: Database.Database, portfolioId: number, ids: readonly number[]): void {
  const portfolio = findPortfolio(db, portfolioId);
  if (!portfolio) return;
  const spx = storedBars(db, 'SPX');
  const vix = storedBars(db, 'VIX');
  const marks = listMarksOfLayers(db, ids);
  for (const detail of layerDetails(db, ids)) {
    const opening = detail.tickets.find((t) => t.action === 'open') ?? detail.tickets[0];
    const state = opening ? layerAsOf(detail, opening.date) : null;
    // With no mark the anchor on the opening day is the opening ticket's: the entry every later date reuses.
    if (opening && state) anchorLayer(state, [], spx, vix, portfolio.settings, opening.date);
    const layerMarks = marks.filter((m) => m.layerId === detail.id);
    for (const mark of layerMarks) {
      const marked = layerAsOf(detail, mark.date);
      if (marked) anchorLayer(marked, layerMarks, spx, vix, portfolio.settings, mark.date);
    }
  }
}

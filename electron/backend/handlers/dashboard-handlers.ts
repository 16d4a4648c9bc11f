import type Database from 'better-sqlite3';
import { invalidField } from '../../../shared/api/errors';
import type { MarketBar } from '../../../shared/domain/types';
import { computeDashboard } from '../../../shared/dashboard';
import { listMarksOfLayers } from '../repos/journal';
import { addDays } from '../../../shared/dates';
import { derived } from '../db/derived-cache';
import { memoUntilWrite } from '../db/memo';
import { layerPortfolioId } from '../repos/layers';
import { activeLayersAsOf, storedSettlementPrice } from '../services/book-state';
import { barsBetween, storedBars } from '../services/market-cache';
import { cachedClosedLayerHistory } from '../services/closed-history-cache';
import { today } from '../context';
import type { HandlerMap } from './handler';
import { requirePortfolio } from '../services/portfolio-lookup';

/** The closed-history key that holds every closed layer (the digest picks those before each date). */
const ALL_CLOSED = '9999-12-31';

/** Calendar days of closes the dashboard reads: the 250-return beta window plus slack. */
const MARKET_LOOKBACK_DAYS = 550;

export const dashboardHandlers: HandlerMap<'dashboard/get'> = {
  'dashboard/get': ({ portfolioId, asOf, volShiftPoints, curveDate, scope, layerId, points }, ctx) => {
    const portfolio = requirePortfolio(ctx.db, portfolioId);
    if (layerId !== null && layerPortfolioId(ctx.db, layerId) !== portfolioId) throw invalidField('layerId', `layer ${layerId} is not in this portfolio`);
    const date = asOf ?? today(ctx);
    const options = { asOf: date, volShiftPoints, curveDate, scope, layerId, points };
    // Going back to a page, or back to a scenario already seen, repeats a read: until the next
    // write it is the same dashboard. After a write only the open layers are read again.
    return memoUntilWrite(ctx.db, `dashboard/${portfolioId}/${JSON.stringify(options)}`, () => {
      // Layers alive on the date, rebuilt from their tickets ≤ date; older ones only as cash for IRR and WACC.
      const layers = activeLayersAsOf(ctx.db, portfolioId, date);
      return computeDashboard({
        riskCapitalCents: portfolio.riskCapitalCents,
        settings: portfolio.settings,
        layers,
        // Every closed layer, kept across writes that cannot change it (see closed-history-cache);
        // the digest takes those closed before the date (history-digest.ts), so any date is cheap.
        closedHistory: cachedClosedLayerHistory(ctx.db, portfolioId, ALL_CLOSED),
        marks: listMarksOfLayers(ctx.db, layers.map((l) => l.id)),
        ...recentCloses(ctx.db, date),
        settlementPrice: storedSettlementPrice(ctx.db),
        options,
      });
    });
  },
};

/**
 * RV and the beta regression read about a year back; more history changes nothing. The same
 * arrays are handed out until the closes change, so the beta computed from them is kept too.
 */
function recentCloses(db: Database.Database, date: string): { spx: MarketBar[]; vix: MarketBar[] } {
  const from = addDays(date, -MARKET_LOOKBACK_DAYS);
  return derived(db, 'closes', date, ['market'], () => ({ spx: barsBetween(storedBars(db, 'SPX'), from, date), vix: barsBetween(storedBars(db, 'VIX'), from, date) }));
}

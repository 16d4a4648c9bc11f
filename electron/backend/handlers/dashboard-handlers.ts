import { invalidField } from '../../../shared/api/errors';
import { computeDashboard } from '../../../shared/dashboard';
import { listPortfolioMarks } from '../repos/journal';
import { addDays } from '../../../shared/dates';
import { layerPortfolioId, listLayersActiveOn } from '../repos/layers';
import { listBars } from '../repos/market';
import { cachedClosedLayerHistory } from '../services/closed-history-cache';
import { today } from '../services/layer-service';
import type { HandlerMap } from './handler';
import { requirePortfolio } from './portfolio-handlers';

/** Calendar days of closes the dashboard reads: the 250-return beta window plus slack. */
const MARKET_LOOKBACK_DAYS = 550;

export const dashboardHandlers: HandlerMap<'dashboard/get'> = {
  'dashboard/get': ({ portfolioId, asOf, volShiftPoints, curveDate, scope, layerId, points }, ctx) => {
    const portfolio = requirePortfolio(ctx.db, portfolioId);
    if (layerId !== null && layerPortfolioId(ctx.db, layerId) !== portfolioId) throw invalidField('layerId', `layer ${layerId} is not in this portfolio`);
    const date = asOf ?? today(ctx);
    return computeDashboard({
      riskCapitalCents: portfolio.riskCapitalCents,
      settings: portfolio.settings,
      // Layers still open on the date in full; older ones only as cash for IRR and WACC.
      layers: listLayersActiveOn(ctx.db, portfolioId, date, date),
      // Kept across writes that cannot change it (a ticket on an open layer): see closed-history-cache.
      closedHistory: cachedClosedLayerHistory(ctx.db, portfolioId, date),
      marks: listPortfolioMarks(ctx.db, portfolioId),
      // RV and the beta regression read about a year back; more history changes nothing.
      spx: listBars(ctx.db, 'SPX', addDays(date, -MARKET_LOOKBACK_DAYS), date),
      vix: listBars(ctx.db, 'VIX', addDays(date, -MARKET_LOOKBACK_DAYS), date),
      options: { asOf: date, volShiftPoints, curveDate, scope, layerId, points },
    });
  },
};

import { computePerformance } from '../../../shared/performance';
import { listDecisions } from '../repos/journal';
import { listLayers } from '../repos/layers';
import { today } from '../services/layer-service';
import type { HandlerMap } from './handler';
import { requirePortfolio } from './portfolio-handlers';

export const performanceHandlers: HandlerMap<'performance/get'> = {
  'performance/get': ({ portfolioId, from, to }, ctx) => {
    const portfolio = requirePortfolio(ctx.db, portfolioId);
    return computePerformance({
      // Every layer with its tickets: realisations replay each layer's whole ledger, then clip to the range.
      layers: listLayers(ctx.db, portfolioId, today(ctx)),
      decisions: listDecisions(ctx.db, portfolioId),
      from,
      to,
      riskCapitalCents: portfolio.riskCapitalCents,
      settings: portfolio.settings,
    });
  },
};

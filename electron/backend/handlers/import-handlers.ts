import { applyPlan, planForPortfolio } from '../services/tastytrade-import';
import type { HandlerMap } from './handler';
import { requirePortfolio } from '../services/portfolio-lookup';

/** Broker imports: a preview that writes nothing, and an apply that writes it all in the dispatcher's one transaction. */
export const importHandlers: HandlerMap<'import/tastytradePreview' | 'import/tastytradeApply'> = {
  'import/tastytradePreview': ({ portfolioId, csv, fileName }, ctx) => {
    requirePortfolio(ctx.db, portfolioId);
    return planForPortfolio(ctx, portfolioId, csv, fileName);
  },

  'import/tastytradeApply': ({ portfolioId, csv, fileName }, ctx) => {
    requirePortfolio(ctx.db, portfolioId);
    return applyPlan(ctx, portfolioId, planForPortfolio(ctx, portfolioId, csv, fileName));
  },
};

import { planForPortfolio } from '../services/tastytrade-import';
import type { HandlerMap } from './handler';
import { requirePortfolio } from '../services/portfolio-lookup';

/** Broker imports: the preview writes nothing; the apply is a task (tasks/import-tasks.ts) that commits in batches. */
export const importHandlers: HandlerMap<'import/tastytradePreview'> = {
  'import/tastytradePreview': ({ portfolioId, csv, fileName }, ctx) => {
    requirePortfolio(ctx.db, portfolioId);
    return planForPortfolio(ctx, portfolioId, csv, fileName);
  },
};

import { ApiError } from '../../../shared/api/errors';
import { crossFieldIssues } from '../../../shared/domain/settings';
import type { Portfolio } from '../../../shared/domain/types';
import type { BackendContext } from '../context';
import * as repo from '../repos/portfolios';
import { requirePortfolio } from '../services/portfolio-lookup';
import type { HandlerMap } from './handler';

export const portfolioHandlers: HandlerMap<'portfolio/list' | 'portfolio/get' | 'portfolio/create' | 'portfolio/update' | 'portfolio/delete'> = {
  'portfolio/list': (_input, { db }) => repo.listPortfolios(db),

  'portfolio/get': ({ portfolioId }, { db }) => requirePortfolio(db, portfolioId),

  'portfolio/create': ({ name, riskCapitalCents, settings }, ctx) => {
    assertNameFree(ctx, name, null);
    const id = repo.insertPortfolio(ctx.db, { name, riskCapitalCents, createdAt: ctx.now().toISOString() });
    if (settings) repo.writeSettings(ctx.db, id, settings);
    return checkedPortfolio(ctx, id);
  },

  'portfolio/update': ({ portfolioId, name, riskCapitalCents, settings }, ctx) => {
    requirePortfolio(ctx.db, portfolioId);
    if (name !== undefined) assertNameFree(ctx, name, portfolioId);
    repo.updatePortfolio(ctx.db, portfolioId, { name, riskCapitalCents });
    if (settings) repo.writeSettings(ctx.db, portfolioId, settings);
    return checkedPortfolio(ctx, portfolioId);
  },

  'portfolio/delete': ({ portfolioId }, { db }) => {
    requirePortfolio(db, portfolioId);
    repo.deletePortfolio(db, portfolioId);
    return { deleted: true };
  },
};

/** The saved portfolio, after the cross-field checks on its merged settings (the transaction rolls back on failure). */
function checkedPortfolio(ctx: BackendContext, id: number): Portfolio {
  const portfolio = requirePortfolio(ctx.db, id);
  const issues = crossFieldIssues(portfolio.settings);
  if (issues.length > 0) throw new ApiError('invalid_input', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
  return portfolio;
}

function assertNameFree(ctx: BackendContext, name: string, exceptId: number | null): void {
  const existing = repo.findPortfolioByName(ctx.db, name);
  if (existing && existing.id !== exceptId) throw new ApiError('conflict', `A portfolio named "${existing.name}" already exists`, [{ path: 'name', message: 'is already used' }]);
}

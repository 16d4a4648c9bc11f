import type Database from 'better-sqlite3';
import { computePerformance, type PerformanceResult } from '../../../shared/performance';
import { memoUntilWrite } from '../db/memo';
import { listDecisions } from '../repos/journal';
import { listLayers } from '../repos/layers';
import { today } from '../services/layer-service';
import type { HandlerMap } from './handler';
import { requirePortfolio } from './portfolio-handlers';

/** The straightforward computation: every layer with its tickets, every decision, then the pure derivation. */
export function computePortfolioPerformance(db: Database.Database, q: { portfolioId: number; from?: string | undefined; to?: string | undefined; asOf: string }): PerformanceResult {
  const portfolio = requirePortfolio(db, q.portfolioId);
  return computePerformance({
    // Every layer with its tickets: realisations walk each layer's whole ledger, then clip to the range.
    layers: listLayers(db, q.portfolioId, q.asOf),
    decisions: listDecisions(db, q.portfolioId),
    from: q.from,
    to: q.to,
    riskCapitalCents: portfolio.riskCapitalCents,
    settings: portfolio.settings,
  });
}

export const performanceHandlers: HandlerMap<'performance/get'> = {
  'performance/get': ({ portfolioId, from, to }, ctx) => {
    requirePortfolio(ctx.db, portfolioId);
    const asOf = today(ctx);
    // A ten-year journal takes a few hundred ms to derive; the answer only changes when the journal
    // does (any write moves total_changes), so repeat visits and range toggles back are free.
    // The result is handed out as is (IPC and HTTP serialise it; nothing mutates a handler's result).
    return memoUntilWrite(ctx.db, `performance/${portfolioId}/${from ?? ''}/${to ?? ''}/${asOf}`, () => computePortfolioPerformance(ctx.db, { portfolioId, from, to, asOf }));
  },
};

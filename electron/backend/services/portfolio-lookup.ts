import { notFound } from '../../../shared/api/errors';
import type { Portfolio } from '../../../shared/domain/types';
import type { BackendContext } from '../context';
import { findPortfolio } from '../repos/portfolios';

/** The portfolio with this id, or the API's not-found error naming it. */
export function requirePortfolio(db: BackendContext['db'], id: number): Portfolio {
  const portfolio = findPortfolio(db, id);
  if (!portfolio) throw notFound('Portfolio', id);
  return portfolio;
}

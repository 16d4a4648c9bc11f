import type { ApiInput } from '../../../../shared/api/contract';
import type { DashboardScope } from '../../../../shared/dashboard/types';

/** What the trader chose on the dashboard; the `dashboard/get` input is built from it. */
export interface DashboardQuery {
  asOf: string;
  volShiftPoints: number;
  curveDate: string | null;
  scope: DashboardScope;
  layerId: number | null;
}

/** SPX levels on the payoff grid: enough for smooth curves, cheap to recompute while dragging. */
export const GRID_POINTS = 400;

export function dashboardInput(portfolioId: number, q: DashboardQuery): ApiInput<'dashboard/get'> {
  const scope = q.scope === 'layer' && q.layerId === null ? 'all' : q.scope;
  return { portfolioId, asOf: q.asOf, volShiftPoints: q.volShiftPoints, curveDate: q.curveDate, scope, layerId: scope === 'layer' ? q.layerId : null, points: GRID_POINTS };
}

import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/errors';
import type { DashboardData } from '../../../../shared/dashboard/types';
import { api } from '../../api/transport';
import { toApiError } from '../../api/to-api-error';
import { dashboardInput, type DashboardQuery } from './dashboard-query';

export interface DashboardState {
  data: DashboardData | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

/**
 * `dashboard/get` for the query. Unlike useLoad it keeps the previous answer on screen while
 * a new one is computed, so dragging a what-if slider never blanks the chart; an answer that
 * arrives after the query moved on is dropped.
 */
export function useDashboardData(portfolioId: number, query: DashboardQuery): DashboardState {
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(dashboardInput(portfolioId, query));

  useEffect(() => {
    let current = true;
    setLoading(true);
    api.send('dashboard/get', dashboardInput(portfolioId, query)).then(
      (value) => { if (current) { setData(value); setError(null); setLoading(false); } },
      (caught: unknown) => { if (current) { setError(toApiError(caught)); setLoading(false); } },
    );
    return () => { current = false; };
    // `key` carries every input of the request.
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}

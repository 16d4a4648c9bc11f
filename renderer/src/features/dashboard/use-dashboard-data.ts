import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/api/errors';
import type { DashboardData } from '../../../../shared/dashboard/types';
import { api } from '../../api/transport';
import { CoalescedRequests, type CoalescedAnswer } from '../../api/coalesced-requests';
import { toApiError } from '../../api/to-api-error';
import { dashboardInput, type DashboardQuery } from './dashboard-query';

export interface DashboardState {
  data: DashboardData | null;
  error: ApiError | null;
  /** True until the answer to the latest query is on screen. */
  loading: boolean;
  /** Counts reloads (a trade, a mark or Refresh): what else the page reads can follow it. */
  revision: number;
  reload(): void;
}

type Input = ReturnType<typeof dashboardInput>;

/**
 * `dashboard/get` for the query, following a dragged slider (the as-of date, the vol shift) frame
 * by frame: one request in flight, the latest query waiting, the ones in between never sent
 * (api/coalesced-requests.ts). Unlike useLoad it keeps the previous answer on screen while the
 * next is computed, so the chart never blanks; answers arrive in request order, so an older date
 * never replaces a newer one. An error shows only when it answers the latest query.
 */
export function useDashboardData(portfolioId: number, query: DashboardQuery): DashboardState {
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const runner = useRef<CoalescedRequests<Input, DashboardData> | null>(null);
  const input = dashboardInput(portfolioId, query);
  const key = `${JSON.stringify(input)}#${generation}`;

  useEffect(() => {
    const onAnswer = (answer: CoalescedAnswer<DashboardData>) => {
      if (answer.ok) { setData(answer.value); setError(null); }
      else if (answer.latest) setError(toApiError(answer.error));
      if (answer.latest) setLoading(false);
    };
    const requests = new CoalescedRequests<Input, DashboardData>((i) => api.send('dashboard/get', i), onAnswer);
    runner.current = requests;
    return () => { requests.dispose(); runner.current = null; };
  }, []);

  useEffect(() => {
    setLoading(true);
    runner.current?.request(key, input);
    // `key` carries every input of the request (and the reload generation).
  }, [key]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, revision: generation, reload };
}

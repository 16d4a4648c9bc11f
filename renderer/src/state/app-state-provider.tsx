import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import type { AppInfo, Portfolio } from '../../../shared/domain/types';
import { toApiError } from '../api/to-api-error';
import { api } from '../api/transport';
import { AppStateContext, type AppState } from './app-state';

const SELECTED_KEY = 'alvh.portfolioId';

function rememberedId(): number | null {
  const stored = Number(window.localStorage.getItem(SELECTED_KEY));
  return Number.isInteger(stored) && stored > 0 ? stored : null;
}

function pick(portfolios: Portfolio[], wanted: number | null): number | null {
  if (wanted !== null && portfolios.some((p) => p.id === wanted)) return wanted;
  return portfolios[0]?.id ?? null;
}

export function AppStateProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [portfolios, setPortfolios] = useState<Portfolio[]>([]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [asOf, setAsOfState] = useState('');
  const [entryDate, setEntryDate] = useState('');

  const setAsOf = useCallback((date: string) => {
    setAsOfState(date);
    setEntryDate(date);
  }, []);

  const selectPortfolio = useCallback((id: number) => {
    window.localStorage.setItem(SELECTED_KEY, String(id));
    setSelectedId(id);
  }, []);

  const reloadPortfolios = useCallback(async (selectId?: number) => {
    const list = await api.send('portfolio/list', {});
    setPortfolios(list);
    setSelectedId((current) => {
      const next = pick(list, selectId ?? current ?? rememberedId());
      if (next !== null) window.localStorage.setItem(SELECTED_KEY, String(next));
      return next;
    });
  }, []);

  useEffect(() => {
    Promise.all([api.send('app/info', {}), reloadPortfolios()])
      .then(([appInfo]) => {
        setInfo(appInfo);
        setAsOf(appInfo.today);
      })
      .catch((error: unknown) => setLoadError(toApiError(error)))
      .finally(() => setLoading(false));
  }, [reloadPortfolios, setAsOf]);

  const value = useMemo<AppState>(() => ({
    info,
    portfolios,
    portfolio: portfolios.find((p) => p.id === selectedId) ?? null,
    loading,
    loadError,
    selectPortfolio,
    reloadPortfolios,
    asOf,
    setAsOf,
    entryDate,
    rememberEntryDate: setEntryDate,
  }), [info, portfolios, selectedId, loading, loadError, selectPortfolio, reloadPortfolios, asOf, setAsOf, entryDate]);

  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>;
}

import { createContext } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import type { AppInfo, Portfolio } from '../../../shared/domain/types';

/** What every part of the shell needs: the app's facts and the portfolio being worked on. */
export interface AppState {
  info: AppInfo | null;
  portfolios: Portfolio[];
  /** The selected portfolio; null until one exists. */
  portfolio: Portfolio | null;
  loading: boolean;
  loadError: ApiError | null;
  selectPortfolio(id: number): void;
  /** Re-reads the list after a create, edit or delete; selects `selectId` when given. */
  reloadPortfolios(selectId?: number): Promise<void>;
  /** The dashboard's as-of date (today until the trader picks another; '' before app info loads). */
  asOf: string;
  setAsOf(date: string): void;
  /**
   * The date new entries start at: the as-of date, then the date of the last entry saved, so a
   * batch of back-filled trades keeps its date until the trader changes it.
   */
  entryDate: string;
  rememberEntryDate(date: string): void;
}

export const AppStateContext = createContext<AppState | null>(null);

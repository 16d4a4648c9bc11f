/** Economic event kinds: their colour (chips and chart markers) and what each one is. */
import type { EventKind } from '../../../shared/domain/types';

export const EVENT_KIND_COLORS: Record<EventKind, string> = {
  FOMC: '#c0392b',
  CPI: '#d9731a',
  PPI: '#b8860b',
  GDP: '#1f8a8a',
  NFP: '#6a4fb3',
  custom: '#6b7785',
};

export const EVENT_KIND_NAMES: Record<EventKind, string> = {
  FOMC: 'FOMC rate decision',
  CPI: 'Consumer price index',
  PPI: 'Producer price index',
  GDP: 'Gross domestic product',
  NFP: 'Non-farm payrolls',
  custom: 'Custom event',
};

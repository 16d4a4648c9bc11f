import { ACTION_TITLES } from '../../../shared/journal/timeline-titles';
import type { Instrument, LayerRole, LayerStatusOn, TicketAction } from '../../../shared/domain/types';

export const ROLE_LABELS: Record<LayerRole, string> = {
  base: 'Base',
  'time-shift': 'Time-shift',
  adaptive: 'Adaptive',
  hedge: 'Hedge',
};

export const STATUS_LABELS: Record<LayerStatusOn, string> = {
  open: 'Open',
  closed: 'Closed',
  rolled: 'Rolled',
  expired: 'Expired',
  'expired-unbooked': 'Expired — not booked',
};

/** The same words the journal's timeline and reports use. */
export const ACTION_LABELS: Record<TicketAction, string> = ACTION_TITLES;

export const INSTRUMENT_LABELS: Record<Instrument, string> = {
  option: 'Option',
  future: 'Future',
  etf: 'ETF shares',
};

/**
 * The event guard's window: guarded events dated from asOf through the N-th trading day
 * after asOf, inclusive. An event on asOf itself counts (a CPI print this morning is still
 * ahead of a layer opened today); N = 0 guards asOf only.
 */
import { addTradingDays, tradingDaysBetween } from '../calendar';
import type { PortfolioSettings } from '../domain/settings';
import type { GuardedEvent, RulesEvent } from './types';

/** The guard window and the guarded events inside it. */
export interface EventWindow {
  /** Last date of the window (asOf + N trading days). */
  end: string;
  /** Guarded events in the window, by date, kind and note. */
  events: GuardedEvent[];
}

/** Guarded events (settings.guardedEventKinds) within settings.eventGuardTradingDays trading days of asOf. */
export function eventWindow(asOf: string, events: readonly RulesEvent[], settings: PortfolioSettings): EventWindow {
  const end = addTradingDays(asOf, settings.eventGuardTradingDays);
  const kinds = new Set<string>(settings.guardedEventKinds);
  const inWindow = events
    .filter((e) => kinds.has(e.kind) && e.date >= asOf && e.date <= end)
    .map((e) => ({ date: e.date, kind: e.kind, note: e.note, tradingDaysAway: tradingDaysBetween(asOf, e.date) }));
  const order = (e: GuardedEvent) => `${e.date}\u0000${e.kind}\u0000${e.note}`;
  inWindow.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { end, events: inWindow };
}

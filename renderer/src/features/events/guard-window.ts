/**
 * The event-guard window as the rules read it (docs/rules.md, `event-guard`): events whose
 * kind is guarded, dated from today through the N-th trading day after today, inclusive.
 * Pure, so the panel shows exactly what the rule will decide.
 */
import { addTradingDays, isTradingDay, nextTradingDay, tradingDaysBetween } from '../../../../shared/calendar';
import type { PortfolioSettings } from '../../../../shared/domain/settings';
import type { EconomicEvent } from '../../../../shared/domain/types';

export interface GuardDay {
  date: string;
  /** False for today when the exchange is closed. */
  trading: boolean;
  inWindow: boolean;
  /** Events on this day, or on closed days just before it (a Saturday event sits on Monday). */
  events: EconomicEvent[];
}

export interface GuardedEvent {
  event: EconomicEvent;
  /** Trading days from today (0 = today). */
  tradingDaysAway: number;
}

export interface GuardWindow {
  /** Last day of the window (today + N trading days). */
  end: string;
  days: GuardDay[];
  /** Guarded events inside the window, soonest first: the rule fires when there is any. */
  guarded: GuardedEvent[];
  /** First trading day after the last guarded event (when new layers are fine again), or null. */
  holdUntil: string | null;
}

type GuardSettings = Pick<PortfolioSettings, 'eventGuardTradingDays' | 'guardedEventKinds'>;

/** Today plus the next trading days (at least the guard window, `minDays` cells in all). */
export function guardWindow(today: string, events: readonly EconomicEvent[], settings: GuardSettings, minDays = 6): GuardWindow {
  const end = addTradingDays(today, settings.eventGuardTradingDays);
  const dates = [today];
  while (dates.length < minDays || (dates[dates.length - 1] ?? today) < end) dates.push(nextTradingDay(dates[dates.length - 1] ?? today));
  const upcoming = events.filter((e) => e.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const days: GuardDay[] = dates.map((date, i) => {
    const previous = i === 0 ? null : (dates[i - 1] ?? null);
    return {
      date,
      trading: isTradingDay(date),
      inWindow: date <= end,
      events: upcoming.filter((e) => (previous === null ? e.date === date : e.date > previous && e.date <= date)),
    };
  });
  const kinds = new Set<string>(settings.guardedEventKinds);
  const guarded = upcoming
    .filter((e) => e.date <= end && kinds.has(e.kind))
    .map((event) => ({ event, tradingDaysAway: tradingDaysBetween(today, event.date) }));
  const last = guarded[guarded.length - 1];
  return { end, days, guarded, holdUntil: last ? nextTradingDay(last.event.date) : null };
}

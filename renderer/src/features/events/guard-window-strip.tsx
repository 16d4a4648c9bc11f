import { weekday } from '../../../../shared/dates';
import type { PortfolioSettings } from '../../../../shared/domain/settings';
import type { EconomicEvent } from '../../../../shared/domain/types';
import { HelpTip } from '../../components/help-tip';
import { EventKindChip } from '../../components/event-kind-chip';
import { guardWindow } from './guard-window';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

interface GuardWindowStripProps {
  today: string;
  events: readonly EconomicEvent[];
  settings: PortfolioSettings;
}

/** Today and the next trading days, the event-guard window shaded, and what the rule will say. */
export function GuardWindowStrip({ today, events, settings }: GuardWindowStripProps) {
  const guard = guardWindow(today, events, settings);
  const n = settings.eventGuardTradingDays;
  const kinds = new Set<string>(settings.guardedEventKinds);
  const disabled = settings.disabledRules.includes('event-guard');
  const first = guard.guarded[0];
  return (
    <div className="guard-window" data-testid="guard-window">
      <div className={first ? 'guard-status guard-status-on' : 'guard-status'} data-testid="guard-status" role="status">
        {first
          ? <>Event guard: {guard.guarded.map((g) => `${g.event.kind} on ${g.event.date} (${g.tradingDaysAway === 0 ? 'today' : `in ${g.tradingDaysAway} trading day${g.tradingDaysAway === 1 ? '' : 's'}`})`).join(', ')} — hold new layers until {guard.holdUntil}.</>
          : <>No {settings.guardedEventKinds.join(', ') || 'guarded'} event from today through {guard.end} ({n} trading day{n === 1 ? '' : 's'} ahead): the event guard is clear.</>}
        {disabled ? <span className="muted"> The event-guard prompt is switched off in Settings; add-layer still checks this window.</span> : null}
        <HelpTip topic="Event-guard window">
          <p>The <code>event-guard</code> rule fires when an event of a guarded kind ({settings.guardedEventKinds.join(', ') || 'none selected'}) is dated from today through the {ordinal(n)} trading day after today, inclusive (setting <code>eventGuardTradingDays</code> = {n}). <code>add-layer</code> does not propose a new layer while it fires.</p>
          <p>Trading days skip weekends and NYSE holidays; an event on a closed day counts if it falls inside the window.</p>
        </HelpTip>
      </div>
      <ol className="guard-days" aria-label="Today and the next trading days">
        {guard.days.map((day) => (
          <li key={day.date} className={`guard-day${day.inWindow ? ' guard-day-in' : ''}${day.date === today ? ' guard-day-today' : ''}`} data-testid="guard-day">
            <span className="guard-day-date">{day.date === today ? 'Today' : WEEKDAYS[weekday(day.date)]} <span className="muted">{day.date.slice(5)}</span></span>
            {!day.trading ? <span className="muted guard-day-closed">market closed</span> : null}
            <span className="guard-day-events">
              {day.events.map((e) => <EventKindChip key={e.id} kind={e.kind} guarded={day.inWindow && kinds.has(e.kind)} />)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

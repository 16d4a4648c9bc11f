import { tradingDaysBetween } from '../../../../shared/calendar';
import { addDays } from '../../../../shared/dates';
import type { Portfolio } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { EventKindChip } from '../../components/event-kind-chip';

/** Calendar days ahead the dashboard looks for economic events. */
const LOOKAHEAD_DAYS = 21;

/** The next three weeks of economic events, with trading days to go; guarded kinds are ringed. */
export function UpcomingEvents({ portfolio, asOf }: { portfolio: Portfolio; asOf: string }) {
  const events = useLoad(() => api.send('event/list', { from: asOf, to: addDays(asOf, LOOKAHEAD_DAYS) }), asOf);
  const guarded = new Set<string>(portfolio.settings.guardedEventKinds);
  const list = events.data ?? [];
  return (
    <section className="card dashboard-events" aria-labelledby="upcoming-events-title" data-testid="upcoming-events">
      <h2 id="upcoming-events-title" className="card-title">Upcoming events <span className="muted">next {LOOKAHEAD_DAYS} days</span></h2>
      {list.length === 0 ? (
        <p className="muted">No events in the calendar for the next {LOOKAHEAD_DAYS} days. Add FOMC, CPI and PPI dates under Market data so the event guard can warn you.</p>
      ) : (
        <ul className="event-list">
          {list.map((e) => {
            const days = tradingDaysBetween(asOf, e.date);
            const inGuard = guarded.has(e.kind) && days <= portfolio.settings.eventGuardTradingDays;
            return (
              <li key={e.id} className={inGuard ? 'event-item event-item-guarded' : 'event-item'}>
                <EventKindChip kind={e.kind} guarded={guarded.has(e.kind)} /> <span className="mono">{e.date}</span>{' '}
                <span className="muted">{days === 0 ? 'today' : `in ${days} trading day${days === 1 ? '' : 's'}`}</span> {e.note}
                {inGuard ? <strong> — inside the event guard: hold new layers</strong> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

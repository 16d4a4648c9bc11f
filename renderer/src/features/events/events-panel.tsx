import { useState } from 'react';
import type { PortfolioSettings } from '../../../../shared/domain/settings';
import type { EconomicEvent } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Modal } from '../../components/modal';
import { useToast } from '../../toast/use-toast';
import { EventForm } from './event-form';
import { EventImportPicker, EventImportResultView } from './event-import-control';
import { EventsTable } from './events-table';
import { GuardWindowStrip } from './guard-window-strip';
import { useEventImport } from './use-event-import';

interface EventsPanelProps {
  events: readonly EconomicEvent[];
  today: string;
  settings: PortfolioSettings;
  /** Re-reads the list after any change (the charts' markers follow). */
  reload(): void;
}

const PAST_SHOWN = 8;

/** The economic calendar: the guard window ahead, upcoming and past events, add/edit/delete/import. */
export function EventsPanel({ events, today, settings, reload }: EventsPanelProps) {
  const [editing, setEditing] = useState<EconomicEvent | 'new' | null>(null);
  const [deleting, setDeleting] = useState<EconomicEvent | null>(null);
  const [allPast, setAllPast] = useState(false);
  const toast = useToast();
  const eventImport = useEventImport(reload);
  const upcoming = events.filter((e) => e.date >= today).sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
  const past = events.filter((e) => e.date < today).sort((a, b) => b.date.localeCompare(a.date));
  const pastShown = allPast ? past : past.slice(0, PAST_SHOWN);
  const tableProps = { today, guardedKinds: settings.guardedEventKinds, onEdit: setEditing, onDelete: setDeleting };

  const saved = (event: EconomicEvent) => {
    toast(`${event.kind} on ${event.date} ${editing === 'new' ? 'added' : 'saved'}`);
    setEditing(null);
    reload();
  };

  return (
    <section className="panel events-panel" aria-labelledby="events-title" data-testid="events-panel">
      <header className="view-header events-header">
        <h2 id="events-title">Economic events</h2>
        <span className="muted">{events.length} in the calendar · arrows on the charts</span>
        <div className="view-actions">
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>Add event</button>
          <EventImportPicker eventImport={eventImport} />
        </div>
      </header>
      <EventImportResultView eventImport={eventImport} />
      <GuardWindowStrip today={today} events={events} settings={settings} />
      <h3 className="events-subtitle">Upcoming <span className="muted">({upcoming.length})</span></h3>
      {upcoming.length > 0 ? <EventsTable events={upcoming} upcoming testId="events-upcoming" {...tableProps} /> : (
        <p className="muted" data-testid="events-upcoming-empty">No upcoming events. Add the FOMC, CPI and PPI dates you trade around, or import them from a <code>date,kind,note</code> CSV or a calendar (.ics) export — the app ships no calendar it cannot source.</p>
      )}
      {past.length > 0 ? (
        <>
          <h3 className="events-subtitle">Past <span className="muted">({past.length})</span></h3>
          <EventsTable events={pastShown} upcoming={false} testId="events-past" {...tableProps} />
          {past.length > PAST_SHOWN ? (
            <button type="button" className="button button-quiet button-small" onClick={() => setAllPast((v) => !v)}>{allPast ? 'Show fewer' : `Show all ${past.length} past events`}</button>
          ) : null}
        </>
      ) : null}
      {editing !== null ? (
        <Modal title={editing === 'new' ? 'Add economic event' : `Edit ${editing.kind} on ${editing.date}`} onClose={() => setEditing(null)} size="narrow">
          <EventForm event={editing === 'new' ? null : editing} today={today} onSaved={saved} onCancel={() => setEditing(null)} />
        </Modal>
      ) : null}
      {deleting !== null ? (
        <ConfirmDialog title={`Delete ${deleting.kind} on ${deleting.date}?`} onConfirm={() => api.send('event/delete', { eventId: deleting.id })} onClose={() => setDeleting(null)}
          onDone={() => { toast(`${deleting.kind} on ${deleting.date} deleted`); setDeleting(null); reload(); }}>
          <p>The event {deleting.note ? <>“{deleting.note}” </> : null}leaves the calendar, the charts and the event-guard window. Past rule decisions that mention it are kept.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

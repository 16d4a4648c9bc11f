import { tradingDaysBetween } from '../../../../shared/calendar';
import type { EconomicEvent } from '../../../../shared/domain/types';
import { EventKindChip } from '../../components/event-kind-chip';

interface EventsTableProps {
  events: readonly EconomicEvent[];
  today: string;
  guardedKinds: readonly string[];
  /** Upcoming tables show how many trading days away each event is. */
  upcoming: boolean;
  onEdit(event: EconomicEvent): void;
  onDelete(event: EconomicEvent): void;
  testId: string;
}

export function EventsTable({ events, today, guardedKinds, upcoming, onEdit, onDelete, testId }: EventsTableProps) {
  return (
    <table className="table table-compact events-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Kind</th>
          <th scope="col">Note</th>
          {upcoming ? <th scope="col" className="num">Away <span className="th-note">trading days</span></th> : null}
          <th scope="col"><span className="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id} data-testid="event-row">
            <td className="date">{event.date}</td>
            <td><EventKindChip kind={event.kind} guarded={guardedKinds.includes(event.kind)} /></td>
            <td className="note-cell" title={event.note}>{event.note || <span className="muted">—</span>}</td>
            {upcoming ? <td className="num">{event.date === today ? 'today' : tradingDaysBetween(today, event.date)}</td> : null}
            <td className="row-actions">
              <button type="button" className="button button-small" onClick={() => onEdit(event)} aria-label={`Edit ${event.kind} on ${event.date}`}>Edit</button>
              <button type="button" className="button button-small button-danger-quiet" onClick={() => onDelete(event)} aria-label={`Delete ${event.kind} on ${event.date}`}>Delete</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { ticketDeleteConflict } from '../../../../shared/domain/ticket-rules';
import type { LayerDetail, Ticket } from '../../../../shared/domain/types';
import { formatCents } from '../../../../shared/format/money';
import { ACTION_LABELS } from '../../format/labels';
import { pnlClass } from '../../format/money';
import { formatNetPrice } from '../../format/points';

interface TicketsTableProps {
  layer: LayerDetail;
  onEdit(ticket: Ticket): void;
  onDelete(ticket: Ticket): void;
}

/** Every execution of the layer, oldest first; the cash column sums to the layer's net cash. */
export function TicketsTable({ layer, onEdit, onDelete }: TicketsTableProps) {
  return (
    <table className="table table-compact" data-testid="tickets-table" aria-label="Ticket history">
      <thead>
        <tr>
          <th>Date</th><th>Action</th><th className="num">Qty</th><th className="num">Net price</th><th className="num">Fees</th>
          <th className="num">Cash</th><th>Note</th><th aria-label="Actions" />
        </tr>
      </thead>
      <tbody>
        {layer.tickets.map((ticket) => {
          const blocked = ticketDeleteConflict(layer, ticket.id);
          return (
          <tr key={ticket.id} data-testid={`ticket-row-${ticket.id}`}>
            <td className="date">{ticket.date}</td>
            <td>{ACTION_LABELS[ticket.action]}</td>
            <td className="num">{ticket.quantity}</td>
            <td className="num">{formatNetPrice(ticket.netPriceHundredths)}</td>
            <td className="num muted">{formatCents(ticket.feesCents)}</td>
            <td className={`num ${pnlClass(ticket.cashCents)}`}>{formatCents(ticket.cashCents)}</td>
            <td className="note-cell" title={ticket.note}>{ticket.note}</td>
            <td className="row-actions">
              <button type="button" className="button button-small" onClick={() => onEdit(ticket)} aria-label={`Edit ticket ${ticket.id} (${ticket.action} ${ticket.date})`}>Edit</button>
              <button type="button" className="button button-small button-danger-quiet" onClick={() => onDelete(ticket)} disabled={blocked !== null}
                title={blocked ?? undefined} aria-label={`Delete ticket ${ticket.id} (${ticket.action} ${ticket.date})`}>Delete</button>
            </td>
          </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={4} className="muted">Net cash (all tickets, after fees)</td>
          <td className="num muted">{formatCents(layer.feesCents)}</td>
          <td className={`num ${pnlClass(layer.netCashCents)}`}>{formatCents(layer.netCashCents)}</td>
          <td colSpan={2} />
        </tr>
      </tfoot>
    </table>
  );
}

import type { LayerDetail, Portfolio, Ticket } from '../../../../shared/domain/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Modal } from '../../components/modal';
import { ACTION_LABELS } from '../../format/labels';
import { formatNetPrice } from '../../format/points';
import { EditTicketForm } from '../../trading/edit-ticket-form';
import { RollForm } from '../../trading/roll-form';
import { TicketForm } from '../../trading/ticket-form';
import { describeLayer, layerLosses } from './layer-description';

/** The one dialog the layer detail page may have open. */
export type DetailDialog =
  | { kind: 'ticket' | 'roll' | 'delete-layer' }
  | { kind: 'edit-ticket' | 'delete-ticket'; ticket: Ticket };

interface DetailDialogViewProps {
  dialog: DetailDialog;
  layer: LayerDetail;
  portfolio: Portfolio;
  /** The date new entries start at. */
  entryDate: string;
  onClose(): void;
  /** Handler for a form that saved the layer, with the toast message to show. */
  updated(message: string): (next: LayerDetail) => void;
  onRolled(result: { closed: LayerDetail; opened: LayerDetail }): void;
  deleteTicket(ticket: Ticket): Promise<void>;
  deleteLayer(): Promise<unknown>;
  onLayerDeleted(): void;
}

/** The open dialog of the layer detail page: add, roll, edit or delete a ticket, or delete the layer. */
export function DetailDialogView(props: DetailDialogViewProps) {
  const { dialog, layer, portfolio, entryDate, onClose, updated, onRolled, deleteTicket, deleteLayer, onLayerDeleted } = props;
  return (
    <>
      {dialog.kind === 'ticket' ? (
        <Modal title={`Add ticket to layer #${layer.id}`} onClose={onClose} size="wide">
          <TicketForm layer={layer} portfolio={portfolio} today={entryDate} onSaved={updated('Ticket added')} onCancel={onClose} />
        </Modal>
      ) : null}
      {dialog.kind === 'roll' ? (
        <Modal title={`Roll layer #${layer.id}`} onClose={onClose} size="wide">
          <RollForm layer={layer} portfolio={portfolio} today={entryDate} onRolled={onRolled} onCancel={onClose} />
        </Modal>
      ) : null}
      {dialog.kind === 'edit-ticket' ? (
        <Modal title={`Edit ${ACTION_LABELS[dialog.ticket.action].toLowerCase()} ticket of ${dialog.ticket.date}`} onClose={onClose}>
          <EditTicketForm layer={layer} ticket={dialog.ticket} onSaved={updated('Ticket saved')} onCancel={onClose} />
        </Modal>
      ) : null}
      {dialog.kind === 'delete-ticket' ? (
        <ConfirmDialog title="Delete this ticket?" onClose={onClose} onConfirm={() => deleteTicket(dialog.ticket)}>
          <p>
            The {ACTION_LABELS[dialog.ticket.action].toLowerCase()} ticket of <strong>{dialog.ticket.date}</strong>
            {' '}({dialog.ticket.quantity} × {formatNetPrice(dialog.ticket.netPriceHundredths)})
            {' '}will be removed from {describeLayer(layer)}, and the layer's position and P&amp;L recomputed without it.
          </p>
        </ConfirmDialog>
      ) : null}
      {dialog.kind === 'delete-layer' ? (
        <ConfirmDialog title={`Delete layer #${layer.id}?`} onClose={onClose} onConfirm={deleteLayer} onDone={onLayerDeleted}>
          <p>This permanently deletes {describeLayer(layer)} with {layerLosses(layer)}.</p>
          {layer.rolledFromId !== null ? (
            <p>Layer #{layer.rolledFromId} keeps its roll ticket and stays rolled; delete that ticket there to reopen it.</p>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}

import { useState, type ReactNode } from 'react';
import type { AppInfo, LayerDetail, Portfolio, Ticket } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { FormError } from '../../components/form-error';
import { useHotkey } from '../../hooks/use-hotkey';
import { navigate, routeHref } from '../../routing/route';
import { useToast } from '../../toast/use-toast';
import { LastLayer } from '../../state/last-layer';
import { DetailDialogView, type DetailDialog } from './layer-detail-dialogs';
import { LayerFigures } from './layer-figures';
import { LayerSmileCard } from './layer-smile-card';
import { LayerHeader } from './layer-header';
import { LayerNotesForm } from './layer-notes-form';
import { LegsTable } from './legs-table';
import { TicketsTable } from './tickets-table';
import { useAppState } from '../../state/use-app-state';

interface LayerDetailPageProps {
  layerId: number;
  portfolio: Portfolio;
  info: AppInfo;
  /** The layer's journal notes below its legs (the view fills it). */
  journalNotes(layer: LayerDetail): ReactNode;
}

const backToList = () => navigate({ section: 'layers', layerId: null });

export function LayerDetailPage({ layerId, portfolio, info, journalNotes }: LayerDetailPageProps) {
  // New entries start at the as-of date, then at the last saved entry's date (a back-filled batch).
  const entryDate = useAppState().entryDate || info.today;
  const loaded = useLoad(() => api.send('layer/get', { layerId }), String(layerId));
  const [dialog, setDialog] = useState<DetailDialog | null>(null);
  const toast = useToast();
  const layer = loaded.data;
  const open = layer?.status === 'open';
  useHotkey('Escape', backToList);
  useHotkey('t', () => setDialog({ kind: 'ticket' }), { enabled: open });
  useHotkey('r', () => setDialog({ kind: 'roll' }), { enabled: open && layer?.strikes !== null });

  if (layer === null) {
    return (
      <section className="view">
        <a className="back-link" href={routeHref({ section: 'layers', layerId: null })}>← Layers</a>
        {loaded.error ? <FormError error={loaded.error} /> : <p className="muted">Loading layer #{layerId}…</p>}
      </section>
    );
  }

  if (layer.portfolioId !== portfolio.id) {
    return (
      <section className="view">
        <a className="back-link" href={routeHref({ section: 'layers', layerId: null })}>← Layers</a>
        <p>Layer #{layer.id} belongs to another portfolio; switch to it in the sidebar to see it here.</p>
      </section>
    );
  }

  const close = () => setDialog(null);
  const updated = (message: string) => (next: LayerDetail) => {
    loaded.set(next);
    close();
    toast(next.status !== layer.status ? `${message} — layer #${next.id} is now ${next.status}` : message);
  };
  const rolled = ({ closed, opened }: { closed: LayerDetail; opened: LayerDetail }) => {
    close();
    toast(`Rolled #${closed.id} into #${opened.id}`);
    LastLayer.set(opened.id);
    navigate({ section: 'layers', layerId: opened.id });
  };
  const deleteTicket = async (ticket: Ticket) => {
    loaded.set(await api.send('ticket/delete', { ticketId: ticket.id }));
    toast('Ticket deleted');
  };
  const layerDeleted = () => {
    toast(`Layer #${layer.id} deleted`);
    backToList();
  };

  return (
    <section className="view layer-detail" aria-labelledby="layer-title" data-testid="layer-detail">
      <LayerHeader layer={layer} onAddTicket={() => setDialog({ kind: 'ticket' })} onRoll={() => setDialog({ kind: 'roll' })} onDelete={() => setDialog({ kind: 'delete-layer' })} />
      <LayerFigures layer={layer} />
      {layer.strikes ? <LayerSmileCard layerId={layer.id} version={`${layer.tickets.length}/${layer.openQuantity}`} /> : null}
      <section className="panel" aria-labelledby="tickets-title">
        <h2 id="tickets-title">Tickets</h2>
        <TicketsTable layer={layer} onEdit={(ticket) => setDialog({ kind: 'edit-ticket', ticket })} onDelete={(ticket) => setDialog({ kind: 'delete-ticket', ticket })} />
      </section>
      <div className="panel-grid">
        <section className="panel" aria-labelledby="legs-title">
          <h2 id="legs-title">Legs</h2>
          <LegsTable layer={layer} />
        </section>
        <section className="panel" aria-labelledby="notes-title">
          <h2 id="notes-title">Notes &amp; tags</h2>
          <LayerNotesForm key={layer.id} layer={layer} onSaved={updated('Notes saved')} />
        </section>
      </div>
      {journalNotes(layer)}

      {dialog ? (
        <DetailDialogView dialog={dialog} layer={layer} portfolio={portfolio} entryDate={entryDate} onClose={close} updated={updated} onRolled={rolled}
          deleteTicket={deleteTicket} deleteLayer={() => api.send('layer/delete', { layerId: layer.id })} onLayerDeleted={layerDeleted} />
      ) : null}
    </section>
  );
}

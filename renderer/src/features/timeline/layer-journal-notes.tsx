import { useState } from 'react';
import type { LayerDetail } from '../../../../shared/domain/types';
import type { TimelineItem } from '../../../../shared/journal/types';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormError } from '../../components/form-error';
import { Modal } from '../../components/modal';
import { ACTION_LABELS } from '../../format/labels';
import { formatNetPrice } from '../../format/points';
import { useToast } from '../../toast/use-toast';
import { NoteForm, type NoteTarget } from './note-form';

interface LayerJournalNotesProps {
  layer: LayerDetail;
  today: string;
}

type Dialog = { kind: 'note'; target: NoteTarget } | { kind: 'delete'; note: TimelineItem };

/** Dated journal notes on this layer and its tickets, with tags: add, edit, delete. */
export function LayerJournalNotes({ layer, today }: LayerJournalNotesProps) {
  const notes = useLoad(() => api.send('journal/timeline', { portfolioId: layer.portfolioId, layerId: layer.id, kinds: ['note'], limit: 1000 }), String(layer.id));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const toast = useToast();
  const close = () => setDialog(null);
  const ticketOptions = layer.tickets.map((t) => ({ value: String(t.id), label: `Ticket #${t.id}: ${ACTION_LABELS[t.action]} ${t.quantity} × ${formatNetPrice(t.netPriceHundredths)} on ${t.date}` }));
  const ticketLabel = (ticketId: number) => {
    const t = layer.tickets.find((x) => x.id === ticketId);
    return t ? `${ACTION_LABELS[t.action].toLowerCase()} ticket of ${t.date}` : `ticket #${ticketId}`;
  };
  const add = () => setDialog({ kind: 'note', target: { noteId: null, date: layer.status === 'open' ? today : layer.closedOn ?? today, body: '', tags: [], layerId: layer.id, ticketId: null } });
  const items = notes.data?.items ?? [];

  return (
    <section className="panel" aria-labelledby="journal-notes-title" data-testid="layer-journal-notes">
      <div className="panel-title-row">
        <h2 id="journal-notes-title">Journal notes</h2>
        <button type="button" className="button button-small" onClick={add} data-testid="add-layer-note">Add note</button>
      </div>
      <FormError error={notes.error} lead="Notes not loaded." />
      {notes.data && items.length === 0 ? <p className="muted">No dated notes yet. Add one on this layer or on one of its tickets — it also appears on the Journal timeline and in the layer's story.</p> : null}
      {items.length > 0 ? (
        <ul className="layer-notes-list">
          {items.map((n) => (
            <li key={n.id} data-testid={`layer-note-${n.id}`}>
              <div className="layer-note-head">
                <span className="date">{n.date}</span>
                <span className="muted">{n.ticketId !== null ? `on the ${ticketLabel(n.ticketId)}` : 'on the layer'}</span>
                {n.tags.map((t) => <span key={t} className="tag">#{t}</span>)}
                <span className="row-actions">
                  <button type="button" className="button button-small" aria-label={`Edit note ${n.id}`}
                    onClick={() => setDialog({ kind: 'note', target: { noteId: n.id, date: n.date, body: n.detail, tags: n.tags, layerId: n.layerId, ticketId: n.ticketId } })}>Edit</button>
                  <button type="button" className="button button-small button-danger-quiet" aria-label={`Delete note ${n.id}`} onClick={() => setDialog({ kind: 'delete', note: n })}>Delete</button>
                </span>
              </div>
              <p className="layer-note-body">{n.detail}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {dialog?.kind === 'note' ? (
        <Modal title={dialog.target.noteId === null ? `Add a note to layer #${layer.id}` : 'Edit note'} onClose={close}>
          <NoteForm portfolioId={layer.portfolioId} target={dialog.target} ticketOptions={ticketOptions} onCancel={close}
            onSaved={() => { close(); toast(dialog.target.noteId === null ? 'Note added' : 'Note saved'); notes.reload(); }} />
        </Modal>
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog title="Delete this note?" onClose={close} onConfirm={() => api.send('note/delete', { noteId: dialog.note.id })}
          onDone={() => { close(); toast('Note deleted'); notes.reload(); }}>
          <p>The note of <strong>{dialog.note.date}</strong> will be removed:</p>
          <blockquote className="note-quote">{dialog.note.detail}</blockquote>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

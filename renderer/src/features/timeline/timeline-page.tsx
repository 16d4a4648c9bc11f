import { useRef, useState } from 'react';
import type { Portfolio } from '../../../../shared/domain/types';
import type { TimelineItem } from '../../../../shared/journal/types';
import { api } from '../../api/transport';
import { useLoad } from '../../api/use-load';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/form-error';
import { Kbd } from '../../components/kbd';
import { Modal } from '../../components/modal';
import { useHotkey } from '../../hooks/use-hotkey';
import { useToast } from '../../toast/use-toast';
import { useDebounced } from '../../hooks/use-debounced';
import { useAppState } from '../../state/use-app-state';
import { NoteForm, type NoteTarget } from './note-form';
import { isFiltered, NO_FILTERS, TimelineFilters, type TimelineFilterState } from './timeline-filters';
import { dayHeading, groupByDay } from './timeline-format';
import { TimelineEntry } from './timeline-item';
import { useTimeline, type TimelineQuery } from './use-timeline';
import '../../styles/timeline.css';
import { AsOfNote } from '../../components/as-of-note';

const PAGE_SIZE = 200;
/** The filters of this session, per portfolio: coming back from a layer's story keeps them. */
let saved: { portfolioId: number; filters: TimelineFilterState } | null = null;

/** The filters as a timeline query, as of the app's as-of date ('' before app info loads: the backend's today). */
function toQuery(f: TimelineFilterState, portfolioId: number, asOf: string): TimelineQuery {
  const tag = f.tag.trim();
  const text = f.text.trim();
  return {
    ...(f.scope === 'portfolio' ? { portfolioId } : {}),
    ...(f.layerId !== '' && f.scope === 'portfolio' ? { layerId: Number(f.layerId) } : {}),
    ...(tag !== '' ? { tag: tag.replace(/^#/, '') } : {}),
    ...(f.from !== '' ? { from: f.from } : {}),
    ...(f.to !== '' ? { to: f.to } : {}),
    ...(text !== '' ? { text } : {}),
    ...(f.kinds.length < 4 ? { kinds: [...f.kinds] } : {}),
    ...(asOf !== '' ? { asOf } : {}),
    limit: PAGE_SIZE,
  };
}

type Dialog = { kind: 'note'; target: NoteTarget } | { kind: 'delete'; item: TimelineItem };

/**
 * The journal: tickets, notes, rule decisions and economic events on one timeline, newest
 * first and grouped by day, with filters, a debounced search and day notes.
 */
export function TimelinePage({ portfolio, today }: { portfolio: Portfolio; today: string }) {
  const [filters, setFiltersState] = useState<TimelineFilterState>(() => (saved?.portfolioId === portfolio.id ? saved.filters : NO_FILTERS));
  const setFilters = (next: TimelineFilterState) => { saved = { portfolioId: portfolio.id, filters: next }; setFiltersState(next); };
  // Typing in the search or tag box re-queries once the user pauses, not per key.
  const text = useDebounced(filters.text, 250);
  const tag = useDebounced(filters.tag, 250);
  // As of the app's as-of date, like the dashboard: only entries dated on or before it.
  const query = toQuery({ ...filters, text, tag }, portfolio.id, useAppState().asOf);
  const timeline = useTimeline(query);
  const layers = useLoad(() => api.send('layer/options', { portfolioId: portfolio.id }), String(portfolio.id));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const toast = useToast();
  const close = () => setDialog(null);
  const newNote = (date = today) => setDialog({ kind: 'note', target: { noteId: null, date, body: '', tags: [], layerId: null, ticketId: null } });
  useHotkey('/', () => searchRef.current?.focus());
  useHotkey('n', () => newNote());

  const editNote = (item: TimelineItem) => setDialog({ kind: 'note', target: { noteId: item.id, date: item.date, body: item.detail, tags: item.tags, layerId: item.layerId, ticketId: item.ticketId } });
  const groups = groupByDay(timeline.items);
  const filtered = isFiltered(filters);

  return (
    <section className="view timeline" aria-labelledby="view-title-journal" data-testid="timeline">
      <header className="view-header">
        <h1 id="view-title-journal">Journal</h1>
        <p className="muted timeline-lead">Tickets, notes, rule decisions and economic events, newest first.</p>
        <AsOfNote testId="timeline-as-of" />
        <div className="view-actions">
          <button type="button" className="button button-primary" onClick={() => newNote()} data-testid="add-day-note">Add note <Kbd>N</Kbd></button>
        </div>
      </header>
      <TimelineFilters value={filters} onChange={setFilters} layers={layers.data ?? []} portfolioName={portfolio.name} searchRef={searchRef} />
      <FormError error={timeline.error} lead="Timeline not loaded." />
      {timeline.items.length === 0 && !timeline.loading && timeline.error === null ? (
        filtered ? (
          <EmptyState title="Nothing matches" testId="timeline-empty">
            <p>No entry matches these filters{filters.text.trim() ? <> and the search <q>{filters.text.trim()}</q></> : null}.</p>
            <button type="button" className="button" onClick={() => setFilters({ ...NO_FILTERS, scope: filters.scope })}>Clear filters</button>
          </EmptyState>
        ) : (
          <EmptyState title="The journal is empty" testId="timeline-empty">
            <p>Tickets appear here as you open, adjust, roll and close layers; rule decisions when you act on, dismiss or snooze a prompt; economic events once you add them under Market data. Write a note on any day to keep your reasoning next to the trades.</p>
            <button type="button" className="button button-primary" onClick={() => newNote()}>Write a day note</button>
          </EmptyState>
        )
      ) : null}
      {groups.length > 0 ? (
        <ol className="timeline-days" data-testid="timeline-list" aria-busy={timeline.loading}>
          {groups.map((group) => (
            <li key={group.date} className="timeline-day" data-testid={`timeline-day-${group.date}`}>
              <div className="timeline-day-header">
                <h2>{dayHeading(group.date)}</h2>
                <button type="button" className="button button-small timeline-day-note" onClick={() => newNote(group.date)} aria-label={`Add a note on ${group.date}`}>+ note</button>
              </div>
              <ul className="timeline-items">
                {group.items.map((item) => (
                  <TimelineEntry key={`${item.kind}-${item.id}`} item={item} onTag={(tag) => setFilters({ ...filters, tag })}
                    {...(item.kind === 'note' ? { onEdit: editNote, onDelete: (i: TimelineItem) => setDialog({ kind: 'delete', item: i }) } : {})} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="timeline-footer">
        {timeline.loading ? <span className="muted">Loading…</span> : null}
        {timeline.hasMore && !timeline.loading ? <button type="button" className="button" onClick={timeline.loadMore} data-testid="timeline-more">Load older entries</button> : null}
        {!timeline.hasMore && !timeline.loading && timeline.items.length > 0 ? <span className="muted">Beginning of the journal{filtered ? ' for these filters' : ''}.</span> : null}
      </div>

      {dialog?.kind === 'note' ? (
        <Modal title={dialog.target.noteId === null ? 'Add a note' : 'Edit note'} onClose={close}>
          <NoteForm portfolioId={portfolio.id} target={dialog.target} onCancel={close}
            onSaved={() => { close(); toast(dialog.target.noteId === null ? 'Note added' : 'Note saved'); timeline.reload(); }} />
        </Modal>
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog title="Delete this note?" onClose={close}
          onConfirm={() => api.send('note/delete', { noteId: dialog.item.id })}
          onDone={() => { close(); toast('Note deleted'); timeline.reload(); }}>
          <p>The note of <strong>{dialog.item.date}</strong> will be removed from the journal:</p>
          <blockquote className="note-quote">{dialog.item.detail}</blockquote>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

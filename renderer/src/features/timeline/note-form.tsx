import { useMemo, useState, type FormEvent } from 'react';
import type { ApiIssue } from '../../../../shared/api/errors';
import { dateProblem, isIsoDate } from '../../../../shared/dates';
import type { JournalNote } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { FormFooter } from '../../components/form-footer';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useFormFeedback } from '../../forms/use-form-feedback';
import { formatTags, parseTags } from '../../format/tags';

/** The note being edited, or where a new one goes. */
export interface NoteTarget {
  noteId: number | null;
  date: string;
  body: string;
  tags: readonly string[];
  layerId: number | null;
  ticketId: number | null;
}

interface NoteFormProps {
  portfolioId: number;
  target: NoteTarget;
  /** Tickets a new note on a layer may attach to ("" = the layer itself). */
  ticketOptions?: readonly { value: string; label: string }[];
  onSaved(note: JournalNote): void;
  onCancel(): void;
}

const FIELDS = ['date', 'body', 'tags', 'ticketId'];

/** Write or edit a journal note: a day, a layer or a ticket, with tags. */
export function NoteForm({ portfolioId, target, ticketOptions, onSaved, onCancel }: NoteFormProps) {
  const [date, setDate] = useState(target.date);
  const [body, setBody] = useState(target.body);
  const [tags, setTags] = useState(formatTags(target.tags));
  const [ticket, setTicket] = useState(target.ticketId === null ? '' : String(target.ticketId));
  const live = useMemo<ApiIssue[]>(() => [
    ...(isIsoDate(date) ? [] : [{ path: 'date', message: dateProblem(date, 'date') ?? '' }]),
    ...(body.trim() === '' ? [{ path: 'body', message: 'is empty' }] : []),
  ], [date, body]);
  const feedback = useFormFeedback(live);
  const action = useAction(feedback.acceptServerError);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!feedback.attempt()) return;
    const saved = await action.run(() => (target.noteId === null
      ? api.send('note/create', { portfolioId, date, body: body.trim(), tags: parseTags(tags), layerId: target.layerId, ticketId: ticket === '' ? null : Number(ticket) })
      : api.send('note/update', { noteId: target.noteId, date, body: body.trim(), tags: parseTags(tags) })));
    if (saved) onSaved(saved);
  };

  return (
    <form className="form" data-testid="note-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid form-grid-2">
        <TextField id="note-date" label="Date" type="date" value={date} onChange={(v) => { feedback.edited('date'); setDate(v); }} onBlur={() => feedback.touch('date')} error={feedback.errorFor('date')} />
        <TextField id="note-tags" label="Tags" value={tags} placeholder="comma separated, optional" onChange={(v) => { feedback.edited('tags'); setTags(v); }} error={feedback.errorFor('tags')} />
      </div>
      {ticketOptions && target.noteId === null ? (
        <SelectField id="note-ticket" label="About" value={ticket} options={[{ value: '', label: `Layer #${target.layerId ?? ''} as a whole` }, ...ticketOptions]}
          onChange={(v) => { feedback.edited('ticketId'); setTicket(v); }} error={feedback.errorFor('ticketId')} />
      ) : null}
      <TextAreaField id="note-body" label="Note" rows={5} value={body} onChange={(v) => { feedback.edited('body'); setBody(v); }} error={feedback.errorFor('body')}
        hint="Ctrl+Enter saves" placeholder="What you saw, what you did, what you would do differently" />
      <FormFooter action={action} isField={(p) => FIELDS.includes(p)} onCancel={onCancel} submitLabel={target.noteId === null ? 'Add note' : 'Save note'} />
    </form>
  );
}

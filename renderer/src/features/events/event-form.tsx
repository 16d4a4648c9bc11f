import { useMemo, useRef, useState, type FormEvent } from 'react';
import { closureReason } from '../../../../shared/calendar';
import { isIsoDate } from '../../../../shared/dates';
import { EVENT_KINDS, type EconomicEvent } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { FormFooter } from '../../components/form-footer';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { focusFirstInvalid } from '../../forms/focus-first-invalid';
import { useFormFeedback } from '../../forms/use-form-feedback';
import { EVENT_PATHS, eventDraft, parseEventDraft, type EventDraft } from './event-draft';
import { EVENT_KIND_NAMES } from '../../format/event-kinds';

interface EventFormProps {
  /** The event to edit; null to add one. */
  event: EconomicEvent | null;
  today: string;
  onSaved(event: EconomicEvent): void;
  onCancel(): void;
}

const kindOptions = EVENT_KINDS.map((kind) => ({ value: kind, label: kind === 'custom' ? 'Custom' : `${kind} — ${EVENT_KIND_NAMES[kind]}` }));
const isField = (path: string) => EVENT_PATHS.includes(path);

export function EventForm({ event, today, onSaved, onCancel }: EventFormProps) {
  const [draft, setDraft] = useState<EventDraft>(() => eventDraft(event, today));
  const parsed = useMemo(() => parseEventDraft(draft), [draft]);
  const feedback = useFormFeedback(parsed.issues);
  const action = useAction(feedback.acceptServerError);
  const formRef = useRef<HTMLFormElement>(null);

  const edit = <K extends keyof EventDraft>(path: K, value: EventDraft[K]) => {
    feedback.edited(path);
    setDraft((d) => ({ ...d, [path]: value }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!feedback.attempt() || parsed.input === null) return focusFirstInvalid(formRef.current);
    const input = parsed.input;
    const saved = await action.run(() => (event ? api.send('event/update', { eventId: event.id, ...input }) : api.send('event/create', input)));
    if (saved) onSaved(saved);
  };
  const closed = isIsoDate(draft.date) ? closureReason(draft.date) : null;

  return (
    <form ref={formRef} className="form" data-testid="event-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid form-grid-2">
        <TextField id="event-date" label="Date" type="date" value={draft.date} autoFocus onChange={(v) => edit('date', v)} onBlur={() => feedback.touch('date')}
          error={feedback.errorFor('date')} hint={closed ? `NYSE closed (${closed}); the guard still counts it.` : 'Exchange date (New York).'} />
        <SelectField id="event-kind" label="Kind" value={draft.kind} options={kindOptions} onChange={(v) => edit('kind', v)} error={feedback.errorFor('kind')} />
      </div>
      <TextField id="event-note" label="Note" value={draft.note} placeholder="e.g. FOMC statement 2 p.m., press conference" onChange={(v) => edit('note', v)}
        onBlur={() => feedback.touch('note')} error={feedback.errorFor('note')} />
      <FormFooter action={action} isField={isField} keys="Enter saves · Esc cancels" onCancel={onCancel} submitLabel={event ? 'Save event' : 'Add event'} />
    </form>
  );
}

/** The event form's fields and their conversion to `event/create` / `event/update` input (pure). */
import type { ApiIssue } from '../../../../shared/api/errors';
import { isIsoDate } from '../../../../shared/dates';
import type { EconomicEvent, EventKind } from '../../../../shared/domain/types';

export interface EventDraft {
  date: string;
  kind: EventKind;
  note: string;
}

export const EVENT_PATHS: readonly string[] = ['date', 'kind', 'note'];
export const NOTE_MAX = 500;

export function eventDraft(event: EconomicEvent | null, today: string): EventDraft {
  return event ? { date: event.date, kind: event.kind, note: event.note } : { date: today, kind: 'FOMC', note: '' };
}

export function parseEventDraft(draft: EventDraft): { input: EventDraft | null; issues: ApiIssue[] } {
  const issues: ApiIssue[] = [];
  if (!isIsoDate(draft.date)) issues.push({ path: 'date', message: 'Enter the event date as YYYY-MM-DD' });
  const note = draft.note.trim();
  if (note.length > NOTE_MAX) issues.push({ path: 'note', message: `Keep the note under ${NOTE_MAX} characters (it has ${note.length})` });
  return { input: issues.length === 0 ? { date: draft.date, kind: draft.kind, note } : null, issues };
}

import type { ChangeEvent } from 'react';
import { ImportIssues } from '../../components/import-issues';
import type { EventImport } from './use-event-import';

/** The "Import CSV / .ics…" file picker (a real, labelled file input). */
export function EventImportPicker({ eventImport }: { eventImport: EventImport }) {
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file again must fire a change
    if (file && !eventImport.busy) void eventImport.start(file);
  };
  return (
    <span className="event-import">
      <input id="event-import-file" className="file-input" type="file" accept=".csv,.ics,.txt,text/csv,text/calendar" onChange={picked} disabled={eventImport.busy} data-testid="event-import-input" />
      <label htmlFor="event-import-file" className="button file-button" title="date,kind,note CSV (kind FOMC, CPI, PPI, GDP, NFP or custom) or an iCalendar export">
        {eventImport.busy ? 'Importing…' : 'Import CSV / .ics…'}
      </label>
    </span>
  );
}

/** What the last import did: counts, or the rejected lines. */
export function EventImportResultView({ eventImport }: { eventImport: EventImport }) {
  const { result } = eventImport;
  if (result === null) return null;
  if ('error' in result) return <ImportIssues fileName={result.fileName} error={result.error} testId="event-import-rejected" />;
  const { rows, added, unchanged } = result.summary;
  return (
    <div className="import-result import-done event-import-summary" role="status" data-testid="event-import-summary">
      <span><strong>{result.fileName}:</strong> {rows} event{rows === 1 ? '' : 's'} read — {added} added, {unchanged} already in the calendar.</span>
      <button type="button" className="icon-button" aria-label="Dismiss the import summary" onClick={eventImport.dismiss}>×</button>
    </div>
  );
}

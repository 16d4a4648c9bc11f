import type { ImportSummary } from '../../../../shared/domain/types';
import { formatCount } from './market-format';

/** What a successful import changed: rows read, added, updated, unchanged, and the dates covered. */
export function ImportSummaryView({ fileName, summary }: { fileName: string; summary: ImportSummary }) {
  const figures: [string, number, string][] = [
    ['Rows', summary.rows, 'rows'],
    ['Added', summary.added, 'added'],
    ['Updated', summary.updated, 'updated'],
    ['Unchanged', summary.unchanged, 'unchanged'],
    ['Skipped', summary.skipped, 'skipped'],
  ];
  return (
    <div className="import-result import-done" role="status" data-testid="import-summary">
      <p>
        <strong>{summary.symbol} closes imported from {fileName}</strong>
        {summary.firstDate && summary.lastDate ? <span className="muted"> · {summary.firstDate} → {summary.lastDate}</span> : null}
      </p>
      <dl className="import-figures">
        {figures.map(([label, value, key]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-testid={`import-${key}`}>{formatCount(value)}</dd>
          </div>
        ))}
      </dl>
      {summary.duplicateRows > 0 ? <p className="muted" data-testid="import-duplicates">{formatCount(summary.duplicateRows)} row(s) repeated an earlier date with the same close and were counted once.</p> : null}
      {summary.skipped > 0 ? <p className="muted" data-testid="import-skipped-days">Not stored — NYSE was closed: {summary.skippedDays.slice(0, 5).map((d) => `${d.date} (${d.reason})`).join(', ')}{summary.skipped > 5 ? `, and ${formatCount(summary.skipped - 5)} more` : ''}.</p> : null}
      {summary.added + summary.updated === 0 ? <p className="muted">Every close was already in the journal; nothing changed.</p> : <p className="muted">Undo it in the import and edit history below.</p>}
    </div>
  );
}

import type { ImportSummary } from '../../../../shared/domain/types';
import { formatHundredths } from '../../../../shared/format/money';
import { formatCount } from './market-format';

const SKIPS_SHOWN = 5;
const pct = (value: number | null) => (value === null ? '—' : `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(2)}%`);
const pts = (value: number | null) => (value === null ? '—' : formatHundredths(value));

interface ImportPreviewProps {
  fileName: string;
  summary: ImportSummary;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * What an import would do, before anything is written: counts, dates, skipped days, the biggest
 * changes and, when the file does not look like the index, why — with an explicit override.
 */
export function ImportPreviewView({ fileName, summary, onConfirm, onCancel }: ImportPreviewProps) {
  const refused = summary.refusals.length > 0;
  const changing = summary.added + summary.updated;
  const figures: [string, number, string][] = [['Added', summary.added, 'added'], ['Updated', summary.updated, 'updated'], ['Unchanged', summary.unchanged, 'unchanged'], ['Skipped', summary.skipped, 'skipped']];
  return (
    <div className={refused ? 'import-result import-refused' : 'import-result import-preview'} role={refused ? 'alert' : 'status'} data-testid="import-preview">
      <p>
        <strong>{refused ? `${fileName} does not look like ${summary.symbol} closes` : `Preview: ${summary.symbol} closes from ${fileName}`}</strong>
        {summary.firstDate && summary.lastDate ? <span className="muted"> · {summary.firstDate} → {summary.lastDate}</span> : null}
        <span className="muted"> · nothing is stored yet</span>
      </p>
      {refused ? (
        <ul className="import-refusals" data-testid="import-refusals">
          {summary.refusals.map((r) => <li key={r.rule} data-testid={`refusal-${r.rule}`}>{r.message}.</li>)}
        </ul>
      ) : null}
      <dl className="import-figures">
        {figures.map(([label, value, key]) => (
          <div key={key}><dt>{label}</dt><dd data-testid={`preview-${key}`}>{formatCount(value)}</dd></div>
        ))}
      </dl>
      {summary.skipped > 0 ? <SkippedDays summary={summary} /> : null}
      {summary.biggestChanges.length > 0 ? <BiggestChanges changes={summary.biggestChanges} /> : null}
      <div className="form-actions">
        {changing === 0 ? <p className="muted">Every close is already stored; importing changes nothing.</p> : null}
        <button type="button" className={refused ? 'button button-danger' : 'button button-primary'} onClick={onConfirm} disabled={changing === 0} data-testid="import-confirm">
          {refused ? `Replace anyway: change ${formatCount(changing)} ${summary.symbol} close(s)` : `Import ${formatCount(changing)} close(s)`}
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="import-cancel">Cancel</button>
      </div>
    </div>
  );
}

/** The first few days the file has but the market was closed, and how many more. */
function SkippedDays({ summary }: { summary: ImportSummary }) {
  return (
    <p className="muted" data-testid="preview-skipped-days">
      Not stored — NYSE was closed: {summary.skippedDays.slice(0, SKIPS_SHOWN).map((d) => `${d.date} (${d.reason})`).join(', ')}{summary.skipped > SKIPS_SHOWN ? `, and ${formatCount(summary.skipped - SKIPS_SHOWN)} more` : ''}.
    </p>
  );
}

function BiggestChanges({ changes }: { changes: ImportSummary['biggestChanges'] }) {
  return (
    <table className="table table-compact import-changes" data-testid="preview-changes">
      <caption>{changes.some((c) => c.changePct !== null) ? 'Largest changes to stored closes' : 'First closes added'}</caption>
      <thead><tr><th scope="col">Date</th><th scope="col" className="num">Stored (pts)</th><th scope="col" className="num">File (pts)</th><th scope="col" className="num">Change</th></tr></thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.date}><td>{c.date}</td><td className="num">{pts(c.beforeHundredths)}</td><td className="num">{pts(c.afterHundredths)}</td><td className="num">{pct(c.changePct)}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

import { formatCount } from './market-format';
import { ImportIssues } from '../../components/import-issues';
import { ImportPreviewView } from './import-preview-view';
import { ImportSummaryView } from './import-summary-view';
import type { CsvImport } from './use-csv-import';

const kilobytes = (bytes: number) => `${formatCount(Math.round(bytes / 1024))} KB`;

/** Reading → importing → done: a progress bar while it runs, then the summary or the rejected rows. */
export function ImportProgress({ csvImport }: { csvImport: CsvImport }) {
  const { state } = csvImport;
  switch (state.phase) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <div className="import-status" role="status" data-testid="import-status">
          <span className="spinner" aria-hidden="true" />
          <span>Reading {state.fileName} ({kilobytes(state.loaded)} of {kilobytes(state.total)})…</span>
          <progress className="import-bar" max={Math.max(state.total, 1)} value={state.loaded} aria-label="Reading the file" />
        </div>
      );
    case 'importing':
      return (
        <div className="import-status" role="status" data-testid="import-status">
          <span className="spinner" aria-hidden="true" />
          <span>Importing {formatCount(state.rows)} rows of {state.symbol} closes from {state.fileName}…</span>
          <progress className="import-bar" aria-label="Importing" />
        </div>
      );
    case 'preview':
      return <ImportPreviewView fileName={state.fileName} summary={state.summary} onConfirm={() => void csvImport.confirm()} onCancel={csvImport.cancel} />;
    case 'done':
      return <ImportSummaryView fileName={state.fileName} summary={state.summary} />;
    case 'failed':
      return <ImportIssues fileName={state.fileName} error={state.error} testId="import-rejected" />;
  }
}

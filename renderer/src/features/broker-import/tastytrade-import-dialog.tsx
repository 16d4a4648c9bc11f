import type { ChangeEvent } from 'react';
import type { Portfolio } from '../../../../shared/domain/types';
import type { TastytradeImportSummary } from '../../../../shared/import/tastytrade';
import { Modal } from '../../components/modal';
import { ImportIssues } from '../../components/import-issues';
import { ImportPreview } from './import-preview';
import { useTastytradeImport } from './use-tastytrade-import';
import '../../styles/broker-import.css';

const INPUT_ID = 'tastytrade-csv-file';

interface TastytradeImportDialogProps {
  portfolio: Portfolio;
  onImported(summary: TastytradeImportSummary): void;
  onClose(): void;
}

/** Choose a tastytrade transactions CSV, see what it would create, then import it in one step. */
export function TastytradeImportDialog({ portfolio, onImported, onClose }: TastytradeImportDialogProps) {
  const { state, pick, apply } = useTastytradeImport(portfolio.id);
  const busy = state.phase === 'reading' || state.phase === 'previewing' || state.phase === 'importing';
  const preview = state.phase === 'preview' || state.phase === 'importing' ? state.preview : null;
  const nothingToDo = preview !== null && preview.tickets.length === 0;

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void pick(file);
  };
  const confirm = async () => {
    const result = await apply();
    if (result) onImported(result);
  };

  return (
    <Modal title="Import from tastytrade" onClose={onClose} size="wide" locked={state.phase === 'importing'} testId="tastytrade-import-dialog">
      <div className="broker-import">
        <p className="muted">
          tastytrade → History → Transactions → CSV. SPX and SPXW option orders become layers and tickets in <strong>{portfolio.name}</strong>,
          expirations and cash settlements become expire and settle tickets; what was already imported is skipped. Nothing is written until you press Import.
        </p>
        <div className="broker-import-pick">
          <input id={INPUT_ID} className="file-input" type="file" accept=".csv,text/csv" onChange={picked} disabled={busy} data-testid="tastytrade-csv-input" data-autofocus />
          <label htmlFor={INPUT_ID} className="button file-button">Choose CSV file…</label>
          <span className="muted" aria-live="polite">
            {state.phase === 'idle' ? 'No file chosen' : state.fileName}
            {state.phase === 'reading' || state.phase === 'previewing' ? ' — reading…' : ''}
          </span>
        </div>
        {state.phase === 'rejected' ? <ImportIssues fileName={state.fileName} error={state.error} testId="tastytrade-import-errors" /> : null}
        {preview ? <ImportPreview summary={preview} /> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose} disabled={state.phase === 'importing'}>Cancel</button>
          <button type="button" className="button button-primary" onClick={() => void confirm()} disabled={preview === null || nothingToDo || state.phase !== 'preview'} data-testid="tastytrade-import-apply">
            {state.phase === 'importing' ? 'Importing…' : nothingToDo ? 'Nothing to import' : preview ? `Import ${preview.tickets.length} ticket(s)` : 'Import'}
          </button>
        </div>
      </div>
    </Modal>
  );
}

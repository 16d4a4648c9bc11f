import { useState } from 'react';
import type { BackupCounts, BackupList } from '../../../../shared/api/backups';
import { ApiError } from '../../../../shared/api/errors';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { useJob } from '../../api/use-job';
import { FormError } from '../../components/form-error';
import { Modal } from '../../components/modal';
import { SelectField } from '../../components/select-field';
import { readPickedText } from '../../files/save-file';
import { useToast } from '../../toast/use-toast';
import { formatBytes, formatFileDate } from './file-format';
import { JobProgress } from './job-progress';

type Source = { kind: 'json'; text: string; label: string } | { kind: 'file'; name: string; label: string };

const isEmpty = (c: BackupCounts) => c.empty;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Restore in two steps: pick the backup (a JSON file, or a copy in the backups folder), then —
 * when the journal holds data — confirm the replacement, which saves a copy first.
 */
export function RestoreDialog({ list, onClose, onRestored }: { list: BackupList; onClose(): void; onRestored(): void }) {
  const toast = useToast();
  const job = useJob();
  const action = useAction();
  const [mode, setMode] = useState<'json' | 'file'>(list.backups.length > 0 ? 'file' : 'json');
  const [fileName, setFileName] = useState(list.backups[0]?.name ?? '');
  const [picked, setPicked] = useState<Source | null>(null);
  const [confirming, setConfirming] = useState<Source | null>(null);

  const chosen: Source | null = mode === 'json' ? picked : fileName ? { kind: 'file', name: fileName, label: fileName } : null;

  const run = async (source: Source, replaceExisting: boolean) => {
    const input = { source: source.kind === 'json' ? { kind: 'json' as const, text: source.text } : { kind: 'file' as const, name: source.name }, replaceExisting };
    const result = await action.run(() => job.run(() => api.send('backup/restore', input)));
    if (!result) return;
    toast(`Restored ${source.label}: ${plural(result.journal.portfolios, 'portfolio')}, ${plural(result.journal.layers, 'layer')}, ${plural(result.journal.tickets, 'ticket')}${result.safetyCopy ? '. The previous journal was saved first.' : ''}`, 'success');
    onRestored();
  };

  const next = () => {
    if (chosen === null) return;
    if (isEmpty(list.journal)) void run(chosen, false);
    else setConfirming(chosen);
  };

  const pickFile = async (file: File | undefined) => {
    setPicked(null);
    if (!file) return;
    const text = await action.run(() => readPickedText(file));
    if (text !== undefined) setPicked({ kind: 'json', text, label: file.name });
  };

  const busy = action.busy || job.running;
  const c = list.journal;
  return (
    <Modal title={confirming ? 'Replace the journal?' : 'Restore a backup'} onClose={onClose} size="narrow" locked={busy} testId="restore-dialog">
      {confirming ? (
        <div className="confirm" data-testid="restore-confirm">
          <div className="confirm-text">
            <p>
              This replaces {plural(c.layers, 'layer')} and {plural(c.tickets, 'ticket')} in {plural(c.portfolios, 'portfolio')}
              {c.marketCloses + c.events > 0 ? <>, {plural(c.marketCloses, 'market close')} and {plural(c.events, 'event')}</> : null} — everything in the journal — with <strong>{confirming.label}</strong>.
            </p>
            <p>A copy of the journal as it is now is saved first as <code>journal-before-restore-&lt;date-time&gt;.sqlite</code> in <code>{list.folder}</code>.</p>
          </div>
          <JobProgress job={job} testId="restore-progress" />
          <FormError error={action.error} lead="Not restored." />
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose} data-autofocus="" disabled={busy}>Cancel</button>
            <button type="button" className="button button-danger" onClick={() => void run(confirming, true)} disabled={busy} data-testid="restore-replace">
              {busy ? 'Restoring…' : 'Replace the journal'}
            </button>
          </div>
        </div>
      ) : (
        <div className="form restore-form">
          <fieldset className="restore-source">
            <legend>Restore from</legend>
            <label className="check">
              <input type="radio" name="restore-source" checked={mode === 'file'} onChange={() => setMode('file')} disabled={list.backups.length === 0} />
              A copy in the backups folder{list.backups.length === 0 ? ' (none yet)' : ''}
            </label>
            <label className="check">
              <input type="radio" name="restore-source" checked={mode === 'json'} onChange={() => setMode('json')} data-testid="restore-mode-json" />
              A JSON backup file
            </label>
          </fieldset>
          {mode === 'file' && list.backups.length > 0 ? (
            <SelectField id="restore-file" label="Backup" value={fileName} onChange={setFileName} testId="restore-file"
              options={list.backups.map((b) => ({ value: b.name, label: `${b.name} — ${formatFileDate(b.date)}, ${formatBytes(b.bytes)}` }))} />
          ) : null}
          {mode === 'json' ? (
            <div className="field">
              <label htmlFor="restore-json">JSON backup</label>
              <input id="restore-json" type="file" accept=".json,application/json" data-testid="restore-json" onChange={(e) => void pickFile(e.target.files?.[0])} />
            </div>
          ) : null}
          <JobProgress job={job} testId="restore-progress" />
          <FormError error={action.error instanceof ApiError ? action.error : null} lead="Not restored." />
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose} disabled={busy}>Cancel</button>
            <button type="button" className="button button-primary" onClick={next} disabled={busy || chosen === null} data-testid="restore-next">
              {isEmpty(c) ? 'Restore' : 'Continue…'}
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}

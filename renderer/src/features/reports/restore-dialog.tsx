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
import { formatBytes, formatFileDate } from '../../format/files';
import { JobProgress } from '../../components/job-progress';

type Source = { kind: 'json'; text: string; label: string } | { kind: 'file'; name: string; label: string };
type Checked = { source: Source; counts: BackupCounts };

const isEmpty = (c: BackupCounts) => c.empty;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const toApiSource = (source: Source) => (source.kind === 'json' ? { kind: 'json' as const, text: source.text } : { kind: 'file' as const, name: source.name });

/** "3 portfolios, 12 layers and 40 tickets, 2,100 market closes and 9 events". */
function describe(c: BackupCounts): string {
  const market = c.marketCloses + c.events > 0 ? `, ${plural(c.marketCloses, 'market close')} and ${plural(c.events, 'event')}` : '';
  return `${plural(c.portfolios, 'portfolio')}, ${plural(c.layers, 'layer')} and ${plural(c.tickets, 'ticket')}${market}`;
}

/**
 * Restore in two steps: pick the backup (a JSON file, or a copy in the backups folder), which is
 * read and checked at once (a file that is not a backup is said so before any question), then —
 * when the journal holds data — confirm the replacement with both sides' counts; a copy of the
 * journal is saved first.
 */
export function RestoreDialog({ list, onClose, onRestored }: { list: BackupList; onClose(): void; onRestored(): void }) {
  const toast = useToast();
  const job = useJob();
  const action = useAction();
  const [mode, setMode] = useState<'json' | 'file'>(list.backups.length > 0 ? 'file' : 'json');
  const [fileName, setFileName] = useState(list.backups[0]?.name ?? '');
  const [picked, setPicked] = useState<Source | null>(null);
  const [confirming, setConfirming] = useState<Checked | null>(null);

  const chosen: Source | null = mode === 'json' ? picked : fileName ? { kind: 'file', name: fileName, label: fileName } : null;

  const run = async (source: Source, replaceExisting: boolean) => {
    const input = { source: toApiSource(source), replaceExisting };
    const result = await action.run(() => job.run(() => api.send('backup/restore', input)));
    if (!result) return;
    toast(`Restored ${source.label}: ${plural(result.journal.portfolios, 'portfolio')}, ${plural(result.journal.layers, 'layer')}, ${plural(result.journal.tickets, 'ticket')}${result.safetyCopy ? '. The previous journal was saved first.' : ''}`, 'success');
    onRestored();
  };

  const next = async () => {
    if (chosen === null) return;
    const inspected = await action.run(() => api.send('backup/inspect', { source: toApiSource(chosen) }));
    if (!inspected) return; // not valid: the error shows in this step, nothing was asked or changed
    if (isEmpty(list.journal)) void run(chosen, false);
    else setConfirming({ source: chosen, counts: inspected.counts });
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
              This replaces everything in the journal — {describe(c)} — with <strong>{confirming.source.label}</strong>, a backup
              of <span data-testid="restore-backup-counts">{describe(confirming.counts)}</span>.
            </p>
            <p>A copy of the journal as it is now is saved first as <code>journal-before-restore-&lt;date-time&gt;.sqlite</code> in <code>{list.folder}</code>.</p>
          </div>
          <JobProgress job={job} label="Restore progress" testId="restore-progress" />
          <FormError error={action.error} lead="Not restored." />
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose} data-autofocus="" disabled={busy}>Cancel</button>
            <button type="button" className="button button-danger" onClick={() => void run(confirming.source, true)} disabled={busy} data-testid="restore-replace">
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
          <JobProgress job={job} label="Restore progress" testId="restore-progress" />
          <FormError error={action.error instanceof ApiError ? action.error : null} lead="Not restored." />
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose} disabled={busy}>Cancel</button>
            <button type="button" className="button button-primary" onClick={() => void next()} disabled={busy || chosen === null} data-testid="restore-next">
              {isEmpty(c) ? 'Restore' : 'Continue…'}
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}

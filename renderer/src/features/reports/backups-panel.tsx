import { useEffect, useRef, useState } from 'react';
import type { BackupKind } from '../../../../shared/api/backups';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { useLoad } from '../../api/use-load';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/form-error';
import { saveFile } from '../../files/save-file';
import { focusInView } from '../../routing/focus-in-view';
import { useRouteIntent } from '../../routing/use-route-intent';
import { useToast } from '../../toast/use-toast';
import { formatBytes, formatFileDate } from '../../format/files';
import { RestoreDialog } from './restore-dialog';

const KIND_LABELS: Record<BackupKind, string> = { automatic: 'Automatic (daily)', manual: 'Manual', 'before-restore': 'Before a restore' };

/** The backups folder beside the journal: its copies, "Back up now", the JSON download and Restore…. */
export function BackupsPanel({ onRestored }: { onRestored(): void }) {
  const toast = useToast();
  const list = useLoad(() => api.send('backup/list', {}), 'backups');
  const action = useAction();
  const [restoring, setRestoring] = useState(false);
  const data = list.data;

  const backUpNow = async () => {
    const made = await action.run(() => api.send('backup/create', {}));
    if (made) {
      toast(`Backup saved: ${made.name} (${formatBytes(made.bytes)})`, 'success');
      list.reload();
    }
  };
  // File → Back Up Now takes the backup (a manual copy, never destructive) and then focuses
  // the button, which is disabled while the copy runs; File → Restore… opens the dialog.
  const focusWhenDone = useRef(false);
  useEffect(() => {
    if (action.busy || !focusWhenDone.current) return;
    focusWhenDone.current = false;
    focusInView('backup-now-button');
  }, [action.busy]);
  useRouteIntent('backup', () => {
    focusWhenDone.current = true;
    void backUpNow();
  });
  useRouteIntent('restore', () => setRestoring(true));
  const downloadJson = async () => {
    const saved = await action.run(async () => {
      const { fileName, text } = await api.send('backup/exportJson', {});
      return saveFile({ kind: 'backup', suggestedName: fileName, mimeType: 'application/json', text });
    });
    if (saved?.path) toast(`JSON backup saved: ${saved.path}`, 'success');
  };

  return (
    <section className="reports-panel" aria-labelledby="backups-title" data-testid="backups">
      <h2 id="backups-title">Backups</h2>
      <p className="muted">
        Copies are kept in <code data-testid="backups-folder">{data?.folder ?? 'the backups folder beside the journal'}</code>.
        The app takes one automatically each day it opens a journal with data and keeps the newest {data?.keepDaily ?? 14}; manual copies and the copies taken before a restore are never deleted by the app.
      </p>
      {data?.startup && !data.startup.ok ? <p className="form-error" role="alert" data-testid="startup-backup-error">{data.startup.message}</p> : null}
      <div className="button-row reports-actions">
        <button type="button" className="button button-primary" onClick={() => void backUpNow()} disabled={action.busy} id="backup-now-button" data-testid="backup-now">Back up now</button>
        <button type="button" className="button" onClick={() => void downloadJson()} disabled={action.busy} data-testid="backup-json">Download JSON backup</button>
        <button type="button" className="button" onClick={() => setRestoring(true)} disabled={action.busy || !data} data-testid="backup-restore">Restore…</button>
      </div>
      <FormError error={action.error ?? list.error} lead="Not done." />
      {list.loading && !data ? <p className="muted">Reading the backups folder…</p> : null}
      {data && data.backups.length === 0 ? (
        <EmptyState title="No backups yet" testId="backups-empty">
          <p>Click <strong>Back up now</strong> for a copy in the backups folder, or <strong>Download JSON backup</strong> to keep one elsewhere. The daily automatic copy starts once the journal holds data.</p>
        </EmptyState>
      ) : null}
      {data && data.backups.length > 0 ? (
        <table className="table table-compact backups-table" data-testid="backups-table">
          <thead><tr><th>File</th><th>Kind</th><th>Written</th><th className="num">Size</th></tr></thead>
          <tbody>
            {data.backups.map((b) => (
              <tr key={b.name}>
                <td className="date">{b.name}</td>
                <td>{KIND_LABELS[b.kind]}</td>
                <td className="date">{formatFileDate(b.date)}</td>
                <td className="num">{formatBytes(b.bytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {restoring && data ? (
        <RestoreDialog list={data} onClose={() => setRestoring(false)} onRestored={() => { setRestoring(false); list.reload(); onRestored(); }} />
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import type { AppHealth, UnavailableReason } from '../../../../shared/api/backups';
import { api } from '../../api/transport';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatBytes, formatFileDate } from '../../format/files';

type Unavailable = Extract<AppHealth, { state: 'unavailable' }>;

const TITLES: Record<UnavailableReason, string> = {
  damaged: 'The journal file is damaged',
  newer: 'The journal was written by a newer version of the app',
  readonly: 'The journal file is read-only',
  locked: 'The journal is in use by another program',
  'missing-folder': "The journal's folder is missing",
};

/** What to do when restoring the backup is not the answer (or not wanted). */
const OTHERWISE: Record<UnavailableReason, string> = {
  damaged: 'If you have a more recent copy of the journal (a JSON or .sqlite backup you saved elsewhere), restore the latest backup first, then use Reports & backups → Restore… to load that copy. The damaged file is never deleted; it can be sent for inspection.',
  newer: 'Install the newer version of ALVH Journal that wrote this file and open it there — nothing in it has been changed. Restore the latest backup only if you want to go back to an older copy.',
  readonly: 'Fix the permissions of the file and its folder (the app must be able to write both), or move the journal to a writable folder and start the app with --db pointing at it. Then start the app again.',
  locked: 'Close the other program that has the journal open — another window of ALVH Journal, `npm run web`, the alvh command line, or a backup or sync tool — then start the app again.',
  'missing-folder': 'Reconnect the drive or create the folder, or start the app with --db pointing at your journal. Then start the app again.',
};

const RESTORABLE: ReadonlySet<UnavailableReason> = new Set(['damaged', 'newer']);

/** Full-page screen shown instead of the app when the journal could not be opened. */
export function RecoveryScreen({ health }: { health: Unavailable }) {
  const [confirming, setConfirming] = useState(false);
  const backup = health.latestBackup;
  const canRestore = backup !== null && RESTORABLE.has(health.reason);
  return (
    <main className="recovery" data-testid="recovery-screen">
      <div className="recovery-card card">
        <h1>{TITLES[health.reason]}</h1>
        <p className="recovery-message">{health.message}</p>
        <dl className="recovery-facts">
          <dt>Journal file</dt>
          <dd><code data-testid="recovery-path">{health.dbPath}</code></dd>
          <dt>Latest backup</dt>
          <dd data-testid="recovery-backup">
            {backup ? <>{backup.name} — {formatFileDate(backup.date)}, {formatBytes(backup.bytes)}; checked, holds {backup.counts.portfolios} portfolio(s), {backup.counts.layers} layer(s), {backup.counts.tickets} ticket(s)</> : 'No sound backup found in the backups folder beside the journal.'}
          </dd>
        </dl>
        {canRestore ? (
          <div className="form-actions recovery-actions">
            <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>Restore latest backup</button>
          </div>
        ) : null}
        <h2>Otherwise</h2>
        <p>{OTHERWISE[health.reason]}</p>
        {!canRestore && RESTORABLE.has(health.reason) ? <p className="muted">No backup was found, so there is nothing to restore from here.</p> : null}
      </div>
      {confirming && backup ? <RestoreLatestDialog health={health} backupName={backup.name} onClose={() => setConfirming(false)} /> : null}
    </main>
  );
}

function RestoreLatestDialog({ health, backupName, onClose }: { health: Unavailable; backupName: string; onClose(): void }) {
  return (
    <ConfirmDialog
      title="Restore the latest backup?"
      onConfirm={() => api.send('recovery/restoreLatest', {})}
      // The backend now has a healthy journal: start the app afresh on it.
      onDone={() => window.location.reload()}
      onClose={onClose}
      confirmLabel="Restore"
      busyLabel="Restoring…"
      failLead="Not restored."
      tone="primary"
      testId="recovery-confirm"
    >
      <p>The journal will be replaced by <strong>{backupName}</strong>. Entries made after that backup are not in it.</p>
      <p>The file that could not be opened is kept, renamed to <code>{health.dbPath.split(/[\\/]/).pop()}.damaged-&lt;date-time&gt;</code> in the same folder. Nothing is deleted.</p>
    </ConfirmDialog>
  );
}

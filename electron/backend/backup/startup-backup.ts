/**
 * The automatic daily backup the app takes when it opens a journal: today's
 * `journal-YYYY-MM-DD.sqlite` in the backups folder, the newest {@link KEEP_DAILY_BACKUPS}
 * kept. A failure never stops the app: it is logged and shown by `backup/list`.
 */
import type { BackupList } from '../../../shared/api/backups';
import type { BackendContext } from '../context';
import { backupsDir, fileStamp } from './backups-folder';
import { dailyBackup } from './db-backup';
import { isEmptyJournal } from './json-backup';

/** Two weeks of daily copies: enough to step back past a mistake noticed days later. */
export const KEEP_DAILY_BACKUPS = 14;

export type StartupBackupOutcome = NonNullable<BackupList['startup']>;

/** Per journal file, so several backends in one process (tests) do not mix. */
const outcomes = new Map<string, StartupBackupOutcome>();

export function startupBackup(backend: { context: BackendContext }, options: { keep?: number; logError?: (error: unknown) => void } = {}): StartupBackupOutcome {
  const { db, dbPath, now } = backend.context;
  const dir = backupsDir(dbPath);
  let outcome: StartupBackupOutcome;
  try {
    // An empty journal has nothing to lose; its copies would only push real ones out of the rotation.
    if (isEmptyJournal(db)) {
      outcome = { ok: true, message: 'The journal is empty, so no automatic backup was needed today' };
      outcomes.set(dbPath, outcome);
      return outcome;
    }
    const written = dailyBackup(db, dir, fileStamp(now()).slice(0, 10), options.keep ?? KEEP_DAILY_BACKUPS);
    outcome = { ok: true, message: written === null ? `Today's automatic backup is already in ${dir}` : `Today's automatic backup was written to ${written}` };
  } catch (error) {
    (options.logError ?? ((e: unknown) => console.error(e)))(error);
    const detail = error instanceof Error ? error.message : String(error);
    outcome = { ok: false, message: `Today's automatic backup could not be written to ${dir} (${detail}). The journal works normally; use "Back up now" or make the folder writable.` };
  }
  outcomes.set(dbPath, outcome);
  return outcome;
}

/** What the start-up backup of this journal did in this process, or null when none ran. */
export function startupBackupOutcome(dbPath: string): StartupBackupOutcome | null {
  return outcomes.get(dbPath) ?? null;
}

import { mkdirSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { RestoreResult } from '../../../shared/api/backups';
import type { ApiParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { backupPath, backupsDir, fileStamp, freshBackupPath, listBackups } from '../backup/backups-folder';
import { backupDatabase } from '../backup/db-backup';
import { describeCounts, journalCounts } from '../backup/journal-counts';
import { checkBackup, exportJson, isEmptyJournal, restoreJson } from '../backup/json-backup';
import { jsonOfDatabase } from '../backup/json-of-database';
import { KEEP_DAILY_BACKUPS, startupBackupOutcome } from '../backup/startup-backup';
import type { BackendContext } from '../context';
import type { TaskMap } from './task';

const RESTORE_STEPS = 3;

export const backupTasks: Pick<TaskMap, 'backup/create' | 'backup/list' | 'backup/exportJson' | 'backup/restore'> = {
  'backup/create': async (_input, { ctx }) => {
    const dir = backupsDir(ctx.dbPath);
    mkdirSync(dir, { recursive: true });
    const path = freshBackupPath(dir, 'manual', ctx.now());
    backupDatabase(ctx.db, path);
    return { name: basename(path), path, bytes: statSync(path).size };
  },

  'backup/list': async (_input, { ctx }) => {
    const folder = backupsDir(ctx.dbPath);
    return { folder, backups: listBackups(folder), keepDaily: KEEP_DAILY_BACKUPS, startup: startupBackupOutcome(ctx.dbPath), journal: journalCounts(ctx.db) };
  },

  'backup/exportJson': async (_input, { ctx }) => ({ fileName: `alvh-journal-${fileStamp(ctx.now())}.json`, text: exportJson(ctx.db) }),

  /**
   * Checks run before the job starts, so a refusal is a plain error the UI can turn into a
   * confirm dialog. The job reads the backup, saves a copy of a non-empty journal, then
   * restores in one transaction (a bad backup changes nothing).
   */
  'backup/restore': async ({ source, replaceExisting }, { ctx, jobs }) => {
    const dir = backupsDir(ctx.dbPath);
    const read = backupReader(dir, source);
    refuseOverData(ctx, replaceExisting);
    return jobs.start<RestoreResult>('backup/restore', async ({ progress, signal }) => {
      progress(0, RESTORE_STEPS, 'Reading the backup');
      const text = read();
      checkBackup(ctx.db, text);
      if (signal.aborted) throw new ApiError('cancelled', 'Restore cancelled; nothing was changed');
      refuseOverData(ctx, replaceExisting);
      let safetyCopy: string | null = null;
      if (!isEmptyJournal(ctx.db)) {
        progress(1, RESTORE_STEPS, 'Saving a copy of the current journal');
        mkdirSync(dir, { recursive: true });
        safetyCopy = freshBackupPath(dir, 'before-restore', ctx.now());
        backupDatabase(ctx.db, safetyCopy);
      }
      if (signal.aborted) throw new ApiError('cancelled', `Restore cancelled; nothing was changed${safetyCopy ? ` (the copy ${basename(safetyCopy)} was kept)` : ''}`);
      progress(2, RESTORE_STEPS, 'Restoring');
      const { rows } = restoreJson(ctx.db, text);
      progress(RESTORE_STEPS, RESTORE_STEPS, 'Done');
      return { rows, safetyCopy, journal: journalCounts(ctx.db) };
    }, 'Reading the backup');
  },
};

/** Resolves (and so validates) a listed backup's name now, before any job starts. */
function backupReader(dir: string, source: ApiParsedInput<'backup/restore'>['source']): () => string {
  if (source.kind === 'json') {
    const { text } = source;
    return () => text;
  }
  const path = backupPath(dir, source.name);
  return () => jsonOfDatabase(path);
}

function refuseOverData(ctx: BackendContext, replaceExisting: boolean): void {
  if (replaceExisting || isEmptyJournal(ctx.db)) return;
  throw new ApiError('conflict', `The journal holds data (${describeCounts(journalCounts(ctx.db))}); a restore replaces all of it. Confirm to replace it — a copy is saved first in ${backupsDir(ctx.dbPath)}.`);
}

import type { BackupCounts } from '../../../shared/api/backups';
import { backupPath, backupsDir } from '../backup/backups-folder';
import { checkBackup, type JsonBackup } from '../backup/json-backup';
import { jsonOfDatabase } from '../backup/json-of-database';
import type { TaskMap } from './task';

/** A backup's own counts, as the confirm dialog states them. */
export function backupCounts(backup: JsonBackup): BackupCounts {
  const count = (table: string) => backup.tables[table]?.length ?? 0;
  const empty = Object.values(backup.tables).every((rows) => rows.length === 0);
  return { portfolios: count('portfolios'), layers: count('layers'), tickets: count('tickets'), marketCloses: count('market_bars'), events: count('economic_events'), empty };
}

/**
 * `backup/inspect`: the restore dialog reads and checks the backup FIRST (not JSON, not ours,
 * a newer schema: said at once), then asks "replace …with a backup of N layers…" using its counts.
 */
export const backupInspectTask: Pick<TaskMap, 'backup/inspect'> = {
  'backup/inspect': async ({ source }, { ctx }) => {
    const text = source.kind === 'json' ? source.text : jsonOfDatabase(backupPath(backupsDir(ctx.dbPath), source.name));
    const backup = checkBackup(ctx.db, text);
    return { counts: backupCounts(backup), schemaVersion: backup.schemaVersion };
  },
};

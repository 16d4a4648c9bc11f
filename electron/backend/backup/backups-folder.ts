/**
 * The backups folder beside the journal (`<folder of journal.sqlite>/backups/`): what its
 * file names mean, listing them, and turning a name the UI sends back into a path safely.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupFile, BackupKind } from '../../../shared/api/backups';
import { ApiError } from '../../../shared/api/errors';

export const BACKUPS_FOLDER = 'backups';

/** journal-YYYY-MM-DD.sqlite: the automatic daily copy. */
export const AUTOMATIC_NAME = /^journal-\d{4}-\d{2}-\d{2}\.sqlite$/;
const NAME_KINDS: readonly [RegExp, BackupKind][] = [
  [AUTOMATIC_NAME, 'automatic'],
  [/^journal-manual-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.sqlite$/, 'manual'],
  [/^journal-before-restore-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.sqlite$/, 'before-restore'],
];

export function backupsDir(dbPath: string): string {
  return join(dirname(dbPath), BACKUPS_FOLDER);
}

export function backupKind(name: string): BackupKind | null {
  return NAME_KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/** The backups in `dir`, newest first; files that are not ours are ignored. */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  const files: BackupFile[] = [];
  for (const name of readdirSync(dir)) {
    const kind = backupKind(name);
    if (kind === null) continue;
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    files.push({ name, kind, date: stat.mtime.toISOString(), bytes: stat.size });
  }
  return files.sort((a, b) => b.date.localeCompare(a.date) || b.name.localeCompare(a.name));
}

/** The newest backup of any kind, for the recovery screen. */
export function newestBackup(dir: string): BackupFile | null {
  return listBackups(dir)[0] ?? null;
}

/**
 * The path of a listed backup. The name comes from the UI, so it must be one of our names
 * (which rules out folders and "..") and exist in the folder.
 */
export function backupPath(dir: string, name: string): string {
  if (backupKind(name) === null) throw new ApiError('invalid_input', `"${name.slice(0, 80)}" is not the name of a backup in the backups folder`, [{ path: 'source.name', message: 'is not a backup name' }]);
  const match = listBackups(dir).find((b) => b.name === name);
  if (!match) throw new ApiError('not_found', `There is no backup named ${name} in ${dir}`);
  return join(dir, match.name);
}

/** Local date and time as YYYY-MM-DD-HHMMSS, for file names a person reads. */
export function fileStamp(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
}

/** `journal-<label>-<stamp>.sqlite` in `dir`, with -2, -3… when that second is taken (never overwrite). */
export function freshBackupPath(dir: string, label: 'manual' | 'before-restore', now: Date): string {
  const base = `journal-${label}-${fileStamp(now)}`;
  for (let n = 1; ; n += 1) {
    const path = join(dir, n === 1 ? `${base}.sqlite` : `${base}-${n}.sqlite`);
    if (!existsSync(path)) return path;
  }
}

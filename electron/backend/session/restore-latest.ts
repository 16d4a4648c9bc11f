/**
 * Recovery: puts the newest backup in place of a journal that cannot be opened. The unreadable
 * file is RENAMED aside (journal.sqlite.damaged-<time>, with its -wal/-shm), never overwritten
 * or deleted, and the backup is copied through SQLite (read-only open + VACUUM INTO), so a
 * backup being written or a torn copy cannot slip through as a plain file copy.
 */
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RecoveryResult } from '../../../shared/api/backups';
import { ApiError } from '../../../shared/api/errors';
import { backupsDir, fileStamp, newestBackup } from '../backup/backups-folder';

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

export function restoreLatestBackup(dbPath: string, now: Date): RecoveryResult {
  const dir = backupsDir(dbPath);
  const latest = newestBackup(dir);
  if (latest === null) throw new ApiError('not_found', `There is no backup in ${dir} to restore.`);
  const damagedPath = freshDamagedPath(dbPath, now);
  const moved: [string, string][] = [];
  for (const suffix of ['', ...SIDE_FILES]) {
    if (!existsSync(`${dbPath}${suffix}`)) continue;
    renameSync(`${dbPath}${suffix}`, `${damagedPath}${suffix}`);
    moved.push([`${dbPath}${suffix}`, `${damagedPath}${suffix}`]);
  }
  try {
    const source = new Database(join(dir, latest.name), { readonly: true, fileMustExist: true });
    try {
      source.prepare('VACUUM INTO ?').run(dbPath);
    } finally {
      source.close();
    }
  } catch (error) {
    // Put everything back as it was: our partial copy goes, the original returns under its name.
    for (const suffix of ['', ...SIDE_FILES]) rmSync(`${dbPath}${suffix}`, { force: true });
    for (const [original, aside] of moved) renameSync(aside, original);
    throw new ApiError('storage', `The backup ${latest.name} could not be copied into place (${error instanceof Error ? error.message : String(error)}); the journal file was left as it was.`);
  }
  return { restored: latest.name, damagedPath };
}

function freshDamagedPath(dbPath: string, now: Date): string {
  const base = `${dbPath}.damaged-${fileStamp(now)}`;
  for (let n = 1; ; n += 1) {
    const path = n === 1 ? base : `${base}-${n}`;
    if (!existsSync(path)) return path;
  }
}

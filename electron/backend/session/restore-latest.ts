/**
 * Recovery: puts the newest VERIFIED backup in place of a journal that cannot be opened (a
 * 0-byte or torn copy is passed over however new it is). The unreadable file is RENAMED aside
 * (journal.sqlite.damaged-<time>, with its -wal/-shm), never overwritten or deleted; the
 * backup is copied through SQLite (read-only open + VACUUM INTO) to a temporary name, checked,
 * and only then renamed to the journal's name.
 */
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RecoveryResult } from '../../../shared/api/backups';
import { ApiError } from '../../../shared/api/errors';
import { partialPathFor, publish } from '../backup/atomic-file';
import { backupsDir, fileStamp } from '../backup/backups-folder';
import { inspectBackup, newestVerifiedBackup } from '../backup/verified-copy';

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

export function restoreLatestBackup(dbPath: string, now: Date): RecoveryResult {
  const dir = backupsDir(dbPath);
  const latest = newestVerifiedBackup(dir);
  if (latest === null) throw new ApiError('not_found', `There is no sound backup in ${dir} to restore (none passed SQLite's integrity check with data in it).`);
  const name = latest.file.name;
  const partial = partialPathFor(dbPath);
  try {
    const source = new Database(join(dir, name), { readonly: true, fileMustExist: true });
    try {
      source.prepare('VACUUM INTO ?').run(partial);
    } finally {
      source.close();
    }
    const inspection = inspectBackup(partial, { full: true, requireData: true });
    if (!inspection.ok) throw new Error(`the copy failed its check: ${inspection.reason}`);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new ApiError('storage', `The backup ${name} could not be copied into place (${error instanceof Error ? error.message : String(error)}); the journal file was left as it was.`);
  }
  const damagedPath = freshDamagedPath(dbPath, now);
  const moved: [string, string][] = [];
  try {
    for (const suffix of ['', ...SIDE_FILES]) {
      if (!existsSync(`${dbPath}${suffix}`)) continue;
      renameSync(`${dbPath}${suffix}`, `${damagedPath}${suffix}`);
      moved.push([`${dbPath}${suffix}`, `${damagedPath}${suffix}`]);
    }
    publish(partial, dbPath);
  } catch (error) {
    // Put everything back as it was: the original returns under its name.
    for (const [original, aside] of moved) if (!existsSync(original)) renameSync(aside, original);
    throw new ApiError('storage', `The backup ${name} could not be put in place (${error instanceof Error ? error.message : String(error)}); the journal file was left as it was.`);
  } finally {
    rmSync(partial, { force: true });
  }
  return { restored: name, damagedPath, counts: latest.counts };
}

function freshDamagedPath(dbPath: string, now: Date): string {
  const base = `${dbPath}.damaged-${fileStamp(now)}`;
  for (let n = 1; ; n += 1) {
    const path = n === 1 ? base : `${base}-${n}`;
    if (!existsSync(path)) return path;
  }
}

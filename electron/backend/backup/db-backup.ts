/**
 * Consistent copies of the live journal with SQLite's `VACUUM INTO` (never a file copy of a
 * database in use: that can capture a torn page or miss the WAL). Automatic daily copies keep
 * the newest N.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { AUTOMATIC_NAME } from './backups-folder';

/** Writes a compact, consistent copy of `db` to `path`; refuses to overwrite. */
export function backupDatabase(db: Database.Database, path: string): void {
  if (existsSync(path)) throw new ApiError('conflict', `${path} already exists; choose another name (backups never overwrite)`);
  db.prepare('VACUUM INTO ?').run(path);
}

export const AUTO_BACKUP_PREFIX = 'journal-';

/**
 * Takes today's automatic backup in `dir` (journal-YYYY-MM-DD.sqlite) unless one exists, then
 * deletes the oldest automatic copies beyond `keep` (manual and before-restore copies are never
 * rotated away). Returns the path written, or null when today's exists.
 */
export function dailyBackup(db: Database.Database, dir: string, today: string, keep: number): string | null {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${AUTO_BACKUP_PREFIX}${today}.sqlite`);
  const written = existsSync(path) ? null : (backupDatabase(db, path), path);
  const backups = automaticBackups(dir);
  for (const old of backups.slice(0, Math.max(0, backups.length - keep))) rmSync(join(dir, old));
  return written;
}

/** The newest automatic backup in `dir`, for a recovery screen. */
export function latestBackup(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const backups = automaticBackups(dir);
  const newest = backups[backups.length - 1];
  return newest ? join(dir, newest) : null;
}

/** Only journal-YYYY-MM-DD.sqlite: manual copies share the prefix but are the user's to delete. */
function automaticBackups(dir: string): string[] {
  return readdirSync(dir).filter((f) => AUTOMATIC_NAME.test(f)).sort();
}

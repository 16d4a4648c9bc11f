/**
 * Consistent copies of the live journal with SQLite's `VACUUM INTO` (never a file copy of a
 * database in use: that can capture a torn page or miss the WAL). Automatic daily copies keep
 * the newest N.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { AUTOMATIC_NAME } from './backups-folder';
import { inspectBackup, writeVerifiedCopy } from './verified-copy';

/**
 * Writes a compact, consistent copy of `db` to `path` through a temporary name, checked
 * (integrity, journal tables, not empty when the journal is not) before it is renamed into
 * place; refuses to overwrite.
 */
export function backupDatabase(db: Database.Database, path: string): void {
  if (existsSync(path)) throw new ApiError('conflict', `${path} already exists; choose another name (backups never overwrite)`);
  writeVerifiedCopy(db, path);
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
  // A copy of today that is bad (0 bytes after a kill, torn by a full disk) does not count as today's backup.
  if (existsSync(path) && !isSoundCopy(path)) setAside(path);
  let written: string | null = null;
  if (!existsSync(path)) {
    // Room is made once the new copy has passed its check but before it gets its name, so a kill
    // between the two never leaves more than `keep` copies (at worst one fewer, all sound).
    writeVerifiedCopy(db, path, () => rotate(dir, keep - 1));
    written = path;
  }
  rotate(dir, keep);
  return written;
}

/** Keeps the newest `keep` sound automatic copies; bad ones are set aside, never counted (they would push good ones out). */
function rotate(dir: string, keep: number): void {
  const sound = automaticBackups(dir).filter((name) => isSoundCopy(join(dir, name)) || (setAside(join(dir, name)), false));
  for (const old of sound.slice(0, Math.max(0, sound.length - keep))) rmSync(join(dir, old));
}

/** The newest sound automatic backup in `dir`, for a recovery screen. */
export function latestBackup(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const backups = automaticBackups(dir).filter((name) => isSoundCopy(join(dir, name)));
  const newest = backups[backups.length - 1];
  return newest ? join(dir, newest) : null;
}

/** Only journal-YYYY-MM-DD.sqlite: manual copies share the prefix but are the user's to delete. */
function automaticBackups(dir: string): string[] {
  return readdirSync(dir).filter((f) => AUTOMATIC_NAME.test(f)).sort();
}

/** Quick checks are cached by size and time: the rotation looks at 14 files on every start. */
const soundCache = new Map<string, boolean>();

function isSoundCopy(path: string): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return false;
  const key = `${path}|${stat.size}|${stat.mtimeMs}`;
  const cached = soundCache.get(key);
  if (cached !== undefined) return cached;
  const sound = inspectBackup(path, { full: false, requireData: true }).ok;
  soundCache.set(key, sound);
  return sound;
}

/** Renames a bad copy out of the backups' names (kept for a look, never deleted). */
function setAside(path: string): void {
  for (let n = 1; ; n += 1) {
    const aside = `${path}.bad${n === 1 ? '' : `-${n}`}`;
    if (existsSync(aside)) continue;
    renameSync(path, aside);
    return;
  }
}

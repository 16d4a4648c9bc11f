/**
 * SQLite copies that are known good before anyone relies on them: `VACUUM INTO` a temporary
 * name, `PRAGMA integrity_check`, the journal's tables readable and (when the source held
 * data) not empty, then the atomic rename. The same inspection tells recovery and the daily
 * rotation which existing copies count.
 */
import Database from 'better-sqlite3';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupCounts, BackupFile } from '../../../shared/api/backups';
import { ApiError } from '../../../shared/api/errors';
import { partialPathFor, publish } from './atomic-file';
import { listBackups } from './backups-folder';
import { journalCounts } from './journal-counts';
import { BACKUP_TABLES } from './json-backup';

export type BackupInspection = { ok: true; counts: BackupCounts } | { ok: false; reason: string };

/**
 * Opens `path` read-only and checks it is a sound journal copy. `full` runs integrity_check
 * (every page); otherwise quick_check (structure only), for listing many copies at start-up.
 */
export function inspectBackup(path: string, options: { full: boolean; requireData: boolean }): BackupInspection {
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  if (size === 0) return { ok: false, reason: 'the file is empty (0 bytes)' };
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const check = db.pragma(options.full ? 'integrity_check' : 'quick_check', { simple: true });
    if (check !== 'ok') return { ok: false, reason: `SQLite's ${options.full ? 'integrity' : 'quick'} check failed (${String(check).slice(0, 120)})` };
    const counts = copyCounts(db);
    if (counts === null) return { ok: false, reason: 'it is not an ALVH journal (no portfolios, layers or tickets table)' };
    if (options.requireData && counts.empty) return { ok: false, reason: 'the copy holds no journal data' };
    return { ok: true, counts };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

/** A consistent, verified copy of `db` at `path`; refuses to overwrite; nothing appears at `path` unless it passed. */
export function writeVerifiedCopy(db: Database.Database, path: string, beforePublish?: () => void): BackupCounts {
  const partial = partialPathFor(path);
  try {
    const sourceHeldData = !journalCounts(db).empty;
    db.prepare('VACUUM INTO ?').run(partial);
    const inspection = inspectBackup(partial, { full: true, requireData: sourceHeldData });
    if (!inspection.ok) throw new ApiError('storage', `The copy failed its check (${inspection.reason}); nothing was written to ${path}`);
    beforePublish?.();
    publish(partial, path);
    return inspection.counts;
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Counts a copy that may come from an older schema (tables added later are simply absent). */
function copyCounts(db: Database.Database): BackupCounts | null {
  const present = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  if (!['portfolios', 'layers', 'tickets'].every((t) => present.has(t))) return null;
  const count = (table: string) => (present.has(table) ? Number(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get()) : 0);
  const empty = BACKUP_TABLES.every(({ name }) => count(name) === 0);
  return { portfolios: count('portfolios'), layers: count('layers'), tickets: count('tickets'), marketCloses: count('market_bars'), events: count('economic_events'), empty };
}

/**
 * The newest backup (any kind) that passes the full check and holds data, with its counts:
 * what recovery offers and restores. A 0-byte or torn copy is passed over, however new.
 */
export function newestVerifiedBackup(dir: string): { file: BackupFile; counts: BackupCounts } | null {
  for (const file of listBackups(dir)) {
    const inspection = inspectBackup(join(dir, file.name), { full: true, requireData: true });
    if (inspection.ok) return { file, counts: inspection.counts };
  }
  return null;
}

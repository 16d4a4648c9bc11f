/**
 * Results of the backup, restore and recovery operations. Backups live in a `backups`
 * folder beside the journal file; names tell their kind (see docs/backup.md).
 */

/** automatic = the daily copy taken at start-up; manual = "Back up now"; before-restore = the copy a restore takes first. */
export type BackupKind = 'automatic' | 'manual' | 'before-restore';

export interface BackupFile {
  /** File name inside the backups folder, e.g. `journal-2026-06-01.sqlite`. */
  name: string;
  kind: BackupKind;
  /** When the copy was written (the file's modification time), ISO 8601. */
  date: string;
  bytes: number;
}

export interface BackupCounts {
  portfolios: number;
  layers: number;
  tickets: number;
  /** Daily closes and economic events: kept by a journal even with no portfolio. */
  marketCloses: number;
  events: number;
  /** True only when nothing at all is stored, so a restore may go ahead without asking. */
  empty: boolean;
}

export interface BackupList {
  /** The backups folder (may not exist yet). */
  folder: string;
  /** Newest first. */
  backups: BackupFile[];
  /** How many automatic daily copies are kept. */
  keepDaily: number;
  /** The start-up backup's outcome in this session; null when none was attempted. */
  startup: { ok: boolean; message: string } | null;
  /** What the journal holds now (a restore replaces all of it). */
  journal: BackupCounts;
}

export interface BackupCreated {
  name: string;
  path: string;
  bytes: number;
}

/** What a backup holds, read and checked before the trader is asked to replace the journal. */
export interface BackupInspection {
  /** The backup's own counts (not the journal's). */
  counts: BackupCounts;
  schemaVersion: number;
}

export interface RestoreResult {
  /** Rows written by the restore. */
  rows: number;
  /** The copy of the previous journal, or null when the journal was empty. */
  safetyCopy: string | null;
  journal: BackupCounts;
}

/** Why the journal could not be opened. */
export type UnavailableReason = 'damaged' | 'newer' | 'readonly' | 'locked' | 'missing-folder';

export type AppHealth =
  | { state: 'ok' }
  | {
    state: 'unavailable';
    reason: UnavailableReason;
    message: string;
    dbPath: string;
    /** The newest backup that passed SQLite's integrity check and holds data, with what it holds. */
    latestBackup: (Pick<BackupFile, 'name' | 'date' | 'bytes'> & { counts: BackupCounts }) | null;
  };

export interface RecoveryResult {
  /** The backup now open as the journal. */
  restored: string;
  /** Where the file that could not be opened was moved (never deleted). */
  damagedPath: string;
  /** What the restored journal holds. */
  counts: BackupCounts;
}

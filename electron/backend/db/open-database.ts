import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { migrate } from './migrate';
import { checkJournalIdentity, stampJournalIdentity } from './journal-identity';
import { MIGRATIONS } from './migrations';

/**
 * Opens (creating if needed) a journal database and migrates it.
 *
 * - WAL lets readers (the dashboard) run while a write commits.
 * - `synchronous = FULL`: every commit is fsynced, so an acknowledged entry survives a
 *   power cut as well as a crash. A journal writes a few rows per user action, so the
 *   cost is invisible and the guarantee is worth it.
 * - Foreign keys are off by default in SQLite; the schema relies on them.
 */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw storageError(path, error);
  }
  try {
    db.pragma('busy_timeout = 5000');
    // Fails fast with SQLITE_NOTADB on a file that is not a database.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    // Before the first write (WAL mode, migrations): a foreign SQLite file is refused untouched.
    checkJournalIdentity(db, path);
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (!options.readonly) {
      migrate(db, MIGRATIONS);
      stampJournalIdentity(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw error instanceof ApiError ? error : storageError(path, error);
  }
}

function storageError(path: string, error: unknown): ApiError {
  const detail = error instanceof Error ? error.message : String(error);
  if (/SQLITE_NOTADB|file is not a database/i.test(detail)) return new ApiError('storage', `${path} is not an ALVH Journal database, or it is damaged (${detail})`);
  if (/SQLITE_READONLY|readonly/i.test(detail)) return new ApiError('storage', `${path} is read-only: the journal cannot be saved there (${detail})`);
  if (/SQLITE_BUSY|locked/i.test(detail)) return new ApiError('storage', `${path} is locked by another program (${detail})`);
  if (/SQLITE_CANTOPEN|unable to open/i.test(detail)) return new ApiError('storage', `Cannot open ${path}: check that the folder exists and is writable (${detail})`);
  return new ApiError('storage', `Cannot open the journal ${path}: ${detail}`);
}

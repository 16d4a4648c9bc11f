/**
 * Opens the journal for a session, or says in plain words why it cannot be opened. The file
 * is probed read-only first, so a damaged or newer journal is diagnosed without writing a
 * byte to it (the normal open may run migrations and switch on WAL).
 */
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { UnavailableReason } from '../../../shared/api/backups';
import { createBackend, type Backend, type BackendOptions } from '../backend';
import { SCHEMA_VERSION } from '../db/migrations';

export interface OpenFailure {
  reason: UnavailableReason;
  message: string;
}

export type OpenOutcome = { ok: true; backend: Backend } | { ok: false; failure: OpenFailure };

/** How long the read-only probe waits for another program's lock before calling the file locked. */
const PROBE_BUSY_MS = 2000;

export function openJournal(options: BackendOptions): OpenOutcome {
  const { dbPath } = options;
  const folder = dirname(dbPath);
  if (!existsSync(folder)) return fail('missing-folder', `The journal's folder does not exist and could not be created: ${folder}. Create it, or start the app with --db pointing at your journal.`);
  const exists = existsSync(dbPath);
  if (exists && !statSync(dbPath).isFile()) return fail('damaged', `${dbPath} is a folder, not a journal file.`);
  if ((exists && !writable(dbPath)) || !writable(folder)) return fail('readonly', readonlyMessage(dbPath));
  if (exists) {
    const probed = probe(dbPath);
    if (probed !== null) return { ok: false, failure: probed };
  }
  let backend: Backend;
  try {
    backend = createBackend(options);
  } catch (error) {
    return { ok: false, failure: classify(dbPath, error) };
  }
  return { ok: true, backend };
}

/** Reads the file without writing: structure check, schema version, and whether another program holds it. */
function probe(dbPath: string): OpenFailure | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true, timeout: PROBE_BUSY_MS });
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > SCHEMA_VERSION) {
      return { reason: 'newer', message: `The journal ${dbPath} was written by a newer version of ALVH Journal (schema ${version}; this app knows up to ${SCHEMA_VERSION}). Update the app to open it. The file has not been changed.` };
    }
    // quick_check reads every page: a truncated or scrambled file fails here rather than mid-session.
    const check = String(db.pragma('quick_check', { simple: true }));
    if (check !== 'ok') return { reason: 'damaged', message: damagedMessage(dbPath, check) };
    return null;
  } catch (error) {
    const failure = classify(dbPath, error);
    if (failure.reason === 'locked' || failure.reason === 'newer') return failure;
    // Any other probe failure that is not corruption leaves the verdict to the real open.
    return isCorruption(error) ? failure : null;
  } finally {
    db?.close();
  }
}

function isCorruption(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? '');
  return /SQLITE_(NOTADB|CORRUPT)/.test(code) || /not a database|malformed|damaged/i.test(errorText(error));
}

/** Sorts an open error into a reason. SQLite's code when there is one, else the wording of openDatabase's errors. */
export function classify(dbPath: string, error: unknown): OpenFailure {
  const code = String((error as { code?: unknown }).code ?? '');
  const text = `${code} ${errorText(error)}`;
  if (/newer version/i.test(text)) return { reason: 'newer', message: `${errorText(error)} The file has not been changed.` };
  if (/SQLITE_BUSY|SQLITE_LOCKED|database is locked|locked by another/i.test(text)) {
    return { reason: 'locked', message: `The journal ${dbPath} is locked by another program (another copy of ALVH Journal, the command line, or a backup or sync tool). Close it, then start the app again.` };
  }
  if (/SQLITE_READONLY|read-only|readonly/i.test(text)) return { reason: 'readonly', message: readonlyMessage(dbPath) };
  if (/SQLITE_CANTOPEN|unable to open|cannot open/i.test(text) && !/not a database|malformed/i.test(text)) {
    return existsSync(dirname(dbPath))
      ? { reason: 'readonly', message: readonlyMessage(dbPath) }
      : { reason: 'missing-folder', message: `The journal's folder does not exist: ${dirname(dbPath)}.` };
  }
  return { reason: 'damaged', message: damagedMessage(dbPath, errorText(error)) };
}

function damagedMessage(dbPath: string, detail: string): string {
  return `The journal file ${dbPath} cannot be read: it is damaged or is not an ALVH Journal database (${detail.slice(0, 200)}). It has not been changed.`;
}

function readonlyMessage(dbPath: string): string {
  return `The journal file is read-only: ${dbPath}; open it from a writable folder or fix its permissions.`;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fail(reason: UnavailableReason, message: string): OpenOutcome {
  return { ok: false, failure: { reason, message } };
}

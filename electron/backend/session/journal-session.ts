/**
 * What the app and the browser host talk to: the backend when the journal opened, or a
 * recovery stand-in when it did not. The app never exits over a bad journal file: in
 * recovery mode `app/health` says why, `recovery/restoreLatest` puts the newest backup in
 * place and switches to a normal backend, and every other operation is refused in words.
 */
import type { AppHealth } from '../../../shared/api/backups';
import { ApiError, type ApiResponse } from '../../../shared/api/errors';
import type { Backend, BackendOptions } from '../backend';
import { backupsDir } from '../backup/backups-folder';
import { newestVerifiedBackup } from '../backup/verified-copy';
import { openJournal, type OpenFailure } from './open-journal';
import { restoreLatestBackup } from './restore-latest';

export interface JournalSession {
  call(name: string, input: unknown): Promise<ApiResponse<unknown>>;
  /** The open backend, or null while in recovery mode. */
  backend(): Backend | null;
  health(): AppHealth;
  close(): void;
}

export interface SessionOptions extends BackendOptions {
  /** Runs each time a journal opens (at start, and after a recovery): the start-up backup. */
  onOpen?: (backend: Backend) => void;
}

/** Reasons where putting a backup in place helps; the others need the user to fix the file or folder. */
const RESTORABLE: ReadonlySet<string> = new Set(['damaged', 'newer']);

export function openSession(options: SessionOptions): JournalSession {
  const now = options.now ?? (() => new Date());
  let backend: Backend | null = null;
  let failure: OpenFailure | null = null;

  const open = (): void => {
    const outcome = openJournal(options);
    if (outcome.ok) {
      backend = outcome.backend;
      failure = null;
      options.onOpen?.(backend);
    } else {
      failure = outcome.failure;
    }
  };

  const health = (): AppHealth => {
    if (failure === null) return { state: 'ok' };
    const latest = newestVerifiedBackup(backupsDir(options.dbPath));
    return {
      state: 'unavailable',
      reason: failure.reason,
      message: failure.message,
      dbPath: options.dbPath,
      latestBackup: latest === null ? null : { name: latest.file.name, date: latest.file.date, bytes: latest.file.bytes, counts: latest.counts },
    };
  };

  const recover = () => {
    if (failure === null) throw new ApiError('conflict', 'The journal is already open; there is nothing to recover.');
    if (!RESTORABLE.has(failure.reason)) throw new ApiError('conflict', `A backup cannot fix this: ${failure.message}`);
    const result = restoreLatestBackup(options.dbPath, now());
    open();
    const stillFailing: OpenFailure | null = failure;
    if (stillFailing !== null) throw new ApiError('storage', `The backup ${result.restored} was put in place but could not be opened either: ${stillFailing.message} The unreadable journal is kept as ${result.damagedPath}.`);
    return result;
  };

  open();
  return {
    call: async (name, input) => {
      const current: Backend | null = backend;
      if (current !== null) return current.call(name, input);
      if (name === 'app/health') return { ok: true, value: health() };
      if (name === 'recovery/restoreLatest') {
        if (!isEmptyInput(input)) return { ok: false, error: { code: 'invalid_input', message: 'recovery/restoreLatest takes no input' } };
        try {
          return { ok: true, value: recover() };
        } catch (error) {
          if (error instanceof ApiError) return { ok: false, error: error.toBody() };
          (options.logError ?? console.error)(error);
          return { ok: false, error: { code: 'internal', message: 'The recovery failed unexpectedly; the journal file was not deleted' } };
        }
      }
      return { ok: false, error: { code: 'storage', message: `The journal is not open. ${failure?.message ?? ''}`.trim() } };
    },
    backend: () => backend,
    health,
    close: () => backend?.close(),
  };
}

function isEmptyInput(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'object' && Object.keys(input).length === 0);
}

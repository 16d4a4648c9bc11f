/**
 * The backend every adapter calls: validates the raw input against the contract, runs
 * the handler inside one transaction (one user action = one transaction), and turns
 * every failure into a typed, readable error. IPC, the browser host and the CLI are
 * thin wrappers around `call`.
 */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { isOperationName, operations, type ApiInput, type ApiResult, type OperationName, type QueryName, type TaskName } from '../../shared/api/contract';
import { ApiError, type ApiIssue, type ApiResponse } from '../../shared/api/errors';
import { BLOCKING_BUSY_MS, BUSY, busyMessage, isBusyMarker, DEFAULT_BUSY_WAIT_MS, isBusyError, READ_QUERIES, retryWhileBusy } from './busy-wait';
import type { BackendContext } from './context';
import { forgetDerived } from './db/derived-cache';
import { openDatabase } from './db/open-database';
import { sql } from './db/statements';
import type { Handler } from './handlers/handler';
import { handlers } from './handlers';
import { JobRegistry } from './jobs/job-registry';
import { tasks } from './tasks';
import type { TaskEnv, TaskHandler } from './tasks/task';
import { APP_VERSION } from './version';

export interface Backend {
  readonly context: BackendContext;
  call(name: string, input: unknown): Promise<ApiResponse<unknown>>;
  /** Typed in-process call (CLI, reports, tests): the input is checked against the contract at compile time; throws {@link ApiError}. */
  send<K extends OperationName>(name: K, input: ApiInput<K>): Promise<ApiResult<K>>;
  /**
   * `send` without the compile-time input type, for tests that deliberately pass bad input
   * to check the dispatcher's validation. Production code uses `send`.
   */
  sendUnchecked<K extends OperationName>(name: K, input: unknown): Promise<ApiResult<K>>;
  close(): void;
}

export interface BackendOptions {
  dbPath: string;
  now?: () => Date;
  /** Where unexpected errors are reported (stack traces never reach callers). */
  logError?: (error: unknown) => void;
  /** How long a write waits for another program's write lock (default {@link DEFAULT_BUSY_WAIT_MS}). */
  busyWaitMs?: number;
}

export function createBackend(options: BackendOptions): Backend {
  const db = openDatabase(options.dbPath);
  // Waiting for another writer happens on timers (busy-wait.ts), not inside SQLite's blocking busy handler.
  db.pragma(`busy_timeout = ${BLOCKING_BUSY_MS}`);
  const busyWaitMs = options.busyWaitMs ?? DEFAULT_BUSY_WAIT_MS;
  const context: BackendContext = { db, dbPath: options.dbPath, appVersion: APP_VERSION, now: options.now ?? (() => new Date()) };
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const jobs = new JobRegistry();
  let writeQueue: Promise<void> = Promise.resolve();
  const call = (name: string, input: unknown): Promise<ApiResponse<unknown>> => {
    if (isOperationName(name) && operations[name].kind === 'task') return runTask(env, name as TaskName, input, logError);
    const run = () => retryWhileBusy<ApiResponse<unknown>>(() => dispatchAttempt(context, name, input, logError), busyWaitMs, (waited) => ({ ok: false, error: { code: 'storage', message: busyMessage(waited) } }));
    if (READ_QUERIES.has(name as QueryName)) return run();
    // Writes queue behind each other: while one waits for another program's lock, the rest would only
    // spin on it too (each try blocks the loop for BLOCKING_BUSY_MS); reads never queue.
    const result = writeQueue.then(run);
    writeQueue = result.then(() => undefined, () => undefined);
    return result;
  };
  const sendUnchecked = async <K extends OperationName>(name: K, input: unknown): Promise<ApiResult<K>> => {
    const response = await call(name, input);
    if (!response.ok) throw ApiError.fromBody(response.error);
    return response.value as ApiResult<K>;
  };
  const send = <K extends OperationName>(name: K, input: ApiInput<K>): Promise<ApiResult<K>> => sendUnchecked(name, input);
  const env: TaskEnv = { ctx: context, send, jobs, busyWaitMs };
  return {
    context,
    call,
    send,
    sendUnchecked,
    close: () => {
      jobs.cancelAll();
      closeDatabase(db);
    },
  };
}

type Parsed = { ok: true; data: unknown } | { ok: false; response: ApiResponse<unknown> };

function parseInput(name: OperationName, input: unknown): Parsed {
  const schema: z.ZodType = operations[name].input;
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues: ApiIssue[] = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  return { ok: false, response: { ok: false, error: { code: 'invalid_input', message: issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), issues } } };
}

/** Tasks validate like queries but run async and own their transactions. */
async function runTask(env: TaskEnv, name: TaskName, input: unknown, logError: (error: unknown) => void): Promise<ApiResponse<unknown>> {
  const parsed = parseInput(name, input);
  if (!parsed.ok) return parsed.response;
  const task = tasks[name] as TaskHandler<TaskName>;
  try {
    return { ok: true, value: await task(parsed.data as never, env) };
  } catch (error) {
    return errorResponse(name, error, logError);
  }
}

/** One call in one transaction; BUSY when another program held the lock (nothing was changed, the caller may retry). */
export function dispatch(ctx: BackendContext, name: string, input: unknown, logError: (error: unknown) => void): ApiResponse<unknown> {
  const result = dispatchAttempt(ctx, name, input, logError);
  return isBusyMarker(result) ? { ok: false, error: { code: 'storage', message: busyMessage(0) } } : result;
}

function dispatchAttempt(ctx: BackendContext, name: string, input: unknown, logError: (error: unknown) => void): ApiResponse<unknown> | typeof BUSY {
  if (!isOperationName(name)) return { ok: false, error: { code: 'unknown_operation', message: `Unknown operation "${String(name).slice(0, 60)}"` } };
  if (operations[name].kind !== 'query') return { ok: false, error: { code: 'unknown_operation', message: `${name} is a task; call it through the backend, not dispatch` } };
  const parsed = parseInput(name, input);
  if (!parsed.ok) return parsed.response;
  const handler = handlers[name as QueryName] as Handler<QueryName>;
  const changesBefore = totalChanges(ctx.db);
  try {
    const transaction = ctx.db.transaction(() => handler(parsed.data as never, ctx));
    // A read never takes the write lock (WAL readers do not wait for a writer); a write takes it up front.
    const value = READ_QUERIES.has(name as QueryName) ? transaction.deferred() : transaction.immediate();
    return { ok: true, value };
  } catch (error) {
    // Rows written and then rolled back may have been read into derived caches with the stamps they
    // moved: nothing derived on this connection can be trusted now (db/derived-cache.ts).
    if (totalChanges(ctx.db) !== changesBefore) forgetDerived(ctx.db);
    if (isBusyError(error)) return BUSY;
    return errorResponse(name, error, logError);
  }
}

function totalChanges(db: BackendContext['db']): number {
  return sql(db, 'SELECT total_changes()').pluck().get() as number;
}

/** Typed errors pass through; SQLite and unexpected errors become a sentence (the stack only goes to the log). */
function errorResponse(name: string, error: unknown, logError: (error: unknown) => void): ApiResponse<unknown> {
  if (error instanceof ApiError) return { ok: false, error: error.toBody() };
  const sqliteCode = (error as { code?: unknown }).code;
  if (isBusyError(error)) return { ok: false, error: { code: 'storage', message: busyMessage(0) } };
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_')) {
    logError(error);
    if (sqliteCode.startsWith('SQLITE_CONSTRAINT')) return { ok: false, error: { code: 'conflict', message: `The change breaks a rule of the journal's data and was not saved (${sqliteCode})` } };
    return { ok: false, error: { code: 'storage', message: `The journal could not be read or written (${sqliteCode}); nothing was changed` } };
  }
  logError(error);
  return { ok: false, error: { code: 'internal', message: `Unexpected error in ${name}; nothing was changed` } };
}

/** Folds the WAL back into the main file so the journal is one self-contained file at rest. */
export function closeDatabase(db: Database.Database): void {
  if (!db.open) return;
  try {
    if (!db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A read-only file or folder: the open already failed with the clear message, and a second
    // error line here would only confuse. The WAL stays; SQLite folds it in at the next open.
  } finally {
    db.close();
  }
}

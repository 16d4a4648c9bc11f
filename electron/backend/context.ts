import type Database from 'better-sqlite3';

/** What every handler may use: the database and injected side effects. */
export interface BackendContext {
  db: Database.Database;
  dbPath: string;
  appVersion: string;
  /** The wall clock, injected so tests can fix "today". */
  now: () => Date;
}

import type Database from 'better-sqlite3';

/**
 * A numbered schema step. Its SQL, its optional data step and the `user_version` bump
 * commit together or not at all.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Fills new columns from existing rows, inside the same transaction. */
  backfill?: (db: Database.Database) => void;
}

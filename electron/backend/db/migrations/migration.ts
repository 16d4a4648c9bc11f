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
  /**
   * Drops and recreates tables: the runner turns foreign keys off around the step (a dropped
   * parent must not cascade) and runs `foreign_key_check` before it commits.
   */
  rebuildsTables?: true;
}

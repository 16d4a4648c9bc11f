import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Migration } from './migrations/migration';

/**
 * Brings the schema to the latest version. Each step runs in its own IMMEDIATE
 * transaction together with its `PRAGMA user_version` bump, so a crash leaves the
 * schema at the old or the new version, never between. A database written by a newer
 * app is refused rather than touched.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): { from: number; to: number } {
  const latest = migrations.length;
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migration list out of order at ${migration.name}`);
  });
  const from = readUserVersion(db);
  if (from > latest) {
    throw new ApiError('storage', `This journal was written by a newer version of ALVH Journal (schema ${from}; this app knows up to ${latest}). Update the app to open it.`);
  }
  for (const migration of migrations.slice(from)) {
    // foreign_keys cannot change inside a transaction, so a table rebuild switches it off around it.
    const foreignKeys = Number(db.pragma('foreign_keys', { simple: true }));
    if (migration.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        migration.backfill?.(db);
        if (migration.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error(`${migration.name}: the rebuilt tables break foreign keys`);
        // PRAGMA takes no bound parameters; the version is an integer from our own list.
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    } finally {
      if (migration.rebuildsTables) db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    }
  }
  return { from, to: readUserVersion(db) };
}

export function readUserVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

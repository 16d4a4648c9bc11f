import type Database from 'better-sqlite3';
import type { Migration } from './migration';

/**
 * Makes every table STRICT (https://www.sqlite.org/stricttables.html), so no path — a bug, a
 * tampered backup, another tool — can store a value of the wrong type (`quantity = 'two'`,
 * a REAL where cents are INTEGER). SQLite cannot add STRICT to a table in place, so each
 * table is rebuilt from its own current definition in sqlite_master (so columns added by any
 * earlier migration survive): create `<name>__strict` with the same SQL plus STRICT, copy the
 * rows (a value of the wrong type stops the migration, and the journal stays as it was),
 * drop the old table, rename, recreate its indexes. The runner turns foreign keys off around
 * this step (dropping a parent must not cascade) and checks them before it commits.
 * Frozen: plain SQL over sqlite_master, no domain code.
 */
export const strictTables: Migration = {
  version: 6,
  name: 'strict tables',
  rebuildsTables: true,
  sql: '',
  backfill(db: Database.Database) {
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string; sql: string }[];
    for (const { name, sql } of tables) {
      if (/\bSTRICT\s*$/i.test(sql.trim())) continue;
      const indexes = db.prepare("SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = ? AND sql IS NOT NULL").pluck().all(name) as string[];
      const strictSql = `${sql.trim().replace(/^CREATE TABLE\s+("?)[A-Za-z_][A-Za-z0-9_]*\1/i, `CREATE TABLE "${name}__strict"`)}${/WITHOUT ROWID\s*$/i.test(sql.trim()) ? ', STRICT' : ' STRICT'}`;
      db.exec(strictSql);
      db.exec(`INSERT INTO "${name}__strict" SELECT * FROM "${name}"`);
      db.exec(`DROP TABLE "${name}"`);
      db.exec(`ALTER TABLE "${name}__strict" RENAME TO "${name}"`);
      for (const index of indexes) db.exec(index);
    }
  },
};

/**
 * Issue 16, defect 4: migration 0008 makes every table STRICT by rebuilding it from its own
 * definition. Run here on top of stand-ins for 0005–0007 (other issues' migrations, merged
 * separately): their columns and tables must survive, with every row, index and foreign key.
 */
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedReportJournal } from '../testing/report-journal';
import { tablesChecksum, tempBackend, type TempBackend } from '../testing/temp-backend';
import { migrate, readUserVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import { strictTables } from './migrations/0008-strict-tables';
import type { Migration } from './migrations/migration';

/** Stand-ins for the migrations numbered before 0008 on other branches. */
const BEFORE_0008: Migration[] = [
  { version: 5, name: 'stand-in: market bar open', sql: 'ALTER TABLE market_bars ADD COLUMN open_hundredths INTEGER CHECK (open_hundredths IS NULL OR open_hundredths > 0);' },
  { version: 6, name: 'stand-in: a child table', sql: 'CREATE TABLE rule_flags (id INTEGER PRIMARY KEY, layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE, flag TEXT NOT NULL); CREATE INDEX rule_flags_by_layer ON rule_flags (layer_id);' },
  { version: 7, name: 'stand-in: nothing', sql: '' },
].filter((m) => m.version > MIGRATIONS.length);

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

const schemaOf = (db: Database.Database) => db.prepare("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
const foreignKeysOf = (db: Database.Database) => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]).map((name) => [name, db.pragma(`foreign_key_list("${name}")`)]);

describe('migration 0008: STRICT tables', () => {
  it('rebuilds every table STRICT, keeping rows, later columns, indexes and foreign keys', async () => {
    const { db } = t.backend.context;
    const { layerIds } = await seedReportJournal(t.backend);
    migrate(db, [...MIGRATIONS, ...BEFORE_0008]);
    db.prepare('UPDATE market_bars SET open_hundredths = close_hundredths').run();
    db.prepare("INSERT INTO rule_flags (layer_id, flag) VALUES (?, 'watch')").run(layerIds.a);
    const [rows, schema, keys] = [tablesChecksum(t.backend), schemaOf(db), foreignKeysOf(db)];

    migrate(db, [...MIGRATIONS, ...BEFORE_0008, strictTables]);

    expect(readUserVersion(db)).toBe(8);
    const definitions = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[];
    for (const { name, sql } of definitions) expect(sql, name).toMatch(/STRICT$/);
    expect(tablesChecksum(t.backend)).toBe(rows);
    expect(schemaOf(db)).toEqual(schema);
    expect(foreignKeysOf(db)).toEqual(keys);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // No path can store a value of the wrong type any more…
    expect(() => db.prepare("UPDATE tickets SET quantity = 'two'").run()).toThrow(/cannot store TEXT value in INTEGER column tickets.quantity/);
    expect(() => db.prepare('UPDATE layers SET net_cash_cents = 1.5').run()).toThrow(/cannot store REAL value in INTEGER column/);
    // …and the cascades still work: deleting the portfolio takes its layers, their tickets and the new child rows.
    db.prepare('DELETE FROM portfolios').run();
    expect(db.prepare('SELECT (SELECT count(*) FROM layers) + (SELECT count(*) FROM tickets) + (SELECT count(*) FROM rule_flags)').pluck().get()).toBe(0);
  });

  it('a row of the wrong type already stored stops the migration and leaves the journal as it was', async () => {
    const { db } = t.backend.context;
    await seedReportJournal(t.backend);
    migrate(db, [...MIGRATIONS, ...BEFORE_0008]);
    db.prepare("UPDATE tickets SET fees_cents = 'lots' WHERE id = 1").run();
    const rows = tablesChecksum(t.backend);
    expect(() => migrate(db, [...MIGRATIONS, ...BEFORE_0008, strictTables])).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(readUserVersion(db)).toBe(7);
    expect(tablesChecksum(t.backend)).toBe(rows);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});

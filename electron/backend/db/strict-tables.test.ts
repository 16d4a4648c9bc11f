/**
 * Migration 0006 makes every table STRICT by rebuilding it from its own definition. Run here on
 * a journal at version 5 holding rows in the main tables and a child table with its own index
 * and foreign key (standing for anything a later schema adds): every row, column, index and
 * foreign key must survive, and no value of the wrong type can be stored afterwards.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, readUserVersion } from './migrate';
import { MIGRATIONS } from './migrations';

const BEFORE_STRICT = MIGRATIONS.slice(0, 5);
/** Up to 0006 itself: later steps change the schema this test compares. */
const UP_TO_STRICT = MIGRATIONS.slice(0, 6);
const NOW = '2026-06-01T15:00:00Z';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-strict-'));
  db = new Database(join(dir, 'journal.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, BEFORE_STRICT);
  seed(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A version-5 journal: a portfolio, a condor layer with a leg and a ticket, closes with opens, a child table. */
function seed(target: Database.Database): void {
  target.exec(`
    INSERT INTO portfolios (id, name, risk_capital_cents, created_at) VALUES (1, 'Main', 10000000, '${NOW}');
    INSERT INTO layers (id, portfolio_id, role, status, opened_on, created_at, opened_quantity, open_quantity, open_price_hundredths, net_cash_cents, fees_cents)
      VALUES (1, 1, 'base', 'open', '2026-05-26', '${NOW}', 2, 2, 950, 189000, 1200);
    INSERT INTO legs (id, layer_id, instrument, underlying, right, side, strike_hundredths, expiration, ratio, multiplier)
      VALUES (1, 1, 'option', 'SPXW', 'put', 'short', 710000, '2026-07-10', 1, 100);
    INSERT INTO tickets (id, layer_id, date, action, quantity, net_price_hundredths, multiplier, fees_cents, created_at)
      VALUES (1, 1, '2026-05-26', 'open', 2, 950, 100, 1200, '${NOW}');
    INSERT INTO ticket_legs (ticket_id, leg_id, quantity) VALUES (1, 1, -2);
    INSERT INTO market_bars (symbol, date, close_hundredths, open_hundredths) VALUES ('SPX', '2026-05-26', 751912, 749000);
    CREATE TABLE rule_flags (id INTEGER PRIMARY KEY, layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE, flag TEXT NOT NULL);
    CREATE INDEX rule_flags_by_layer ON rule_flags (layer_id);
    INSERT INTO rule_flags (layer_id, flag) VALUES (1, 'watch');
  `);
}

const tableNames = (target: Database.Database) => target.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
const rowsOf = (target: Database.Database) => tableNames(target).map((name) => `${name}:${JSON.stringify(target.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all())}`).join('\n');
const schemaOf = (target: Database.Database) => target.prepare("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
const foreignKeysOf = (target: Database.Database) => tableNames(target).map((name) => [name, target.pragma(`foreign_key_list("${name}")`)]);

describe('migration 0006: STRICT tables', () => {
  it('rebuilds every table STRICT, keeping rows, columns, indexes and foreign keys', () => {
    const [rows, schema, keys] = [rowsOf(db), schemaOf(db), foreignKeysOf(db)];

    migrate(db, UP_TO_STRICT);

    expect(readUserVersion(db)).toBe(6);
    const definitions = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[];
    for (const { name, sql } of definitions) expect(sql, name).toMatch(/STRICT$/);
    expect(rowsOf(db)).toBe(rows);
    expect(schemaOf(db)).toEqual(schema);
    expect(foreignKeysOf(db)).toEqual(keys);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // No path can store a value of the wrong type any more…
    expect(() => db.prepare("UPDATE tickets SET quantity = 'two'").run()).toThrow(/cannot store TEXT value in INTEGER column tickets.quantity/);
    expect(() => db.prepare('UPDATE layers SET net_cash_cents = 1.5').run()).toThrow(/cannot store REAL value in INTEGER column/);
    // …and the cascades still work: deleting the portfolio takes its layers, their tickets and the child rows.
    db.prepare('DELETE FROM portfolios').run();
    expect(db.prepare('SELECT (SELECT count(*) FROM layers) + (SELECT count(*) FROM tickets) + (SELECT count(*) FROM rule_flags)').pluck().get()).toBe(0);
  });

  it('a row of the wrong type already stored stops the migration and leaves the journal as it was', () => {
    db.prepare("UPDATE tickets SET fees_cents = 'lots' WHERE id = 1").run();
    const rows = rowsOf(db);
    expect(() => migrate(db, MIGRATIONS)).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(readUserVersion(db)).toBe(5);
    expect(rowsOf(db)).toBe(rows);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});

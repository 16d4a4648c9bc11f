import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, readUserVersion } from './migrate';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { ALVH_APPLICATION_ID } from './journal-identity';
import { openDatabase } from './open-database';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'alvh-migrate-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('brings a new file to the latest version with WAL and foreign keys on', () => {
    const db = openDatabase(join(dir, 'a.sqlite'));
    expect(readUserVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
  });

  it('is idempotent on reopen', () => {
    openDatabase(join(dir, 'a.sqlite')).close();
    const db = openDatabase(join(dir, 'a.sqlite'));
    expect(readUserVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer app and leaves it untouched', () => {
    const path = join(dir, 'newer.sqlite');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    // A newer journal carries the journal's id; without it, it would be a foreign file.
    raw.pragma(`application_id = ${ALVH_APPLICATION_ID}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(/newer version of ALVH Journal/);
    const check = new Database(path);
    expect(readUserVersion(check)).toBe(SCHEMA_VERSION + 5);
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
    check.close();
  });

  it('rolls back a failing step together with its version bump', () => {
    const db = new Database(join(dir, 'b.sqlite'));
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE ok_table (x); CREATE TABLE ok_table (y);' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(readUserVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'ok_table'").pluck().get()).toBe(0);
    db.close();
  });

  it('says clearly when a file is not a database', () => {
    const path = join(dir, 'junk.sqlite');
    writeFileSync(path, 'this is not sqlite, just text that is long enough to have a header'.repeat(20));
    expect(() => openDatabase(path)).toThrow(/not an ALVH Journal database, or it is damaged/);
  });
});

describe('migration 2 (layer summaries) on a version-1 journal with data', () => {
  it('backfills the cached figures from the tickets', () => {
    const path = join(dir, 'v1.sqlite');
    const v1 = new Database(path);
    migrate(v1, MIGRATIONS.slice(0, 1));
    v1.exec(`
      INSERT INTO portfolios (id, name, risk_capital_cents, created_at) VALUES (1, 'Main', 10000000, 'x');
      INSERT INTO layers (id, portfolio_id, role, status, opened_on, created_at) VALUES (1, 1, 'base', 'open', '2026-05-01', 'x');
      INSERT INTO legs (id, layer_id, instrument, underlying, right, side, strike_hundredths, expiration, ratio, multiplier) VALUES
        (1, 1, 'option', 'SPXW', 'put', 'long', 550000, '2026-06-18', 1, 100), (2, 1, 'option', 'SPXW', 'put', 'short', 555000, '2026-06-18', 1, 100),
        (3, 1, 'option', 'SPXW', 'call', 'short', 590000, '2026-06-18', 1, 100), (4, 1, 'option', 'SPXW', 'call', 'long', 595000, '2026-06-18', 1, 100);
      INSERT INTO tickets (id, layer_id, date, action, quantity, net_price_hundredths, multiplier, fees_cents, created_at) VALUES (1, 1, '2026-05-01', 'open', 2, 1250, 100, 1000, 'x');
      INSERT INTO ticket_legs (ticket_id, leg_id, quantity) VALUES (1, 1, 2), (1, 2, -2), (1, 3, -2), (1, 4, 2);
    `);
    v1.close();
    const db = openDatabase(path);
    expect(readUserVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT opened_quantity, open_quantity, open_price_hundredths, net_cash_cents, fees_cents, expiration, strikes_json FROM layers').get()).toEqual({
      opened_quantity: 2, open_quantity: 2, open_price_hundredths: 1250, net_cash_cents: 249000, fees_cents: 1000, expiration: '2026-06-18',
      strikes_json: JSON.stringify({ putLong: 550000, putShort: 555000, callShort: 590000, callLong: 595000 }),
    });
    db.close();
  });
});

describe('migration 4 (broker orders) on a version-3 journal with data', () => {
  it('keeps the tickets and starts with no imported order numbers', () => {
    const path = join(dir, 'v3.sqlite');
    const v3 = new Database(path);
    migrate(v3, MIGRATIONS.slice(0, 3));
    v3.exec(`
      INSERT INTO portfolios (id, name, risk_capital_cents, created_at) VALUES (1, 'Main', 10000000, 'x');
      INSERT INTO layers (id, portfolio_id, role, status, opened_on, created_at) VALUES (1, 1, 'base', 'open', '2026-05-01', 'x');
      INSERT INTO tickets (id, layer_id, date, action, quantity, net_price_hundredths, multiplier, fees_cents, created_at) VALUES (1, 1, '2026-05-01', 'open', 2, 1250, 100, 1000, 'x');
    `);
    v3.close();
    const db = openDatabase(path);
    expect(db.prepare('SELECT count(*) FROM tickets').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM broker_orders').pluck().get()).toBe(0);
    db.prepare("INSERT INTO broker_orders (ticket_id, portfolio_id, broker, order_number) VALUES (1, 1, 'tastytrade', '331000001')").run();
    db.prepare('DELETE FROM tickets WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM broker_orders').pluck().get()).toBe(0); // forgotten with its ticket
    db.close();
  });
});

describe('migration 5 (market opens, revisions) on a version-4 journal with closes', () => {
  it('keeps every close, with an unknown (NULL) open, and starts with no revisions', () => {
    const path = join(dir, 'v4.sqlite');
    const v4 = new Database(path);
    migrate(v4, MIGRATIONS.slice(0, 4));
    v4.exec("INSERT INTO market_bars (symbol, date, close_hundredths) VALUES ('SPX', '2026-07-09', 748549), ('VIX', '2026-07-07', 1613)");
    v4.close();
    const db = openDatabase(path);
    expect(db.prepare('SELECT * FROM market_bars ORDER BY symbol').all()).toEqual([
      { symbol: 'SPX', date: '2026-07-09', close_hundredths: 748549, open_hundredths: null },
      { symbol: 'VIX', date: '2026-07-07', close_hundredths: 1613, open_hundredths: null },
    ]);
    expect(db.prepare('SELECT count(*) FROM market_revisions').pluck().get()).toBe(0);
    db.close();
  });
});

describe('migration 7 (ticket leg prices) on a version-6 journal with a condor', () => {
  it('keeps every ticket leg with no per-leg price (NULL), and then stores and guards new ones', () => {
    const path = join(dir, 'v6.sqlite');
    const v6 = new Database(path);
    migrate(v6, MIGRATIONS.slice(0, 6));
    expect(readUserVersion(v6)).toBe(6);
    v6.exec(`
      INSERT INTO portfolios (id, name, risk_capital_cents, created_at) VALUES (1, 'Main', 10000000, 'x');
      INSERT INTO layers (id, portfolio_id, role, status, opened_on, created_at) VALUES (1, 1, 'base', 'open', '2026-05-26', 'x');
      INSERT INTO legs (id, layer_id, instrument, underlying, right, side, strike_hundredths, expiration, ratio, multiplier) VALUES
        (1, 1, 'option', 'SPXW', 'put', 'long', 710000, '2026-07-10', 1, 100), (2, 1, 'option', 'SPXW', 'put', 'short', 715000, '2026-07-10', 1, 100),
        (3, 1, 'option', 'SPXW', 'call', 'short', 790000, '2026-07-10', 1, 100), (4, 1, 'option', 'SPXW', 'call', 'long', 795000, '2026-07-10', 1, 100);
      INSERT INTO tickets (id, layer_id, date, action, quantity, net_price_hundredths, multiplier, fees_cents, created_at) VALUES (1, 1, '2026-05-26', 'open', 9, 950, 100, 5400, 'x');
      INSERT INTO ticket_legs (ticket_id, leg_id, quantity) VALUES (1, 1, 9), (1, 2, -9), (1, 3, -9), (1, 4, 9);
    `);
    v6.close();
    const db = openDatabase(path);
    expect(readUserVersion(db)).toBe(7);
    expect(db.prepare('SELECT ticket_id, leg_id, quantity, price_hundredths FROM ticket_legs ORDER BY leg_id').all()).toEqual([
      { ticket_id: 1, leg_id: 1, quantity: 9, price_hundredths: null }, { ticket_id: 1, leg_id: 2, quantity: -9, price_hundredths: null },
      { ticket_id: 1, leg_id: 3, quantity: -9, price_hundredths: null }, { ticket_id: 1, leg_id: 4, quantity: 9, price_hundredths: null },
    ]);
    expect(db.prepare('SELECT net_price_hundredths FROM tickets').pluck().get()).toBe(950);
    db.prepare('UPDATE ticket_legs SET price_hundredths = 1420 WHERE leg_id = 2').run();
    expect(() => db.prepare('UPDATE ticket_legs SET price_hundredths = -5 WHERE leg_id = 1').run()).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE ticket_legs SET price_hundredths = 'x' WHERE leg_id = 1").run()).toThrow(/cannot store TEXT value/);
    db.close();
  });
});

describe('schema snapshot', () => {
  /** The latest schema as SQLite stores it, normalised; compared with the committed snapshot. */
  function schemaOf(db: Database.Database): string {
    const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as { type: string; name: string; sql: string }[];
    return `${rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql.replace(/\s+/g, ' ').trim()};`).join('\n')}\n`;
  }

  it('migrating from every version (empty) gives the committed schema', () => {
    const expected = readFileSync(join(__dirname, 'schema.snapshot.sql'), 'utf8');
    for (let from = 0; from <= SCHEMA_VERSION; from += 1) {
      const db = new Database(join(dir, `from-${from}.sqlite`));
      migrate(db, MIGRATIONS.slice(0, from));
      migrate(db, MIGRATIONS);
      // On a mismatch, review the change and refresh the file with the printed schema.
      expect(schemaOf(db), `from version ${from}`).toBe(expected);
      db.close();
    }
  });
});

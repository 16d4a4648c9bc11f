import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, readUserVersion } from './migrate';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
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

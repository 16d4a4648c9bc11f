/**
 * `--db` pointed at another program's SQLite file (a browser history) must
 * be refused with "not an ALVH journal" and left byte for byte as it was — by every command,
 * the read-only ones included.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALVH_APPLICATION_ID } from '../backend/db/journal-identity';
import { runCli } from './run-cli';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'alvh-foreign-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  return { code, out, err };
}

function sqliteFile(name: string, setup: (db: Database.Database) => void): string {
  const path = join(dir, name);
  const db = new Database(path);
  setup(db);
  db.close();
  return path;
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a foreign SQLite file as --db', () => {
  it('a browser history is refused untouched by read and write commands alike', async () => {
    const places = sqliteFile('places.sqlite', (db) => {
      db.exec("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('https://example.org')");
    });
    const before = digest(places);
    for (const argv of [['portfolio', 'list', '--db', places], ['layers', '--db', places, '--portfolio', 'Main'], ['portfolio', 'add', '--db', places, '--name', 'Main', '--capital', '1000']]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).not.toBe(0);
      expect(r.err.join('\n'), argv.join(' ')).toMatch(/not an ALVH journal/);
    }
    expect(digest(places)).toBe(before);
    expect(existsSync(`${places}-wal`)).toBe(false);
    const db = new Database(places, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['moz_places']);
    db.close();
  });

  it('another application id, or a negative or unknown schema version, gets a clear message', async () => {
    const other = sqliteFile('other.sqlite', (db) => { db.pragma('application_id = 1234'); db.exec('CREATE TABLE t (x)'); });
    expect((await cli('portfolio', 'list', '--db', other)).err.join('\n')).toMatch(/not an ALVH journal \(its SQLite application id is 0x4d2/);
    const negative = sqliteFile('negative.sqlite', (db) => { db.pragma('user_version = -3'); db.exec('CREATE TABLE portfolios (x)'); });
    expect((await cli('portfolio', 'list', '--db', negative)).err.join('\n')).toMatch(/unknown schema version \(-3\)/);
  });

  it('a new file becomes a journal carrying the id; a journal from before the id gets it on open', async () => {
    const fresh = join(dir, 'new.sqlite');
    expect((await cli('portfolio', 'add', '--db', fresh, '--name', 'Main', '--capital', '1000')).code).toBe(0);
    const stamped = new Database(fresh);
    expect(stamped.pragma('application_id', { simple: true })).toBe(ALVH_APPLICATION_ID);
    stamped.pragma('application_id = 0');
    stamped.close();
    expect((await cli('portfolio', 'list', '--db', fresh)).code).toBe(0);
    const reopened = new Database(fresh, { readonly: true });
    expect(reopened.pragma('application_id', { simple: true })).toBe(ALVH_APPLICATION_ID);
    reopened.close();
  });
});

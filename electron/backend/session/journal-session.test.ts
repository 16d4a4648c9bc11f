import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppHealth, RecoveryResult } from '../../../shared/api/backups';
import { createBackend } from '../backend';
import { startupBackup } from '../backup/startup-backup';
import { seedReportJournal } from '../testing/report-journal';
import { FIXED_NOW } from '../testing/temp-backend';
import { classify } from './open-journal';
import { openSession, type JournalSession } from './journal-session';

let dir: string;
let dbPath: string;
const sessions: JournalSession[] = [];
const now = () => FIXED_NOW;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-session-'));
  dbPath = join(dir, 'journal.sqlite');
});
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

function session(): JournalSession {
  const s = openSession({ dbPath, now, logError: () => undefined, onOpen: (b) => startupBackup(b, { logError: () => undefined }) });
  sessions.push(s);
  return s;
}

/** A journal with the report fixture and today's automatic backup; then one more portfolio only the live file has. */
async function journalWithBackup(): Promise<void> {
  const backend = createBackend({ dbPath, now, logError: () => undefined });
  await seedReportJournal(backend);
  expect(startupBackup(backend).ok).toBe(true);
  await backend.send('portfolio/create', { name: 'After the backup', riskCapitalCents: 100 });
  backend.close();
}

async function health(s: JournalSession): Promise<AppHealth> {
  const response = await s.call('app/health', {});
  if (!response.ok) throw new Error(response.error.message);
  return response.value as AppHealth;
}

async function expectRecovers(s: JournalSession, damagedBytes: Buffer): Promise<void> {
  const response = await s.call('recovery/restoreLatest', {});
  expect(response.ok).toBe(true);
  const result = (response as { value: RecoveryResult }).value;
  expect(result.restored).toBe('journal-2026-06-01.sqlite');
  expect(result.damagedPath).toMatch(/journal\.sqlite\.damaged-\d{4}-\d{2}-\d{2}-\d{6}$/);
  expect(readFileSync(result.damagedPath).equals(damagedBytes)).toBe(true);
  expect(await health(s)).toEqual({ state: 'ok' });
  const portfolios = await s.call('portfolio/list', {});
  expect(portfolios).toMatchObject({ ok: true, value: [{ name: 'Main' }] });
  expect(s.backend()?.context.db.pragma('integrity_check', { simple: true })).toBe('ok');
}

describe('journal session', () => {
  it('a readable journal is "ok", takes the start-up backup, and answers every operation', async () => {
    await journalWithBackup();
    const s = session();
    expect(await health(s)).toEqual({ state: 'ok' });
    expect(await s.call('portfolio/list', {})).toMatchObject({ ok: true });
    expect(await s.call('recovery/restoreLatest', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('a truncated journal opens in recovery mode; restoring keeps the damaged file byte-identical', async () => {
    await journalWithBackup();
    truncateSync(dbPath, Math.floor(statSync(dbPath).size * 0.6));
    const damaged = readFileSync(dbPath);
    const s = session();
    const h = await health(s);
    expect(h).toMatchObject({ state: 'unavailable', reason: 'damaged', dbPath, latestBackup: { name: 'journal-2026-06-01.sqlite' } });
    expect(h.state === 'unavailable' && h.message).toMatch(/cannot be read: it is damaged/);
    expect(await s.call('portfolio/list', {})).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/^The journal is not open\. /) as unknown } });
    expect(readFileSync(dbPath).equals(damaged)).toBe(true);
    await expectRecovers(s, damaged);
  });

  it('random bytes are "damaged" too', async () => {
    await journalWithBackup();
    writeFileSync(dbPath, randomBytes(64 * 1024));
    const damaged = readFileSync(dbPath);
    const s = session();
    expect(await health(s)).toMatchObject({ state: 'unavailable', reason: 'damaged' });
    await expectRecovers(s, damaged);
  });

  it('a journal from a newer app is refused untouched, and a backup can be put in its place', async () => {
    await journalWithBackup();
    const raw = new Database(dbPath);
    raw.pragma('user_version = 99');
    raw.close();
    const before = readFileSync(dbPath);
    const s = session();
    const h = await health(s);
    expect(h).toMatchObject({ state: 'unavailable', reason: 'newer' });
    expect(h.state === 'unavailable' && h.message).toMatch(/newer version of ALVH Journal \(schema 99/);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    await expectRecovers(s, before);
  });

  it('a journal locked by another connection says so, and restore is refused', async () => {
    await journalWithBackup();
    const other = new Database(dbPath);
    other.pragma('journal_mode = DELETE');
    other.exec('BEGIN EXCLUSIVE');
    try {
      const s = session();
      const h = await health(s);
      expect(h).toMatchObject({ state: 'unavailable', reason: 'locked' });
      expect(h.state === 'unavailable' && h.message).toMatch(/is locked by another program/);
      expect(await s.call('recovery/restoreLatest', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(existsSync(dbPath)).toBe(true);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  }, 30_000);

  it('a read-only journal file gets the clear message', async (context) => {
    if (process.getuid?.() === 0) {
      console.log('skipped "read-only journal file": running as root, so chmod cannot make a file read-only for this process');
      context.skip();
    }
    await journalWithBackup();
    chmodSync(dbPath, 0o444);
    try {
      const h = await health(session());
      expect(h).toMatchObject({ state: 'unavailable', reason: 'readonly', message: `The journal file is read-only: ${dbPath}; open it from a writable folder or fix its permissions.` });
    } finally {
      chmodSync(dbPath, 0o644);
    }
  });

  it('sorts SQLite errors into reasons', () => {
    const error = (code: string, message: string) => Object.assign(new Error(message), { code });
    expect(classify(dbPath, error('SQLITE_READONLY', 'attempt to write a readonly database')).reason).toBe('readonly');
    expect(classify(dbPath, error('SQLITE_BUSY', 'database is locked')).reason).toBe('locked');
    expect(classify(dbPath, error('SQLITE_NOTADB', 'file is not a database')).reason).toBe('damaged');
    expect(classify(dbPath, error('SQLITE_CORRUPT', 'database disk image is malformed')).reason).toBe('damaged');
    expect(classify(join(dir, 'gone', 'j.sqlite'), error('SQLITE_CANTOPEN', 'unable to open database file')).reason).toBe('missing-folder');
  });

  it('a missing folder is reported, not created behind the user', async () => {
    dbPath = join(dir, 'not-there', 'journal.sqlite');
    const h = await health(session());
    expect(h).toMatchObject({ state: 'unavailable', reason: 'missing-folder', latestBackup: null });
    expect(await session().call('recovery/restoreLatest', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('without any backup the recovery screen has nothing to offer, and restore says so', async () => {
    writeFileSync(dbPath, randomBytes(8192));
    const s = session();
    expect(await health(s)).toMatchObject({ reason: 'damaged', latestBackup: null });
    expect(await s.call('recovery/restoreLatest', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(existsSync(dbPath)).toBe(true);
  });
});

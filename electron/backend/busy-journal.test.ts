/**
 * While another program (the CLI) holds the journal's write lock, the
 * host must keep answering. Reads run in deferred transactions (WAL readers never wait for
 * the writer); writes wait for the lock without blocking the event loop, and when the wait is
 * too long they say what is busy.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, createBackend, type Backend } from './backend';
import { FIXED_NOW } from './testing/temp-backend';

let dir: string;
let backend: Backend;
let other: Database.Database;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-busy-'));
  backend = createBackend({ dbPath: join(dir, 'journal.sqlite'), now: () => FIXED_NOW, logError: () => undefined, busyWaitMs: 2_000 });
  await backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100 });
  // Another program writing: it holds the write lock until it commits.
  other = new Database(join(dir, 'journal.sqlite'));
  other.pragma('busy_timeout = 0');
  other.exec("BEGIN IMMEDIATE; INSERT INTO portfolios (name, risk_capital_cents, created_at) VALUES ('From the CLI', 5, '2026-06-01T00:00:00Z')");
});
afterEach(() => {
  if (other.inTransaction) other.exec('ROLLBACK');
  other.close();
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a journal another program is writing', () => {
  it('reads answer at once (no write lock taken) and see the last committed state', async () => {
    const portfolios = await backend.send('portfolio/list', {});
    expect(portfolios.map((p) => p.name)).toEqual(['Main']);
    expect(await backend.call('dashboard/get', { portfolioId: portfolios[0]?.id ?? 0 })).toMatchObject({ ok: true });
  });

  it('a write waits for the lock without freezing the event loop, then succeeds', async () => {
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(Date.now()), 5);
    setTimeout(() => other.exec('COMMIT'), 150);
    const created = await backend.send('portfolio/create', { name: 'From the window', riskCapitalCents: 100 });
    clearInterval(timer);
    expect(created.name).toBe('From the window');
    // The interval kept firing while the write waited: the loop was never blocked for the whole wait.
    expect(ticks.length).toBeGreaterThan(3);
    expect((await backend.send('portfolio/list', {})).map((p) => p.name).sort()).toEqual(['From the CLI', 'From the window', 'Main']);
  });

  it('a write that cannot get the lock in time says the journal is busy, and nothing is changed', async () => {
    const response = await backend.call('portfolio/create', { name: 'Too late', riskCapitalCents: 100 });
    expect(response).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/busy: another program is writing to it/) as unknown } });
    other.exec('ROLLBACK');
    expect((await backend.send('portfolio/list', {})).map((p) => p.name)).toEqual(['Main']);
  });
});

describe('closing a journal that cannot be written', () => {
  it('a failing checkpoint (read-only file) does not throw a second error at exit', () => {
    let closed = false;
    const readOnly = { open: true, readonly: false, pragma: () => { throw Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }); }, close: () => { closed = true; } };
    expect(() => closeDatabase(readOnly as unknown as Database.Database)).not.toThrow();
    expect(closed).toBe(true);
  });
});

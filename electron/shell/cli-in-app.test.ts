/**
 * Issue 16, defect 6: the packaged app's `--cli` mode must not freeze. The Electron binary
 * cannot run here, so `electron` is mocked and the module main.ts calls for `--cli` runs under
 * Node: it hands the arguments to the same runCli as the Node CLI (same backend, same timer-based
 * waits for another program's write lock), returns to the event loop at once, keeps the loop
 * turning while it waits, and exits with the CLI's code.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../backend/backend';

const exit = vi.fn();
vi.mock('electron', () => ({ app: { exit, dock: undefined } }));
const { runCliInApp } = await import('./cli-in-app');

let dir: string;
let dbPath: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-cli-in-app-'));
  dbPath = join(dir, 'journal.sqlite');
  const backend = createBackend({ dbPath, logError: () => undefined });
  await backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100 });
  backend.close();
  exit.mockReset();
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('alvh-journal --cli (Electron main process, electron mocked)', () => {
  it('returns at once and keeps the event loop turning while another program holds the write lock, then exits 0', async () => {
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      printed.push(String(chunk));
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    });
    const other = new Database(dbPath);
    other.exec("BEGIN IMMEDIATE; INSERT INTO portfolios (name, risk_capital_cents, created_at) VALUES ('From the window', 5, '2026-06-01T00:00:00Z')");
    let ticksWhileLocked = 0;
    const ticker = setInterval(() => { ticksWhileLocked += 1; }, 5);

    runCliInApp(['portfolio', 'add', '--db', dbPath, '--name', 'From the CLI', '--capital', '1000'], dir);
    // Returned before the command could finish: it is waiting for the lock on timers, not in a blocking loop.
    expect(exit).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 300));
    clearInterval(ticker);
    expect(exit).not.toHaveBeenCalled();
    expect(ticksWhileLocked).toBeGreaterThan(5);
    other.exec('COMMIT');
    other.close();

    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0), { timeout: 10_000 });
    expect(printed.join('')).toBe('3\n'); // the new portfolio's id, as the Node CLI prints it
    const check = new Database(dbPath, { readonly: true });
    expect((check.prepare('SELECT name FROM portfolios ORDER BY name').pluck().all() as string[])).toEqual(['From the CLI', 'From the window', 'Main']);
    check.close();
  });
});

/**
 * E2E fixtures: each test gets its own data folder and its own browser host process
 * (the built `dist/host.cjs`), so no test sees another's journal. `restartHost` stops the
 * process and starts a new one on the same database file, as a user quitting and reopening would.
 */
import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const MARKET_DATA = resolve(ROOT, '..', 'shared', 'data', 'market');
/** The real CBOE histories sit beside the checkout (../shared); specs that import them skip, saying why, without them. */
export const HAS_MARKET_DATA = existsSync(join(MARKET_DATA, 'SPX_History.csv')) && existsSync(join(MARKET_DATA, 'VIX_History.csv'));
export const NO_MARKET_DATA = `${MARKET_DATA} is missing (the project's shared/ folder belongs beside the checkout)`;

/** Call first in a test that imports the histories: it skips, with the reason printed, when they are absent. */
export function skipWithoutMarketData(): void {
  if (HAS_MARKET_DATA) return;
  console.warn(`SKIPPING "${base.info().title}": ${NO_MARKET_DATA}.`);
  base.skip(true, NO_MARKET_DATA);
}

export interface HostHandle {
  url: string;
  dbPath: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startHost(dbPath: string, dataDir: string): Promise<HostHandle> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, process.env.ALVH_DIST ?? 'dist', 'host.cjs'), '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${stderr}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      // The printed URL carries the per-run token; opening it sets the session cookie (docs/security.md).
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(chunk.toString());
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    dbPath,
    dataDir,
    stop: () => new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}

/**
 * Prepares the data folder before the host starts (e.g. a damaged journal and a backup); set
 * with `test.use({ journalSetup: { prepare } })` — an object, because Playwright would take a
 * bare function for a fixture.
 */
export interface JournalSetup {
  prepare(dataDir: string, dbPath: string): void | Promise<void>;
}

interface Fixtures {
  host: HostHandle;
  journalSetup: JournalSetup | undefined;
  restartHost: () => Promise<HostHandle>;
  /**
   * Console errors a spec expects (matched by text): `test.use({ allowedConsoleErrors: { patterns: [/…/] } })`
   * — an object, because Playwright would read a bare array as a fixture tuple.
   */
  allowedConsoleErrors: { patterns: RegExp[] };
}

/**
 * Chromium logs every refused API call ("Failed to load resource: … status of 4xx"): those are
 * the backend's validation answers, which the UI shows in the form — not a fault.
 */
const API_REFUSAL = /^Failed to load resource: the server responded with a status of 4\d\d/;

export const test = base.extend<Fixtures>({
  journalSetup: [undefined, { option: true }],
  allowedConsoleErrors: [{ patterns: [] }, { option: true }],
  // Every spec fails on a console error or an uncaught page error (e.g. a chart's "Object is
  // disposed" on leaving a page), unless it names it in allowedConsoleErrors. The page depends on
  // the host so the host outlives it: a request still in flight when the test ends must not meet
  // a stopped host (ERR_CONNECTION_REFUSED), which would fail a spec that did nothing wrong.
  page: async ({ page, host: _host, allowedConsoleErrors }, use) => {
    const errors: string[] = [];
    const allowed = (text: string) => API_REFUSAL.test(text) || allowedConsoleErrors.patterns.some((re) => re.test(text));
    page.on('console', (message) => { if (message.type() === 'error' && !allowed(message.text())) errors.push(message.text()); });
    page.on('pageerror', (error) => { if (!allowed(error.message)) errors.push(`uncaught: ${error.message}`); });
    await use(page);
    expect(errors, 'console errors while the test ran').toEqual([]);
  },
  host: async ({ journalSetup }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'alvh-e2e-'));
    await journalSetup?.prepare(dataDir, join(dataDir, 'journal.sqlite'));
    const handle = await startHost(join(dataDir, 'journal.sqlite'), dataDir);
    current = handle;
    await use(handle);
    await current.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
  restartHost: async ({ host }, use) => {
    await use(async () => {
      await current.stop();
      current = await startHost(host.dbPath, host.dataDir);
      return current;
    });
  },
});

let current: HostHandle;

export { expect };

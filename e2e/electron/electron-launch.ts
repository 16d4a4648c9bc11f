/**
 * Launching the real Electron app for the e2e/electron specs. Electron's binary cannot be
 * downloaded on offline machines (CI here), so `skipReason()` says why a spec must skip:
 * no binary, or no build to run.
 */
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, process.env.ALVH_DIST ?? 'dist');
/** What `electron <app>` runs: the project (package.json main) or, for another ALVH_DIST, its main.cjs. */
export const APP_ENTRY = process.env.ALVH_DIST ? join(DIST, 'electron', 'main.cjs') : ROOT;
export const PRELOAD = join(DIST, 'electron', 'preload.cjs');

export function electronBinary(): string | null {
  try {
    const path = createRequire(join(ROOT, 'package.json'))('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function skipReason(): string | null {
  if (!electronBinary()) return 'Electron binary not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD / offline); the browser-host specs cover the UI';
  if (!existsSync(join(DIST, 'electron', 'main.cjs'))) return `no build at ${DIST} (run npm run build)`;
  return null;
}

export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  dataDir: string;
  dbPath: string;
  userDataDir: string;
}

/** A fresh journal and user-data folder per test (or the given ones, to relaunch on the same data). */
export async function launchApp(existing?: { dataDir: string }): Promise<LaunchedApp> {
  const binary = electronBinary();
  if (!binary) throw new Error('no Electron binary');
  const dataDir = existing?.dataDir ?? mkdtempSync(join(tmpdir(), 'alvh-electron-'));
  const dbPath = join(dataDir, 'journal.sqlite');
  const userDataDir = join(dataDir, 'user-data');
  const app = await electron.launch({
    executablePath: binary,
    args: [APP_ENTRY, '--db', dbPath],
    env: { ...process.env, ALVH_USER_DATA: userDataDir, ELECTRON_ENABLE_LOGGING: '1' },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page, dataDir, dbPath, userDataDir };
}

export function removeData(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

/** Test fixture: a backend on a fresh SQLite file in its own temp folder, with a fixed clock. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../backend';

export interface TempBackend {
  backend: Backend;
  dir: string;
  dbPath: string;
  cleanup(): void;
}

export const FIXED_NOW = new Date('2026-06-01T15:00:00Z');

export function tempBackend(now: Date = FIXED_NOW): TempBackend {
  const dir = mkdtempSync(join(tmpdir(), 'alvh-test-'));
  const dbPath = join(dir, 'journal.sqlite');
  const backend = createBackend({ dbPath, now: () => now, logError: () => undefined });
  return {
    backend,
    dir,
    dbPath,
    cleanup() {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A stable fingerprint of every table's rows, to prove a rejected call changed nothing. */
export function tablesChecksum(backend: Backend): string {
  const { db } = backend.context;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return tables.map((table) => `${table}:${JSON.stringify(db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all())}`).join('\n');
}

export const CONDOR = {
  openedOn: '2026-05-01',
  expiration: '2026-06-18',
  strikes: { putLong: 550000, putShort: 555000, callShort: 590000, callLong: 595000 },
  quantity: 2,
  creditHundredths: 1250,
  feesCents: 1000,
} as const;

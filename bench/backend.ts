/** Backend figures: market-history import rate and layer-list latency. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';

export async function runBackendBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'alvh-bench-'));
  try {
    const backend = createBackend({ dbPath: join(dir, 'bench.sqlite'), now: () => new Date('2026-07-10T15:00:00Z') });
    const csv = readFileSync(join(__dirname, '..', '..', 'shared', 'data', 'market', 'SPX_History.csv'), 'utf8');
    const start = performance.now();
    const summary = await backend.send('market/import', { symbol: 'SPX', csv });
    const ms = performance.now() - start;
    console.log(`market import (SPX_History.csv, ${summary.rows} rows): ${ms.toFixed(0)} ms = ${Math.round(summary.rows / (ms / 1000)).toLocaleString('en-US')} rows/s`);
    backend.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

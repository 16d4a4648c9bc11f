/**
 * The market import as the user runs it — `market/import` through the backend's dispatcher: read
 * the CSV text, parse, trust checks, plan, write, revision — on SPX_History.csv (24,746 rows).
 * The first import of the process is timed on its own (cold: the JIT has not seen this code),
 * then warm repeats into fresh journals, a re-import over the same closes (all unchanged) and the
 * undo of a first import. Wall time and process CPU time (user + system) are both printed: the
 * machine is shared, so CPU time is the steadier of the two.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { marketCsv } from './market-files';

interface Timed<T> { value: T; wallMs: number; cpuMs: number }

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');
const line = (label: string, rows: number, t: Timed<unknown>) =>
  `${label}: ${t.wallMs.toFixed(0)} ms wall = ${rate(rows, t.wallMs)} rows/s; ${t.cpuMs.toFixed(0)} ms CPU = ${rate(rows, t.cpuMs)} rows/s`;

/** One import into a fresh journal: its timing and the row count. */
async function importFresh(dir: string, name: string, csv: string): Promise<Timed<number>> {
  const backend = createBackend({ dbPath: join(dir, `${name}.sqlite`) });
  try {
    const t = await timed(async () => (await backend.send('market/import', { symbol: 'SPX', csv, fileName: 'SPX_History.csv' })).rows);
    return t;
  } finally {
    backend.close();
  }
}

/** Prints the cold and warm import rates; call it before anything else in the process for a true cold figure. */
export async function runMarketImportBench(warmRuns = 5): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'alvh-import-bench-'));
  try {
    const csv = marketCsv('SPX');
    const cold = await importFresh(dir, 'cold', csv);
    console.log(line(`market import, SPX_History.csv (${cold.value} rows), cold (first in the process)`, cold.value, cold));
    const warm: Timed<number>[] = [];
    for (let i = 0; i < warmRuns; i += 1) warm.push(await importFresh(dir, `warm-${i}`, csv));
    const byWall = [...warm].sort((a, b) => a.wallMs - b.wallMs);
    const median = byWall[byWall.length >> 1];
    if (median) console.log(line(`market import, warm (median of ${warmRuns} into fresh journals)`, median.value, median));

    const backend = createBackend({ dbPath: join(dir, 'again.sqlite') });
    try {
      await backend.send('market/import', { symbol: 'SPX', csv });
      const again = await timed(async () => (await backend.send('market/import', { symbol: 'SPX', csv })).rows);
      console.log(line('re-import of the same file over its closes (all unchanged)', again.value, again));
      const undo = await timed(async () => (await backend.send('market/undo', { symbol: 'SPX' })).restored);
      console.log(line('undo of the first import (deletes every added date)', undo.value, undo));
    } finally {
      backend.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Backup, restore and report figures on the ten-year journal: time and bytes. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend, type Backend } from '../electron/backend/backend';
import { backupDatabase } from '../electron/backend/backup/db-backup';
import { exportJson, restoreJson } from '../electron/backend/backup/json-backup';
import { renderPdfReport } from '../electron/backend/reports/pdf-report';
import { gatherReportData } from '../electron/backend/reports/report-data';
import { rssNow, sampleMemory } from './memory';
import { measurePdfCli } from './pdf-memory';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  sampleMemory();
  return { value, ms };
}

export async function runBackupBench(backend: Backend, dir: string): Promise<void> {
  const { db } = backend.context;
  const exported = await timed(() => exportJson(db));
  const target = createBackend({ dbPath: join(dir, 'restored.sqlite') });
  try {
    const restored = await timed(() => restoreJson(target.context.db, exported.value));
    const total = exported.ms + restored.ms;
    console.log(`JSON backup export: ${exported.ms.toFixed(0)} ms, ${mb(Buffer.byteLength(exported.value))} (${rssNow()})`);
    console.log(`JSON restore into an empty journal: ${restored.ms.toFixed(0)} ms (${restored.value.rows.toLocaleString('en-US')} rows, one transaction) (${rssNow()})`);
    console.log(`backup + restore: ${total.toFixed(0)} ms (target < 3,000 ms: ${total < 3000 ? 'ok' : 'MISSED'})`);
    const roundTrip = exportJson(target.context.db) === exported.value;
    console.log(`restored journal re-exports byte-identical: ${roundTrip ? 'yes' : 'NO'}`);
  } finally {
    target.close();
  }
  const copyPath = join(dir, 'copy.sqlite');
  const copy = await timed(() => backupDatabase(db, copyPath));
  console.log(`VACUUM INTO copy (alvh backup --out X.sqlite): ${copy.ms.toFixed(0)} ms, ${mb(statSync(copyPath).size)}`);
}

export async function runReportBench(backend: Backend, portfolioId: number, asOf: string): Promise<void> {
  const data = await timed(() => gatherReportData(backend, { portfolioId, from: null, to: null }));
  const pdf = await timed(() => renderPdfReport(data.value, { paper: 'a4', generatedOn: asOf }));
  const pages = (pdf.value.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  console.log(`PDF report, whole ten years (alvh report --format pdf): gather ${data.ms.toFixed(0)} ms + render ${pdf.ms.toFixed(0)} ms = ${(data.ms + pdf.ms).toFixed(0)} ms, ${mb(pdf.value.length)}, ${pages} pages (${rssNow()})`);
  const lastYear = await timed(async () => renderPdfReport(await gatherReportData(backend, { portfolioId, from: `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`, to: asOf }), { paper: 'a4', generatedOn: asOf }));
  console.log(`PDF report, last twelve months: ${lastYear.ms.toFixed(0)} ms, ${mb(lastYear.value.length)}`);
}

/** The ten-year PDF written by the CLI, page by page to the file: time and the process's peak memory. */
export function runPdfMemoryBench(cliPath: string, dbPath: string, portfolio: string, dir: string): void {
  const { ms, peakMiB, pages, bytes } = measurePdfCli(cliPath, dbPath, portfolio, dir);
  console.log(`alvh report --format pdf, whole ten years, in its own process: ${ms.toFixed(0)} ms, ${pages} pages, ${mb(bytes)}, peak RSS ${peakMiB.toFixed(0)} MiB (target < 400 MiB: ${peakMiB < 400 ? 'ok' : 'MISSED'})`);
}

/** Backend figures on a generated ten-year journal: open time, per-operation latency, backups, the PDF report. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { openJournal } from '../electron/backend/session/open-journal';
import { generateJournal } from './generate-journal';
import { rssNow } from './memory';
import { runBackupBench, runPdfMemoryBench, runReportBench } from './backup-report';
import { runUiOperationsBench } from './ui-operations';
import { runAsOfScrubBench } from './as-of-scrub';
import { runWarmupBench } from './warmup';
import { warmCachesInBackground } from '../electron/backend/services/cache-warmup';

/**
 * The scrub on a connection that has derived nothing yet (only the first dashboard), then on one
 * where the app's background warm-up (services/cache-warmup.ts, started after every open) has
 * finished: the as-of book's per-layer ledgers and opening anchors derived.
 */
async function runScrubSection(dbPath: string, portfolioId: number, asOf: string, now: () => Date): Promise<void> {
  const cold = createBackend({ dbPath, now });
  await cold.send('dashboard/get', { portfolioId });
  console.log('\nScrubbing the as-of date (time-true book, cold dates), before any warm-up:');
  await runAsOfScrubBench(cold, portfolioId, asOf, 'dashboard/get, connection not warmed');
  cold.close();
  const warmed = createBackend({ dbPath, now });
  await warmed.send('dashboard/get', { portfolioId });
  const cpu = process.cpuUsage();
  const start = performance.now();
  await warmCachesInBackground(warmed).done;
  const used = process.cpuUsage(cpu);
  console.log(`\nbackground warm-up after open (performance cache + as-of book): ${(performance.now() - start).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
  console.log('Scrubbing the as-of date (time-true book, cold dates), after the warm-up:');
  await runAsOfScrubBench(warmed, portfolioId, asOf, 'dashboard/get, after the warm-up');
  warmed.close();
}

export async function runBackendBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'alvh-bench-'));
  try {
    // The market import's figures (cold and warm) are bench/market-import.ts, run first in the process.
    const dbPath = join(dir, 'journal.sqlite');
    const generator = createBackend({ dbPath });
    const genStart = performance.now();
    const { portfolioId, asOf } = await generateJournal(generator);
    const counts = generator.context.db.prepare('SELECT (SELECT count(*) FROM layers) AS layers, (SELECT count(*) FROM legs) AS legs, (SELECT count(*) FROM tickets) AS tickets, (SELECT count(*) FROM market_bars) AS bars, (SELECT count(*) FROM notes) AS notes, (SELECT count(*) FROM economic_events) AS events, (SELECT count(*) FROM decisions) AS decisions, (SELECT count(*) FROM marks) AS marks').get();
    console.log(`generated journal in ${((performance.now() - genStart) / 1000).toFixed(1)} s: ${JSON.stringify(counts)} (${rssNow()})`);
    generator.close();

    const now = () => new Date(`${asOf}T20:00:00Z`);
    if (process.env.ALVH_BENCH === 'scrub') {
      await runScrubSection(dbPath, portfolioId, asOf, now);
      return;
    }
    // As the app starts: openJournal's read-only probe, then the open, then the first pages' reads.
    const sessionStart = performance.now();
    const session = openJournal({ dbPath, now });
    if (!session.ok) throw new Error(`openJournal refused the generated journal: ${session.failure.message}`);
    const probedMs = performance.now() - sessionStart;
    await session.backend.send('layer/list', { portfolioId, status: 'open' });
    await session.backend.send('dashboard/get', { portfolioId });
    console.log(`open through openJournal (probe + open) + first dashboard: ${(performance.now() - sessionStart).toFixed(1)} ms (of which probe + open ${probedMs.toFixed(1)} ms)`);
    session.backend.close();

    await runWarmupBench(dbPath, portfolioId, now);

    const openStart = performance.now();
    const backend = createBackend({ dbPath, now });
    await backend.send('layer/list', { portfolioId, status: 'open' });
    await backend.send('dashboard/get', { portfolioId });
    console.log(`open the journal (createBackend, no probe) + dashboard (cold: reads 36 years of closes, 2,500 layers): ${(performance.now() - openStart).toFixed(1)} ms`);
    console.log('\nUI operations (p50/p95 over repeated calls, warm):');
    await runUiOperationsBench(backend, portfolioId, asOf);
    console.log('\nScrubbing the as-of date (time-true book, cold dates, after the UI operations):');
    await runAsOfScrubBench(backend, portfolioId, asOf);
    console.log(`after the UI operations: ${rssNow()}`);
    // ALVH_BENCH_SKIP_REPORTS=1 stops after the UI operations (a quick check of the read latencies).
    if (process.env.ALVH_BENCH_SKIP_REPORTS !== '1') {
      console.log('\nBackups and reports:');
      await runBackupBench(backend, dir);
      await runReportBench(backend, portfolioId, asOf);
    }
    const portfolioName = (await backend.send('portfolio/get', { portfolioId })).name;
    backend.close();
    if (process.env.ALVH_BENCH_SKIP_REPORTS !== '1') runPdfMemoryBench(join(__dirname, 'cli.cjs'), dbPath, portfolioName, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

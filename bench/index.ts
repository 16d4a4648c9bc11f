/** `npm run bench`: prints speed figures for the analytics engine and the backend on this machine. */
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { runAnalyticsBench } from './analytics';
import { memoryReport, sampleMemoryEvery } from './memory';
import { runBackendBench } from './backend';
import { runBacktestBench } from './backtest';
import { runConcurrencyBench } from './concurrency';
import { runSweepBench } from './sweep';
import { runSmileBench } from './smile';
import { runMarketImportBench } from './market-import';

/** ALVH_BENCH=smile,backend runs only those sections (all by default). */
const only = process.env.ALVH_BENCH?.split(',') ?? null;
const wanted = (name: string) => only === null || only.includes(name);

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`ALVH Journal benchmarks — Node ${process.version}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`);
  // First, so its cold figure is the first import of a fresh process (as in the app).
  if (wanted('import') || wanted('backend')) {
    console.log('## Market import (cold, then warm)');
    await runMarketImportBench();
  }
  if (wanted('analytics')) {
    console.log('## Analytics engine');
    await runAnalyticsBench();
  }
  if (wanted('smile')) {
    console.log('\n## SPX smile');
    runSmileBench();
  }
  if (wanted('backend') || wanted('scrub')) {
    console.log('\n## Backend on a generated ten-year journal');
    await runBackendBench();
    console.log(`(${memoryReport()})`);
  }
  if (wanted('backtest')) {
    console.log('\n## Backtest, full daily history');
    await runBacktestBench();
    console.log(`(${memoryReport()})`);
  }
  if (wanted('sweep')) {
    console.log('\n## Parameter sweep on worker threads');
    const stop = sampleMemoryEvery();
    await runSweepBench();
    stop();
  }
  if (wanted('concurrency')) {
    console.log('\n## A 20,000-order CLI import while the host answers');
    await runConcurrencyBench(join(__dirname, 'cli.cjs'));
  }
  console.log(`\n## Memory\n${memoryReport()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/** `npm run bench`: prints speed figures for the analytics engine and the backend on this machine. */
import { cpus, totalmem } from 'node:os';
import { runAnalyticsBench } from './analytics';
import { memoryReport, sampleMemoryEvery } from './memory';
import { runBackendBench } from './backend';
import { runBacktestBench } from './backtest';
import { runSweepBench } from './sweep';

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`ALVH Journal benchmarks — Node ${process.version}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`);
  // ALVH_BENCH_ONLY=backend runs the backend part alone, =scrub only the as-of scrub (quicker checks on a shared machine).
  const only = process.env.ALVH_BENCH_ONLY;
  if (only === undefined) {
    console.log('## Analytics engine');
    await runAnalyticsBench();
  }
  console.log('\n## Backend on a generated ten-year journal');
  await runBackendBench();
  console.log(`(${memoryReport()})`);
  if (only !== undefined) return;
  console.log('\n## Backtest, full daily history');
  await runBacktestBench();
  console.log(`(${memoryReport()})`);
  console.log('\n## Parameter sweep on worker threads');
  const stop = sampleMemoryEvery();
  await runSweepBench();
  stop();
  console.log(`\n## Memory\n${memoryReport()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

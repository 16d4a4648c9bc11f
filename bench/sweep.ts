/**
 * Sweep speed: 100 configurations (5 RSI thresholds × 5 roll targets × 4 wing multipliers),
 * each an ALVH backtest (no baselines) over the full daily history 1990 → last bar, on every
 * core via worker threads. Needs dist/sweep-worker.cjs beside the bench bundle
 * (`npm run build:node`). Not wired into bench/index.ts yet.
 */
import { availableParallelism } from 'node:os';
import { applyOverrides, buildGrid } from '../shared/backtest';
import { DEFAULT_SETTINGS } from '../shared/domain/settings';
import { runSweep } from '../electron/backend/backtest/sweep-runner';
import { marketCsv } from './market-files';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Times a 100-config full-history sweep and prints wall time, configs/s and cores used. */
export async function runSweepBench(): Promise<void> {
  const grid = buildGrid({ rsiThreshold: [50, 55, 60, 65, 70], rollPctMaxProfit: [30, 40, 50, 60, 70], wingMultiplier: [1, 1.25, 1.5, 2] });
  const jobs = grid.map((config) => ({ settings: applyOverrides(DEFAULT_SETTINGS, config), from: '1990-01-02', to: '2026-12-31', options: { baselines: false } }));
  const cores = availableParallelism();
  const spxCsv = marketCsv('SPX');
  const vixCsv = marketCsv('VIX');
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const results = await runSweep({ spxCsv, vixCsv, jobs, workers: cores });
  // process.cpuUsage counts every thread of the process, the workers included.
  const cpu = process.cpuUsage(cpuStart);
  const ms = performance.now() - start;
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const days = results[0]?.days ?? 0;
  const sharpes = results.map((r) => r.strategies[0]?.metrics.sharpe ?? null).filter((x): x is number => x !== null);
  console.log(`sweep ${fmt(jobs.length)} configs × ${fmt(days)} trading days (ALVH only) on ${cores} worker threads: ${fmt(ms / 1000, 1)} s wall → ${fmt(jobs.length / (ms / 1000), 2)} configs/s (${fmt((jobs.length * days) / (ms / 1000))} days/s)`);
  console.log(`  CPU time ${fmt(cpuMs / 1000, 1)} s across all threads → ${fmt(cpuMs / 1000 / 2, 1)} s on 2 idle cores (${fmt(cpuMs / jobs.length)} ms per configuration); target < 60 s on 2 cores`);
  if (sharpes.length > 0) console.log(`  ALVH Sharpe across the grid: ${fmt(Math.min(...sharpes), 2)} … ${fmt(Math.max(...sharpes), 2)}`);
}

/**
 * Backtest speed: the full daily history (1990 → last bar) through ALVH and the three
 * baselines, single-threaded, on the real CBOE files (bench/market-files.ts). Not wired into
 * bench/index.ts yet.
 */
import { runBacktest } from '../shared/backtest';
import { DEFAULT_SETTINGS } from '../shared/domain/settings';
import { marketCloses } from './market-files';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Times one full-history backtest and prints simulated days per second. */
export async function runBacktestBench(): Promise<void> {
  const spx = marketCloses('SPX');
  const vix = marketCloses('VIX');
  const from = '1990-01-02';
  const to = '2026-12-31';
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = runBacktest({ spx, vix, from, to, settings: DEFAULT_SETTINGS });
  const cpu = process.cpuUsage(cpuStart);
  const ms = performance.now() - start;
  const strategies = result.strategies.length;
  const alvh = result.strategies[0];
  console.log(`backtest ${result.strategies[0]?.equity[0]?.date ?? from} … ${alvh?.equity[alvh.equity.length - 1]?.date ?? to}: ${fmt(result.days)} trading days × ${strategies} strategies in ${fmt(ms)} ms → ${fmt(result.days / (ms / 1000))} days/s (${fmt((result.days * strategies) / (ms / 1000))} strategy-days/s)`);
  // CPU time (user + system) of this thread: what the run costs whatever else loads the machine.
  console.log(`  CPU time ${fmt((cpu.user + cpu.system) / 1000)} ms (user ${fmt(cpu.user / 1000)}, system ${fmt(cpu.system / 1000)}); target < 2,000 ms single thread`);
  console.log(`  ALVH: ${fmt(alvh?.fills.length ?? 0)} fills, end equity $${fmt((alvh?.metrics.endEquityCents ?? 0) / 100)}`);
  const aloneStart = performance.now();
  const aloneCpu = process.cpuUsage();
  runBacktest({ spx, vix, from, to, settings: DEFAULT_SETTINGS, options: { baselines: false } });
  const alone = process.cpuUsage(aloneCpu);
  console.log(`  ALVH alone (no baselines), same history: ${fmt(performance.now() - aloneStart)} ms wall, ${fmt((alone.user + alone.system) / 1000)} ms CPU`);
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOverrides, buildGrid, runBacktest } from '../../../shared/backtest';
import { randomBars } from '../../../shared/backtest/testing/series';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { runSweep, type SweepJob } from './sweep-runner';

let dir: string;
let workerFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-sweep-'));
  // The worker runs the real TypeScript backtester, bundled once for plain Node.
  await build({
    entryPoints: { 'sweep-worker': join(__dirname, 'sweep-worker.ts') },
    bundle: true, platform: 'node', format: 'cjs', outdir: dir, outExtension: { '.js': '.cjs' }, logLevel: 'error',
    nodePaths: [join(__dirname, '..', '..', '..', 'node_modules')],
  });
  workerFile = join(dir, 'sweep-worker.cjs');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bars = randomBars(11, '2025-12-31', 260);
const csv = (rows: { date: string; closeHundredths: number }[]) => ['date,close', ...rows.map((r) => `${r.date},${(r.closeHundredths / 100).toFixed(2)}`)].join('\n');
const spxCsv = csv(bars.spx);
const vixCsv = csv(bars.vix);
const from = bars.spx[60]?.date ?? '';
const to = bars.spx[259]?.date ?? '';

describe('runSweep', () => {
  it('a 4-config sweep equals runBacktest run directly for each config, in config order', async () => {
    const grid = buildGrid({ rsiThreshold: [55, 65], rollPctMaxProfit: [40, 60] });
    const jobs: SweepJob[] = grid.map((c) => ({ settings: applyOverrides(DEFAULT_SETTINGS, c), from, to }));
    const progress: [number, number][] = [];
    const results = await runSweep({ spxCsv, vixCsv, jobs, workers: 3, workerFile, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    expect(results).toHaveLength(4);
    jobs.forEach((job, i) => {
      const direct = runBacktest({ ...bars, from: job.from, to: job.to, settings: job.settings });
      expect(results[i]).toEqual({ from, to, days: direct.days, strategies: direct.strategies.map((s) => ({ id: s.id, metrics: s.metrics })) });
    });
    // The grid really varies the outcome, so config order is observable.
    expect(new Set(results.map((r) => JSON.stringify(r.strategies[0]?.metrics))).size).toBeGreaterThan(1);
  });

  it('cancellation terminates the workers early and rejects with a clear message', async () => {
    const jobs: SweepJob[] = Array.from({ length: 12 }, () => ({ settings: DEFAULT_SETTINGS, from, to }));
    const controller = new AbortController();
    let seen = 0;
    const run = runSweep({ spxCsv, vixCsv, jobs, workers: 1, workerFile, signal: controller.signal, onProgress: (done) => { seen = done; if (done === 2) controller.abort(); } });
    await expect(run).rejects.toThrow('sweep cancelled after 2 of 12 runs');
    expect(seen).toBe(2);
    await expect(runSweep({ spxCsv, vixCsv, jobs, workerFile, signal: controller.signal })).rejects.toThrow('sweep cancelled before it started');
  });

  it('rejects when the closes do not parse', async () => {
    await expect(runSweep({ spxCsv: 'nonsense', vixCsv, jobs: [{ settings: DEFAULT_SETTINGS, from, to }], workers: 1, workerFile })).rejects.toThrow(/sweep worker failed: SPX closes did not parse/);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import type { JobStatus } from '../../../shared/api/jobs';
import { applyOverrides, buildGrid, runBacktest, splitSample } from '../../../shared/backtest';
import { randomBars } from '../../../shared/backtest/testing/series';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { Backend } from '../backend';
import { closesCsv } from '../backtest/journal-backtest';
import { tempBackend, type TempBackend } from '../testing/temp-backend';

let workerDir: string;
beforeAll(async () => {
  workerDir = mkdtempSync(join(tmpdir(), 'alvh-bt-worker-'));
  // The tasks run the real worker script: bundled once for plain Node, found through ALVH_SWEEP_WORKER.
  await build({
    entryPoints: { 'sweep-worker': join(__dirname, '..', 'backtest', 'sweep-worker.ts') },
    bundle: true, platform: 'node', format: 'cjs', outdir: workerDir, outExtension: { '.js': '.cjs' }, logLevel: 'error',
    nodePaths: [join(__dirname, '..', '..', '..', 'node_modules')],
  });
  process.env.ALVH_SWEEP_WORKER = join(workerDir, 'sweep-worker.cjs');
});
afterAll(() => {
  delete process.env.ALVH_SWEEP_WORKER;
  rmSync(workerDir, { recursive: true, force: true });
});

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

const bars = randomBars(11, '2025-12-31', 260);
const from = bars.spx[60]?.date ?? '';
const to = bars.spx[259]?.date ?? '';

async function importBars(backend: Backend, which: ('SPX' | 'VIX')[] = ['SPX', 'VIX']) {
  for (const symbol of which) await backend.send('market/import', { symbol, csv: closesCsv(symbol === 'SPX' ? bars.spx : bars.vix) });
}

async function finished<R>(backend: Backend, started: JobStatus<R>, onRunning?: (s: JobStatus) => void): Promise<JobStatus<R>> {
  let status: JobStatus = started;
  for (let i = 0; i < 2000 && status.state === 'running'; i++) {
    onRunning?.(status);
    await new Promise((r) => setTimeout(r, 10));
    status = await backend.send('job/status', { jobId: started.id });
  }
  return status as JobStatus<R>;
}

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('backtest/run', () => {
  it('returns exactly what runBacktest gives for the same closes, settings and capital (same engine)', async () => {
    await importBars(t.backend);
    const overrides = { rsiThreshold: 65, wingMultiplier: 1.5 };
    const started = await t.backend.send('backtest/run', { from, to, capitalCents: 5_000_000, settings: overrides, spxSlippagePoints: 0.1 });
    expect(started).toMatchObject({ kind: 'backtest/run', state: 'running' });
    const status = await finished(t.backend, started);
    expect(status.state).toBe('done');
    const direct = runBacktest({ ...bars, from, to, settings: { ...DEFAULT_SETTINGS, ...overrides }, options: { capitalCents: 5_000_000, spxSlippagePoints: 0.1 } });
    expect(status.result?.backtest).toEqual(direct);
    expect(status.result?.backtest.strategies.map((s) => s.id)).toEqual(['alvh', 'alvh-no-hedge', 'monthly-condor', 'buy-and-hold']);
    expect(status.result?.coverage.spx).toEqual({ symbol: 'SPX', count: 260, inRange: 200, first: bars.spx[0]?.date, last: to });
    expect(status.result?.warnings).toEqual([]);
    expect(status).toMatchObject({ done: 1, total: 1 });
  });

  it('says clearly when SPX or VIX history is missing, before starting a job', async () => {
    let error = await apiError(t.backend.send('backtest/run', { from, to }));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('No SPX or VIX closes in the journal: import SPX_History.csv and VIX_History.csv in Market data first.');
    await importBars(t.backend, ['SPX']);
    error = await apiError(t.backend.send('backtest/run', { from, to }));
    expect(error.message).toContain('No VIX closes in the journal');
    await importBars(t.backend, ['VIX']);
    error = await apiError(t.backend.send('backtest/run', { from: '2010-01-04', to: '2010-12-31' }));
    expect(error.message).toBe(`No SPX close from 2010-01-04 to 2010-12-31: the journal's SPX history runs ${bars.spx[0]?.date} to ${to}.`);
  });

  it('warns when the history is short (starts after `from`, too little warm-up)', async () => {
    await importBars(t.backend);
    const status = await finished(t.backend, await t.backend.send('backtest/run', { from: '2020-01-02', to }));
    expect(status.state).toBe('done');
    expect(status.result?.warnings).toEqual([
      `The SPX history starts ${bars.spx[0]?.date}, after 2020-01-02: the run starts there.`,
      `The VIX history starts ${bars.vix[0]?.date}, after 2020-01-02: days before it are skipped.`,
      'Only 0 SPX closes before 2020-01-02 warm the indicators up (34 needed): RSI/MACD-based prompts are missing for the first weeks.',
    ]);
  });

  it('validates settings overrides with the settings schema, field by field and across fields', async () => {
    await importBars(t.backend);
    let error = await apiError(t.backend.send('backtest/run', { from, to, settings: { rsiThreshold: 140 } }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0]?.path).toBe('settings.rsiThreshold');
    error = await apiError(t.backend.sendUnchecked('backtest/run', { from, to, settings: { notASetting: 1 } }));
    expect(error.code).toBe('invalid_input');
    error = await apiError(t.backend.send('backtest/run', { from, to, settings: { addLayerMinAgeDays: 30 } }));
    expect(error.issues).toEqual([{ path: 'settings.addLayerMinAgeDays', message: 'must not exceed the maximum age (20 days)' }]);
    error = await apiError(t.backend.send('backtest/run', { from: to, to: from }));
    expect(error.issues[0]?.path).toBe('to');
  });
});

describe('backtest/sweep', () => {
  it('ranks a 4-config grid in and out of sample with the same figures as runBacktest, reporting progress', async () => {
    await importBars(t.backend);
    const gridSpec = { rsiThreshold: [55, 65], rollPctMaxProfit: [40, 60] };
    const started = await t.backend.send('backtest/sweep', { from, to, grid: gridSpec, metric: 'irr', workers: 2 });
    const seen: number[] = [];
    const status = await finished(t.backend, started, (s) => seen.push(s.done));
    expect(status.state).toBe('done');
    expect(status).toMatchObject({ done: 8, total: 8 });
    const result = status.result;
    if (!result) throw new Error('no result');
    const { inSample, outOfSample } = splitSample(from, to, 0.7);
    expect(result).toMatchObject({ metric: 'irr', keys: ['rsiThreshold', 'rollPctMaxProfit'], inSample, outOfSample });
    const grid = buildGrid(gridSpec);
    grid.forEach((config, i) => {
      const settings = applyOverrides(DEFAULT_SETTINGS, config);
      const alvh = (range: { from: string; to: string }) => runBacktest({ ...bars, ...range, settings, options: { baselines: false } }).strategies[0]?.metrics;
      expect(result.configs[i]).toMatchObject({ id: i, label: config.label, values: { rsiThreshold: String(config.overrides.rsiThreshold), rollPctMaxProfit: String(config.overrides.rollPctMaxProfit) } });
      expect(result.configs[i]?.inSample).toEqual(alvh(inSample));
      expect(result.configs[i]?.outOfSample).toEqual(alvh(outOfSample));
    });
    expect(result.overfitting.top.length).toBe(4);
    expect(result.overfitting.shrinkage.winnerInSample).toBe(result.overfitting.top[0]?.inSampleValue);
  });

  it('splits at a given date: in sample up to the day before, out of sample from it', async () => {
    await importBars(t.backend);
    const splitDate = bars.spx[200]?.date ?? '';
    const status = await finished(t.backend, await t.backend.send('backtest/sweep', { from, to, grid: { rsiThreshold: [60] }, splitDate, workers: 1 }));
    expect(status.result?.outOfSample).toEqual({ from: splitDate, to, days: 60 });
    expect(status.result?.inSample.days).toBe(140);
  });

  it('stops when cancelled through job/cancel', async () => {
    await importBars(t.backend);
    const started = await t.backend.send('backtest/sweep', { from, to, grid: { rsiThreshold: [50, 55, 60, 65, 70], rollPctMaxProfit: [30, 40, 50, 60] }, workers: 1 });
    let cancelled = false;
    const status = await finished(t.backend, started, (s) => {
      if (!cancelled && s.done >= 1) {
        cancelled = true;
        void t.backend.send('job/cancel', { jobId: started.id });
      }
    });
    expect(status.state).toBe('cancelled');
    expect(status.done).toBeLessThan(40);
    expect(status.error?.code).toBe('cancelled');
    expect(status.result).toBeNull();
  });

  it('refuses a configuration whose settings do not hold together, naming it', async () => {
    await importBars(t.backend);
    const error = await apiError(t.backend.send('backtest/sweep', { from, to, grid: { addLayerSpacing: [[10, 15], [25, 20]] } }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('configuration 2 (addLayerSpacing=25-20): grid.addLayerMinAgeDays: must not exceed the maximum age (20 days)');
  });
});

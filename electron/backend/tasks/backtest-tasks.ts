/**
 * `backtest/run` and `backtest/sweep`: the simulator (shared/backtest) on the SPX/VIX closes
 * imported into the journal, as jobs. Both run on worker threads (the sweep worker, so the main
 * process stays responsive and `job/cancel` stops a run at once by terminating the workers):
 * one worker for a run, every core for a sweep. Settings are the defaults with the request's
 * overrides, validated like the CLI's --set. See docs/backtest.md.
 */
import { ApiError } from '../../../shared/api/errors';
import { MAX_SWEEP_CONFIGS } from '../../../shared/api/backtest-schemas';
import { addDays } from '../../../shared/dates';
import {
  applyOverrides,
  buildGrid,
  splitSample,
  sweepConfigResults,
  sweepOverfitting,
  sweptKeys,
  type BacktestRunResult,
  type StrategyMetrics,
  type SweepResult,
  type SweepSpec,
} from '../../../shared/backtest';
import { backtestOptions, backtestSettings, backtestWorkerFile, checkedCoverage, closesCsv, journalCloses } from '../backtest/journal-backtest';
import { runSweep, type SweepJob, type SweepJobResult } from '../backtest/sweep-runner';
import type { TaskMap } from './task';

const fmt = (n: number) => n.toLocaleString('en-US');

function alvhMetrics(result: SweepJobResult | undefined): StrategyMetrics {
  const alvh = result?.strategies.find((s) => s.id === 'alvh');
  if (alvh === undefined) throw new Error('a sweep run came back without the ALVH strategy');
  return alvh.metrics;
}

export const backtestTasks: Pick<TaskMap, 'backtest/run' | 'backtest/sweep'> = {
  'backtest/run': async (input, { ctx, jobs }) => {
    const settings = backtestSettings(input.settings);
    const closes = journalCloses(ctx.db);
    const coverage = checkedCoverage(closes, input.from, input.to, settings);
    const workerFile = backtestWorkerFile();
    const job: SweepJob = { settings, from: input.from, to: input.to, options: backtestOptions(input), full: true };
    return jobs.start<BacktestRunResult>('backtest/run', async ({ progress, signal }) => {
      progress(0, 1, `Simulating ${fmt(coverage.spx.inRange)} trading days, four strategies`);
      const [result] = await runSweep({ spxCsv: closesCsv(closes.spx), vixCsv: closesCsv(closes.vix), jobs: [job], workers: 1, workerFile, signal });
      const backtest = result?.full;
      if (backtest === undefined) throw new Error('the backtest worker sent no result');
      if (backtest.days === 0) throw new ApiError('not_found', `No day from ${input.from} to ${input.to} has both an SPX and a VIX close.`);
      progress(1, 1);
      return { backtest, coverage: { spx: coverage.spx, vix: coverage.vix }, warnings: coverage.warnings };
    }, 'Starting the simulator');
  },

  'backtest/sweep': async (input, { ctx, jobs }) => {
    const base = backtestSettings(input.settings);
    const spec: SweepSpec = input.grid;
    const grid = buildGrid(spec);
    if (grid.length > MAX_SWEEP_CONFIGS) throw new ApiError('invalid_input', `The grid has ${fmt(grid.length)} configurations; the limit is ${fmt(MAX_SWEEP_CONFIGS)}`, [{ path: 'grid', message: `${fmt(grid.length)} configurations (at most ${fmt(MAX_SWEEP_CONFIGS)})` }]);
    const settings = grid.map((config) => backtestSettings(applyOverrides(base, config), 'grid', `configuration ${config.id + 1} (${config.label})`));
    const { inSample, outOfSample } = input.splitDate === undefined
      ? splitSample(input.from, input.to, input.splitFraction)
      : { inSample: { from: input.from, to: addDays(input.splitDate, -1) }, outOfSample: { from: input.splitDate, to: input.to } };
    const closes = journalCloses(ctx.db);
    checkedCoverage(closes, inSample.from, inSample.to, base);
    checkedCoverage(closes, outOfSample.from, outOfSample.to, base);
    const workerFile = backtestWorkerFile();
    // Config i runs in sample as job 2i and out of sample as job 2i + 1; ALVH only, no baselines.
    const options = { ...backtestOptions(input), baselines: false };
    const sweepJobs: SweepJob[] = settings.flatMap((s) => [{ settings: s, ...inSample, options }, { settings: s, ...outOfSample, options }]);
    const keys = sweptKeys(spec);
    return jobs.start<SweepResult>('backtest/sweep', async ({ progress, signal }) => {
      const phase = `${fmt(grid.length)} configurations × in and out of sample`;
      progress(0, sweepJobs.length, phase);
      const results = await runSweep({
        spxCsv: closesCsv(closes.spx), vixCsv: closesCsv(closes.vix), jobs: sweepJobs, workers: input.workers, workerFile, signal,
        onProgress: (done, total) => progress(done, total, phase),
      });
      const inDays = results[0]?.days ?? 0;
      const outDays = results[1]?.days ?? 0;
      if (inDays === 0 || outDays === 0) {
        const part = inDays === 0 ? { name: 'in-sample', ...inSample } : { name: 'out-of-sample', ...outOfSample };
        throw new ApiError('not_found', `No trading day with SPX and VIX closes in the ${part.name} part (${part.from} to ${part.to}).`);
      }
      const configs = sweepConfigResults(grid, keys, grid.map((c) => alvhMetrics(results[2 * c.id])), grid.map((c) => alvhMetrics(results[2 * c.id + 1])));
      return { from: input.from, to: input.to, metric: input.metric, keys, inSample: { ...inSample, days: inDays }, outOfSample: { ...outOfSample, days: outDays }, configs, overfitting: sweepOverfitting(configs, input.metric) };
    }, 'Starting the workers');
  },
};

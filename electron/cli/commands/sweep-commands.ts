/**
 * `alvh backtest sweep`: runs a grid of setting overrides (shared/backtest/sweep-grid.ts) on an
 * in-sample and an out-of-sample part of [from, to] across worker threads, ranks the configs by
 * one ALVH metric and warns when the in-sample winner does not hold up out of sample.
 * Progress goes to stderr; Ctrl-C cancels. Needs dist/sweep-worker.cjs (or ALVH_SWEEP_WORKER).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyOverrides,
  buildGrid,
  DEFAULT_SWEEP_SPEC,
  overfittingSummary,
  parseGridSpec,
  rankConfigs,
  configScore,
  type ConfigScore,
  splitSample,
  SWEEP_METRICS,
  type SweepMetric,
} from '../../../shared/backtest';
import { crossFieldIssues, DEFAULT_SETTINGS, settingsSchema, type PortfolioSettings } from '../../../shared/domain/settings';
import { parseMarketCsv } from '../../../shared/import/market-csv';
import { defaultSweepWorkerFile, runSweep, type SweepJob, type SweepJobResult } from '../../backend/backtest/sweep-runner';
import { CliError, date, dollars, optional, positiveInt, readTextFile, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { defaultMarketDir } from './backtest-commands';
import { parseSetting } from '../setting-args';

function readCsv(file: string): string {
  const text = readTextFile(file);
  const parsed = parseMarketCsv(text);
  if (!parsed.ok) throw new CliError(`${file}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).slice(0, 3).join('; ')}`);
  return text;
}

function validated(candidate: Record<string, unknown>, what: string): PortfolioSettings {
  const parsed = settingsSchema.safeParse(candidate);
  if (!parsed.success) throw new CliError(`${what}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const issues = crossFieldIssues(parsed.data);
  if (issues.length > 0) throw new CliError(`${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []);

function fraction(text: string | undefined): number {
  if (text === undefined) return 0.7;
  const n = Number(text);
  if (text.trim() === '' || !(n > 0 && n < 1)) throw new CliError(`--split must be a fraction between 0 and 1, got "${text}"`);
  return n;
}

const formatMetric = (metric: SweepMetric, value: number | null) => (value === null ? '-' : metric === 'sharpe' ? value.toFixed(2) : `${(value * 100).toFixed(1)}%`);

/** The ALVH strategy's metric in one run. */
/** ALVH's score in one run: its value, ruined or > 50%-drawdown configurations ranked last. */
function alvhScore(id: number, result: SweepJobResult | undefined, metric: SweepMetric): ConfigScore {
  const alvh = result?.strategies.find((s) => s.id === 'alvh');
  return alvh === undefined ? { id, value: null } : configScore(id, alvh.metrics, metric);
}

export const backtestSweep: CliCommand = {
  name: 'backtest sweep',
  summary: 'run a grid of rule settings in sample and out of sample across all cores, rank them, and flag overfitting (no --db needed)',
  usage:
    'alvh backtest sweep --from YYYY-MM-DD --to YYYY-MM-DD [--grid KEY=V1,V2,…]… [--metric sharpe|irr|maxDrawdown] [--split 0.7] [--top 5] [--workers N] [--spx FILE --vix FILE] [--capital DOLLARS] [--set KEY=VALUE…] [--json]\n' +
    '      grid keys: rsiThreshold, rollPctMaxProfit, wingMultiplier, addLayerSpacing (MIN-MAX days, e.g. 10-15,15-20), allocationPct (e.g. 40/25/15,30/30/30)',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    grid: { type: 'string', multiple: true },
    metric: { type: 'string' },
    split: { type: 'string' },
    top: { type: 'string' },
    workers: { type: 'string' },
    spx: { type: 'string' },
    vix: { type: 'string' },
    capital: { type: 'string' },
    set: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  },
  async run({ values, out, env }) {
    const from = date(required(values, 'from'), 'from');
    const to = date(required(values, 'to'), 'to');
    if (from >= to) throw new CliError(`--from ${from} must be before --to ${to}`);
    const metricText = optional(values, 'metric') ?? 'sharpe';
    if (!(SWEEP_METRICS as readonly string[]).includes(metricText)) throw new CliError(`--metric must be one of ${SWEEP_METRICS.join(', ')}, got "${metricText}"`);
    const metric = metricText as SweepMetric;
    const { inSample, outOfSample } = splitSample(from, to, fraction(optional(values, 'split')));
    const topText = optional(values, 'top');
    const top = topText === undefined ? 5 : positiveInt(topText, 'top');
    const workersText = optional(values, 'workers');
    const workers = workersText === undefined ? undefined : positiveInt(workersText, 'workers');
    const capital = optional(values, 'capital');

    const gridPairs = strings(values.grid);
    let grid;
    try {
      grid = buildGrid(gridPairs.length === 0 ? DEFAULT_SWEEP_SPEC : parseGridSpec(gridPairs));
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error));
    }
    const base = validated({ ...DEFAULT_SETTINGS, ...Object.fromEntries(strings(values.set).map(parseSetting)) }, 'settings');
    const settings = grid.map((config) => validated(applyOverrides(base, config), `config ${config.id} (${config.label})`));

    const dir = defaultMarketDir(env);
    const spxCsv = readCsv(optional(values, 'spx') ?? join(dir, 'SPX_History.csv'));
    const vixCsv = readCsv(optional(values, 'vix') ?? join(dir, 'VIX_History.csv'));
    const workerFile = defaultSweepWorkerFile(env);
    if (!existsSync(workerFile)) throw new CliError(`sweep worker not found at ${workerFile}; run "npm run build:node" (or set ALVH_SWEEP_WORKER)`);

    // Config i runs in sample as job 2i and out of sample as job 2i + 1; ALVH only, no baselines.
    const options = { baselines: false, ...(capital === undefined ? {} : { capitalCents: dollars(capital, 'capital') }) };
    const jobs: SweepJob[] = settings.flatMap((s) => [
      { settings: s, ...inSample, options },
      { settings: s, ...outOfSample, options },
    ]);
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    let lastPct = -1;
    let results: SweepJobResult[];
    try {
      results = await runSweep({
        spxCsv,
        vixCsv,
        jobs,
        workers,
        workerFile,
        signal: controller.signal,
        onProgress: (done, total) => {
          const pct = Math.floor((done / total) * 10) * 10;
          if (pct !== lastPct || done === total) process.stderr.write(`sweep: ${done}/${total} runs (${grid.length} configs × 2)\n`);
          lastPct = pct;
        },
      });
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error));
    } finally {
      process.removeListener('SIGINT', onSigint);
    }
    const inDays = results[0]?.days ?? 0;
    const outDays = results[1]?.days ?? 0;
    if (inDays === 0 || outDays === 0) throw new CliError(`no trading day with SPX and VIX closes in the ${inDays === 0 ? 'in-sample' : 'out-of-sample'} part (${inDays === 0 ? `${inSample.from} … ${inSample.to}` : `${outOfSample.from} … ${outOfSample.to}`})`);

    const inScores = grid.map((c) => alvhScore(c.id, results[2 * c.id], metric));
    const outScores = grid.map((c) => alvhScore(c.id, results[2 * c.id + 1], metric));
    const inRanked = rankConfigs(inScores, metric);
    const outRank = new Map(rankConfigs(outScores, metric).map((s) => [s.id, s]));
    const summary = overfittingSummary(inScores, outScores, metric, top);
    const rows = inRanked.map((s) => {
      const config = grid[s.id];
      const o = outRank.get(s.id);
      return { id: s.id, label: config?.label ?? '', overrides: config?.overrides ?? {}, inSample: { value: s.value, rank: s.rank }, outOfSample: { value: o?.value ?? null, rank: o?.rank ?? 0 } };
    });

    if (values.json) {
      return out(JSON.stringify({ from, to, metric, inSample: { ...inSample, days: inDays }, outOfSample: { ...outOfSample, days: outDays }, configs: rows, overfitting: summary }, null, 2));
    }
    out(`sweep ${grid.length} configs by ALVH ${metric}: in sample ${inSample.from} … ${inSample.to} (${inDays} days), out of sample ${outOfSample.from} … ${outOfSample.to} (${outDays} days)`);
    const table = [['rank', 'config', 'in-sample', 'out-of-sample', 'OOS rank'], ...rows.map((r) => [String(r.inSample.rank), r.label, formatMetric(metric, r.inSample.value), formatMetric(metric, r.outOfSample.value), String(r.outOfSample.rank)])];
    const widths = table[0]?.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length))) ?? [];
    for (const r of table) out(r.map((cell, c) => (c === 1 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '));
    out(`top ${summary.top.length} in sample → out-of-sample ranks: ${summary.top.map((t) => `#${t.id} ${t.outOfSampleRank}/${summary.configs}`).join(', ')}`);
    out(summary.warning ?? 'no overfitting warning: the in-sample winner stays in the top half out of sample');
  },
};

/**
 * The journal's side of a backtest: the SPX/VIX closes imported into its database (the market
 * repo), the settings a request asks for (overrides over the defaults, validated as the CLI's
 * --set), and where the worker script lives. Used by the backtest tasks and `alvh report --backtest`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError, type ApiIssue } from '../../../shared/api/errors';
import { marketCoverage, runBacktest, type BacktestOptions, type BacktestResult, type BacktestRunResult, type MarketCoverage } from '../../../shared/backtest';
import { crossFieldIssues, DEFAULT_SETTINGS, settingsSchema, type PortfolioSettings, type SettingsPatch } from '../../../shared/domain/settings';
import type { Portfolio } from '../../../shared/domain/types';
import type { CloseBar } from '../../../shared/rules/market-context';
import { listBars } from '../repos/market';
import { hundredthsToPoints } from '../../../shared/money';

export interface JournalCloses {
  spx: CloseBar[];
  vix: CloseBar[];
}

/** Every SPX and VIX close in the journal, oldest first, read in one transaction. */
export function journalCloses(db: Database.Database): JournalCloses {
  const toBar = (b: { date: string; closeHundredths: number }): CloseBar => ({ date: b.date, closeHundredths: b.closeHundredths });
  return db.transaction(() => ({ spx: listBars(db, 'SPX').map(toBar), vix: listBars(db, 'VIX').map(toBar) }))();
}

/** Closes as `date,close` CSV (what the sweep worker parses; exact for hundredths). */
export function closesCsv(bars: readonly CloseBar[]): string {
  return ['date,close', ...bars.map((b) => `${b.date},${hundredthsToPoints(b.closeHundredths).toFixed(2)}`)].join('\n');
}

/**
 * DEFAULT_SETTINGS with `overrides` applied, checked with the settings schema and across
 * fields; issues point at `${path}.<key>`.
 */
export function backtestSettings(overrides: SettingsPatch | undefined, path = 'settings', what = 'settings'): PortfolioSettings {
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...overrides });
  const fail = (issues: ApiIssue[]): never => {
    throw new ApiError('invalid_input', `${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  };
  if (!parsed.success) return fail(parsed.error.issues.map((i) => ({ path: [path, ...i.path.map(String)].join('.'), message: i.message })));
  const cross = crossFieldIssues(parsed.data);
  if (cross.length > 0) fail(cross.map((i) => ({ path: i.path.replace(/^settings/, path), message: i.message })));
  return parsed.data;
}

/** The coverage check, throwing when the run cannot start (no SPX/VIX, nothing in range). */
export function checkedCoverage(closes: JournalCloses, from: string, to: string, settings: PortfolioSettings): MarketCoverage {
  const coverage = marketCoverage(closes.spx, closes.vix, from, to, settings);
  if (coverage.error !== null) throw new ApiError('not_found', coverage.error);
  return coverage;
}

/** Simulator options from a request (only the ones given). */
export function backtestOptions(input: { capitalCents?: number; spxSlippagePoints?: number; vixSlippagePoints?: number }): Partial<BacktestOptions> {
  const options: Partial<BacktestOptions> = {};
  if (input.capitalCents !== undefined) options.capitalCents = input.capitalCents;
  if (input.spxSlippagePoints !== undefined) options.spxSlippagePoints = input.spxSlippagePoints;
  if (input.vixSlippagePoints !== undefined) options.vixSlippagePoints = input.vixSlippagePoints;
  return options;
}

export interface JournalBacktestRequest {
  from: string;
  to: string;
  settings: PortfolioSettings;
  options?: Partial<BacktestOptions>;
}

/** A whole backtest on this thread (the CLI's report); the app runs it in a worker (backtest-tasks.ts). */
export function runJournalBacktest(db: Database.Database, request: JournalBacktestRequest): BacktestRunResult {
  const closes = journalCloses(db);
  const coverage = checkedCoverage(closes, request.from, request.to, request.settings);
  const backtest = runBacktest({ ...closes, ...request });
  if (backtest.days === 0) throw new ApiError('not_found', `No day from ${request.from} to ${request.to} has both an SPX and a VIX close.`);
  return { backtest, coverage: { spx: coverage.spx, vix: coverage.vix }, warnings: coverage.warnings };
}

/** The portfolio's own settings and capital on the journal's closes: the backtest a report includes (app and CLI alike). */
export function portfolioBacktest(db: Database.Database, portfolio: Portfolio, range: { from: string; to: string }): BacktestResult {
  if (range.from > range.to) throw new ApiError('invalid_input', `The backtest's end ${range.to} is before its start ${range.from}`, [{ path: 'backtest.to', message: 'must not be before the start' }]);
  return runJournalBacktest(db, { ...range, settings: portfolio.settings, options: { capitalCents: portfolio.riskCapitalCents } }).backtest;
}

/**
 * ALVH_SWEEP_WORKER, else sweep-worker.cjs beside the running bundle (dist/host.cjs, dist/cli.cjs)
 * or one folder up (dist/electron/main.cjs). Inside a packaged app the script is read from
 * app.asar.unpacked: worker threads cannot load from the archive.
 */
export function backtestWorkerFile(env: NodeJS.ProcessEnv = process.env, dir: string = __dirname): string {
  if (env.ALVH_SWEEP_WORKER) return env.ALVH_SWEEP_WORKER;
  const candidates = [join(dir, 'sweep-worker.cjs'), join(dir, '..', 'sweep-worker.cjs')].map((f) => f.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'));
  const found = candidates.find((f) => existsSync(f));
  if (found === undefined) throw new ApiError('internal', `The backtest worker (sweep-worker.cjs) is missing beside ${dir}; rebuild with "npm run build:node" or set ALVH_SWEEP_WORKER.`);
  return found;
}

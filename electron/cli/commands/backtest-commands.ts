/**
 * `alvh backtest`: replays the CBOE SPX/VIX history through the rules engine (shared/backtest)
 * and prints ALVH against its baselines. Reads CSV files only; needs no journal (--db).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { opensFromCsv } from './market-opens';
import { join, resolve } from 'node:path';
import { runBacktest, tradeLogCsv, type BacktestResult, type StrategyMetrics } from '../../../shared/backtest';
import { crossFieldIssues, DEFAULT_SETTINGS, settingsSchema } from '../../../shared/domain/settings';
import { parseMarketCsv, type ParsedClose } from '../../../shared/import/market-csv';
import { CliError, date, dollars, optional, readTextFile, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { centsToDollars } from '../../../shared/money';
import { formatWholeDollars } from '../../../shared/format/money';
import { parseSetting } from '../setting-args';

/** ALVH_MARKET_DIR, else ../shared/data/market beside the checkout (as bench/market-files.ts), else from the working directory. */
export function defaultMarketDir(env: NodeJS.ProcessEnv): string {
  if (env.ALVH_MARKET_DIR) return env.ALVH_MARKET_DIR;
  const besideCheckout = resolve(__dirname, '..', '..', 'shared', 'data', 'market');
  return existsSync(besideCheckout) ? besideCheckout : resolve(process.cwd(), '..', 'shared', 'data', 'market');
}

/** The closes of a history file, each with the day's OPEN when the file has that column. */
function readCloses(file: string): (ParsedClose & { openHundredths: number | null })[] {
  const text = readTextFile(file);
  const parsed = parseMarketCsv(text);
  if (!parsed.ok) throw new CliError(`${file}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).slice(0, 3).join('; ')}`);
  const opens = opensFromCsv(text);
  return parsed.closes.map((c) => ({ ...c, openHundredths: opens.get(c.date) ?? null }));
}

function writeTextFile(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** DEFAULT_SETTINGS with every --set KEY=VALUE applied and validated like `settings set`. */
function settingsFrom(pairs: readonly string[]) {
  const merged = { ...DEFAULT_SETTINGS, ...Object.fromEntries(pairs.map(parseSetting)) };
  const parsed = settingsSchema.safeParse(merged);
  if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const issues = crossFieldIssues(parsed.data);
  if (issues.length > 0) throw new CliError(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return parsed.data;
}

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null) => (x === null ? '-' : x.toFixed(2));
const usd = (cents: number) => formatWholeDollars(centsToDollars(cents));

/** The figures printed per strategy (also the --json shape). */
function summary(result: BacktestResult) {
  return {
    from: result.from,
    to: result.to,
    days: result.days,
    options: { capitalCents: result.options.capitalCents, spxSlippagePoints: result.options.spxSlippagePoints, vixSlippagePoints: result.options.vixSlippagePoints },
    strategies: result.strategies.map((s) => ({
      id: s.id, ...s.metrics, fills: s.fills.length, ruleFired: s.ruleFired, ruleActed: s.ruleActed, notes: s.notes, hedgePot: s.hedgePot, years: s.years,
    })),
  };
}

const ROWS: [string, (m: StrategyMetrics) => string][] = [
  ['end equity', (m) => usd(m.endEquityCents)],
  ['ruined on', (m) => m.ruinedOn ?? '-'],
  ['IRR', (m) => pct(m.irr)],
  ['annual return', (m) => pct(m.annualReturn)],
  ['annual vol', (m) => pct(m.annualVol)],
  ['Sharpe', (m) => num(m.sharpe)],
  ['Sortino', (m) => num(m.sortino)],
  ['max drawdown', (m) => pct(m.maxDrawdown)],
  ['drawdown days', (m) => String(m.maxDrawdownDays)],
  ['worst month', (m) => (m.worstMonth === null ? '-' : `${m.worstMonth.month} ${pct(m.worstMonth.return)}`)],
  ['win rate', (m) => pct(m.winRate)],
  ['avg days in trade', (m) => (m.avgDaysInTrade === null ? '-' : m.avgDaysInTrade.toFixed(1))],
  ['fees', (m) => usd(m.feesCents)],
  ['P&L VIX < 15', (m) => usd(m.regimes.low.pnlCents)],
  ['P&L VIX 15–25', (m) => usd(m.regimes.mid.pnlCents)],
  ['P&L VIX > 25', (m) => usd(m.regimes.high.pnlCents)],
];

function table(result: BacktestResult): string[] {
  const ids = result.strategies.map((s) => s.id);
  const rows: string[][] = [['', ...ids], ...ROWS.map(([label, f]) => [label, ...result.strategies.map((s) => f(s.metrics))])];
  const years = [...new Set(result.strategies.flatMap((s) => s.metrics.stress.map((x) => x.year)))];
  for (const year of years) rows.push([`${year} return`, ...result.strategies.map((s) => pct(s.metrics.stress.find((x) => x.year === year)?.return ?? null))]);
  const alvh = result.strategies[0];
  const fired = alvh === undefined ? '' : Object.entries(alvh.ruleFired).map(([rule, n]) => `${rule} ${n}/${alvh.ruleActed[rule as keyof typeof alvh.ruleActed]}`).join(', ');
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '));
  return [`backtest ${result.from} … ${result.to}: ${result.days} trading days, capital ${usd(result.options.capitalCents)}`, ...lines, `ALVH rules fired/acted: ${fired}`];
}

export const backtest: CliCommand = {
  name: 'backtest',
  summary: 'replay the SPX/VIX history through the ALVH rules and compare with baselines (no --db needed)',
  usage: 'alvh backtest --from YYYY-MM-DD --to YYYY-MM-DD [--spx FILE --vix FILE] [--capital DOLLARS] [--set KEY=VALUE…] [--trades FILE.csv] [--json]',
  options: { from: { type: 'string' }, to: { type: 'string' }, spx: { type: 'string' }, vix: { type: 'string' }, capital: { type: 'string' }, set: { type: 'string', multiple: true }, trades: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, out, env }) {
    const from = date(required(values, 'from'), 'from');
    const to = date(required(values, 'to'), 'to');
    if (from > to) throw new CliError(`--from ${from} is after --to ${to}`);
    const dir = defaultMarketDir(env);
    const spx = readCloses(optional(values, 'spx') ?? join(dir, 'SPX_History.csv'));
    const vix = readCloses(optional(values, 'vix') ?? join(dir, 'VIX_History.csv'));
    const sets = values.set;
    const settings = settingsFrom(Array.isArray(sets) ? sets.filter((x): x is string => typeof x === 'string') : []);
    const capital = optional(values, 'capital');
    const result = runBacktest({ spx, vix, from, to, settings, options: capital === undefined ? {} : { capitalCents: dollars(capital, 'capital') } });
    if (result.days === 0) throw new CliError(`no day from ${from} to ${to} has both an SPX and a VIX close`);
    const trades = optional(values, 'trades');
    if (trades !== undefined) writeTextFile(trades, tradeLogCsv(result));
    if (values.json) return out(JSON.stringify(summary(result), null, 2));
    for (const line of table(result)) out(line);
  },
};

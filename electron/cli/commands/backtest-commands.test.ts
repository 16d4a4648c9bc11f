import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBars } from '../../../shared/backtest/testing/series';
import { runCli } from '../run-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-backtest-'));
  const bars = randomBars(3, '2025-12-31', 200);
  const csv = (rows: { date: string; closeHundredths: number }[]) => ['date,close', ...rows.map((r) => `${r.date},${(r.closeHundredths / 100).toFixed(2)}`)].join('\n');
  writeFileSync(join(dir, 'SPX_History.csv'), csv(bars.spx));
  writeFileSync(join(dir, 'VIX_History.csv'), csv(bars.vix));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out, err };
}

describe('alvh backtest', () => {
  it('runs without --db on the files in ALVH_MARKET_DIR and prints every strategy as JSON', async () => {
    const { code, out, err } = await cli({ ALVH_MARKET_DIR: dir }, 'backtest', '--from', '2025-07-01', '--to', '2025-12-31', '--json');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const summary = JSON.parse(out.join('\n')) as { days: number; strategies: { id: string; endEquityCents: number; ruinedOn: string | null; ruleFired: Record<string, number> }[] };
    expect(summary.days).toBeGreaterThan(100);
    expect(summary.strategies.map((s) => s.ruinedOn)).toEqual([null, null, null, null]);
    expect(summary.strategies.map((s) => s.id)).toEqual(['alvh', 'alvh-no-hedge', 'monthly-condor', 'buy-and-hold']);
    expect(readdirSync(dir).sort()).toEqual(['SPX_History.csv', 'VIX_History.csv']);
  });

  it('takes explicit files and --set KEY=VALUE settings, and prints a table', async () => {
    const spx = join(dir, 'SPX_History.csv');
    const vix = join(dir, 'VIX_History.csv');
    const { code, out } = await cli({}, 'backtest', '--from', '2025-07-01', '--to', '2025-12-31', '--spx', spx, '--vix', vix, '--set', 'disabledRules=vix-hedge,tighten', '--set', 'wingWidthPoints=25');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^backtest 2025-07-01 … 2025-12-31: \d+ trading days, capital \$100,000$/);
    expect(out.some((l) => l.startsWith('Sharpe'))).toBe(true);
    expect(out.find((l) => l.startsWith('ruined on'))).toMatch(/^ruined on(\s+-){4}$/); // no strategy reaches equity ≤ 0 here
    expect(out[out.length - 1]).toContain('vix-hedge 0/0');
  });

  it('rejects an unknown setting and a missing date', async () => {
    expect(await cli({ ALVH_MARKET_DIR: dir }, 'backtest', '--from', '2025-07-01', '--to', '2025-12-31', '--set', 'nope=1')).toMatchObject({ code: 1, err: [expect.stringContaining('unknown setting "nope"')] });
    expect(await cli({ ALVH_MARKET_DIR: dir }, 'backtest', '--from', '2025-07-01')).toMatchObject({ code: 1, err: ['alvh backtest: --to is required'] });
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomBars } from '../../../shared/backtest/testing/series';
import { runCli } from '../run-cli';
import type { CliCommand } from '../cli-context';
import { backtestSweep } from './sweep-commands';

// COMMANDS (index.ts) is edited elsewhere: register the command for this test only.
vi.mock('./index', async (importOriginal) => {
  const original = await importOriginal<{ COMMANDS: CliCommand[] }>();
  const { backtestSweep: sweep } = await import('./sweep-commands');
  return { COMMANDS: original.COMMANDS.some((c) => c.name === sweep.name) ? original.COMMANDS : [...original.COMMANDS, sweep] };
});

let dir: string;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-sweep-cli-'));
  const bars = randomBars(5, '2025-12-31', 260);
  const csv = (rows: { date: string; closeHundredths: number }[]) => ['date,close', ...rows.map((r) => `${r.date},${(r.closeHundredths / 100).toFixed(2)}`)].join('\n');
  writeFileSync(join(dir, 'SPX_History.csv'), csv(bars.spx));
  writeFileSync(join(dir, 'VIX_History.csv'), csv(bars.vix));
  await build({
    entryPoints: { 'sweep-worker': join(__dirname, '..', '..', 'backend', 'backtest', 'sweep-worker.ts') },
    bundle: true, platform: 'node', format: 'cjs', outdir: dir, outExtension: { '.js': '.cjs' }, logLevel: 'error',
    nodePaths: [join(__dirname, '..', '..', '..', 'node_modules')],
  });
  env = { ALVH_MARKET_DIR: dir, ALVH_SWEEP_WORKER: join(dir, 'sweep-worker.cjs') };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
    return { code, out, err };
  } finally {
    stderr.mockRestore();
  }
}

describe('alvh backtest sweep', () => {
  it('is named so it wins over `backtest`', () => {
    expect(backtestSweep.name).toBe('backtest sweep');
  });

  it('ranks a grid in and out of sample as JSON', async () => {
    const { code, out, err } = await cli('backtest', 'sweep', '--from', '2025-05-01', '--to', '2025-12-31', '--grid', 'rsiThreshold=55,65', '--grid', 'rollPctMaxProfit=40,60', '--metric', 'irr', '--workers', '2', '--json');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const report = JSON.parse(out.join('\n')) as { metric: string; inSample: { to: string; days: number }; outOfSample: { from: string }; configs: { id: number; inSample: { rank: number } }[]; overfitting: { top: unknown[] } };
    expect(report.metric).toBe('irr');
    expect(report.configs.map((c) => c.inSample.rank)).toEqual([1, 2, 3, 4]);
    expect(report.configs.map((c) => c.id).sort()).toEqual([0, 1, 2, 3]);
    expect(report.inSample.days).toBeGreaterThan(100);
    expect(report.outOfSample.from > report.inSample.to).toBe(true);
    expect(report.overfitting.top).toHaveLength(4);
  });

  it('prints a table and a verdict line', async () => {
    const { code, out } = await cli('backtest', 'sweep', '--from', '2025-05-01', '--to', '2025-12-31', '--grid', 'wingMultiplier=1,1.5', '--split', '0.6');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^sweep 2 configs by ALVH sharpe: in sample 2025-05-01 … /);
    expect(out[1]).toMatch(/^rank\s+config/);
    expect(out[out.length - 1]).toMatch(/overfitting/);
  });

  it('rejects a bad grid, metric and config', async () => {
    expect(await cli('backtest', 'sweep', '--from', '2025-05-01', '--to', '2025-12-31', '--grid', 'nope=1')).toMatchObject({ code: 1, err: [expect.stringContaining('unknown key "nope"')] });
    expect(await cli('backtest', 'sweep', '--from', '2025-05-01', '--to', '2025-12-31', '--metric', 'sortino')).toMatchObject({ code: 1, err: [expect.stringContaining('--metric must be one of')] });
    expect(await cli('backtest', 'sweep', '--from', '2025-05-01', '--to', '2025-12-31', '--grid', 'addLayerSpacing=20-10')).toMatchObject({ code: 1, err: [expect.stringContaining('config 0 (addLayerSpacing=20-10)')] });
  });
});

import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../../../shared/backtest';
import { randomBars } from '../../../../shared/backtest/testing/series';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { equityCsv, metricsCsv } from './backtest-csv';

const bars = randomBars(7, '2025-12-31', 320);
const result = runBacktest({ ...bars, from: bars.spx[60]?.date ?? '', to: bars.spx[319]?.date ?? '', settings: DEFAULT_SETTINGS });

describe('backtest CSV', () => {
  it('puts every figure side by side in the table units, as plain numbers', () => {
    const rows = metricsCsv(result).trim().split('\n').map((l) => l.split(','));
    expect(rows[0]).toEqual(['figure', 'ALVH', 'ALVH without hedge', 'Plain monthly condor', 'Buy-and-hold SPX']);
    const row = (name: string) => rows.find((r) => r[0] === name) ?? [];
    const alvh = result.strategies[0]?.metrics;
    expect(row('IRR (%/yr)')[1]).toBe(((alvh?.irr ?? 0) * 100).toFixed(2));
    expect(row('End equity ($)')[4]).toBe(((result.strategies[3]?.metrics.endEquityCents ?? 0) / 100).toFixed(0));
    expect(row('Max drawdown (%)')[2]).toBe(((result.strategies[1]?.metrics.maxDrawdown ?? 0) * 100).toFixed(2));
    expect(row('base-layer fired (days)')[1]).toBe(String(result.strategies[0]?.ruleFired['base-layer']));
    for (const r of rows) expect(r).toHaveLength(5);
  });

  it('names the day a strategy was ruined and leaves the others blank', () => {
    const ruined = { ...result, strategies: result.strategies.map((s, i) => (i === 0 ? { ...s, metrics: { ...s.metrics, ruinedOn: '1997-10-27' } } : s)) };
    const rows = metricsCsv(ruined).trim().split('\n').map((l) => l.split(','));
    expect(rows.find((r) => r[0] === 'Ruined on (equity reached zero)')).toEqual(['Ruined on (equity reached zero)', '1997-10-27', ...result.strategies.slice(1).map((s) => s.metrics.ruinedOn ?? '')]);
  });

  it('writes one line per trading day with each equity and drawdown', () => {
    const lines = equityCsv(result).trim().split('\n');
    expect(lines[0]).toBe('date,alvh equity ($),alvh drawdown (%),alvh-no-hedge equity ($),alvh-no-hedge drawdown (%),monthly-condor equity ($),monthly-condor drawdown (%),buy-and-hold equity ($),buy-and-hold drawdown (%)');
    expect(lines).toHaveLength(result.days + 1);
    const first = result.strategies.map((s) => s.equity[0]);
    expect(lines[1]).toBe([first[0]?.date, ...first.flatMap((p) => [((p?.equityCents ?? 0) / 100).toFixed(2), ((p?.drawdown ?? 0) * 100).toFixed(4)])].join(','));
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { applyOverrides, buildGrid, overfittingSummary, parseGridSpec, rankConfigs, splitSample } from './sweep-grid';

describe('buildGrid', () => {
  it('is the cartesian product in key order, the last key varying fastest', () => {
    const grid = buildGrid({ wingMultiplier: [1, 1.5], rsiThreshold: [55, 65], addLayerSpacing: [[10, 15]] });
    expect(grid.map((c) => c.label)).toEqual([
      'rsiThreshold=55 addLayerSpacing=10-15 wingMultiplier=1',
      'rsiThreshold=55 addLayerSpacing=10-15 wingMultiplier=1.5',
      'rsiThreshold=65 addLayerSpacing=10-15 wingMultiplier=1',
      'rsiThreshold=65 addLayerSpacing=10-15 wingMultiplier=1.5',
    ]);
    expect(grid.map((c) => c.id)).toEqual([0, 1, 2, 3]);
    expect(grid[3]?.overrides).toEqual({ rsiThreshold: 65, addLayerMinAgeDays: 10, addLayerMaxAgeDays: 15, wingMultiplier: 1.5 });
  });

  it('gives one base config for an empty spec, and applies overrides over the base settings', () => {
    expect(buildGrid({})).toEqual([{ id: 0, label: 'base', overrides: {} }]);
    const [config] = buildGrid({ allocationPct: [[30, 30, 30]] });
    if (config === undefined) throw new Error('expected a config');
    expect(applyOverrides(DEFAULT_SETTINGS, config)).toEqual({ ...DEFAULT_SETTINGS, allocationPct: [30, 30, 30] });
    expect(() => buildGrid({ rsiThreshold: [] })).toThrow('rsiThreshold has no value');
  });
});

describe('parseGridSpec', () => {
  it('reads KEY=V1,V2 pairs, MIN-MAX spacings and slash schedules', () => {
    expect(parseGridSpec(['rsiThreshold=55,60', 'addLayerSpacing=10-15,15-20', 'allocationPct=40/25/15,30/30', 'wingMultiplier=1.25'])).toEqual({
      rsiThreshold: [55, 60],
      addLayerSpacing: [[10, 15], [15, 20]],
      allocationPct: [[40, 25, 15], [30, 30]],
      wingMultiplier: [1.25],
    });
  });

  it('rejects unknown keys and bad values', () => {
    expect(() => parseGridSpec(['nope=1'])).toThrow('unknown key "nope"');
    expect(() => parseGridSpec(['rsiThreshold=5x'])).toThrow('"5x" is not a number');
    expect(() => parseGridSpec(['addLayerSpacing=10'])).toThrow('not MIN-MAX');
    expect(() => parseGridSpec(['rsiThreshold'])).toThrow('not KEY=V1');
  });
});

describe('splitSample', () => {
  it('splits 70/30 by calendar time by default, out-of-sample starting the next day', () => {
    // 2020-01-01 … 2020-01-11: 10 days of span → in-sample ends 7 days in.
    expect(splitSample('2020-01-01', '2020-01-11')).toEqual({ inSample: { from: '2020-01-01', to: '2020-01-08' }, outOfSample: { from: '2020-01-09', to: '2020-01-11' } });
    expect(splitSample('2020-01-01', '2020-01-11', 0.5).inSample.to).toBe('2020-01-06');
  });

  it('always leaves both parts non-empty and rejects bad fractions', () => {
    expect(splitSample('2020-01-01', '2020-01-02', 0.99)).toEqual({ inSample: { from: '2020-01-01', to: '2020-01-01' }, outOfSample: { from: '2020-01-02', to: '2020-01-02' } });
    expect(() => splitSample('2020-01-01', '2020-01-11', 1)).toThrow('between 0 and 1');
    expect(() => splitSample('2020-01-01', '2020-01-01')).toThrow('at least two days');
  });
});

describe('rankConfigs', () => {
  it('ranks a ruined or > 50%-drawdown configuration last whatever its figure', () => {
    const scores = [{ id: 0, value: 0.4 }, { id: 1, value: 2.5, unacceptable: true }, { id: 2, value: 0.1 }, { id: 3, value: null }];
    expect(rankConfigs(scores, 'sharpe').map((s) => s.id)).toEqual([0, 2, 3, 1]);
  });

  const scores = [{ id: 0, value: 0.5 }, { id: 1, value: null }, { id: 2, value: 1.2 }, { id: 3, value: 0.5 }];
  it('sorts higher-is-better metrics descending, nulls last, ties by id', () => {
    expect(rankConfigs(scores, 'sharpe')).toEqual([{ id: 2, value: 1.2, rank: 1 }, { id: 0, value: 0.5, rank: 2 }, { id: 3, value: 0.5, rank: 3 }, { id: 1, value: null, rank: 4 }]);
  });
  it('sorts max drawdown ascending', () => {
    expect(rankConfigs(scores, 'maxDrawdown').map((s) => s.id)).toEqual([0, 3, 2, 1]);
  });
});

describe('overfittingSummary', () => {
  const inSample = [{ id: 0, value: 2 }, { id: 1, value: 1.5 }, { id: 2, value: 1 }, { id: 3, value: 0.5 }];
  it('reports where the in-sample top lands out of sample, and warns when the winner ranks poorly', () => {
    const outOfSample = [{ id: 0, value: -1 }, { id: 1, value: 0.8 }, { id: 2, value: 0.9 }, { id: 3, value: 0.1 }];
    const summary = overfittingSummary(inSample, outOfSample, 'sharpe', 2);
    expect(summary.top).toEqual([
      { id: 0, inSampleRank: 1, inSampleValue: 2, outOfSampleRank: 4, outOfSampleValue: -1 },
      { id: 1, inSampleRank: 2, inSampleValue: 1.5, outOfSampleRank: 2, outOfSampleValue: 0.8 },
    ]);
    expect(summary.warning).toContain('ranks 4 of 4 out of sample');
  });
  it('does not warn when the winner holds up', () => {
    const outOfSample = [{ id: 0, value: 1 }, { id: 1, value: 1.1 }, { id: 2, value: 0.2 }, { id: 3, value: 0.1 }];
    expect(overfittingSummary(inSample, outOfSample, 'sharpe').warning).toBeNull();
  });
});

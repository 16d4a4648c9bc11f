import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/dates';
import { marketFromSeries, prepareMarket } from '../../../../shared/rules/market-context';
import { marketChartData, rangeStart, spansYears, valueLookup, valueOn, weeklyPoints, MAX_DAILY_POINTS } from './market-series';

const bar = (date: string, points: number) => ({ date, closeHundredths: Math.round(points * 100) });

describe('market chart data', () => {
  it('cuts the range a whole number of years before the latest close', () => {
    expect(rangeStart('2026-07-09', '1Y')).toBe('2025-07-09');
    expect(rangeStart('2026-07-09', '5Y')).toBe('2021-07-09');
    expect(rangeStart('2026-07-09', 'All')).toBeNull();
  });

  it('lays SPX and VIX on one axis, with gaps where an index has no close', () => {
    const market = marketFromSeries({
      spx: { dates: ['2026-01-05', '2026-01-06', '2026-01-07'], closes: [6000, 6010, 6020], realizedVol: [null, 0.1, 0.2] },
      vix: { dates: ['2026-01-06', '2026-01-08'], closes: [15, 18], rsi: [55, 61] },
    });
    const data = marketChartData(market, 'All');
    expect(data.axis).toEqual(['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08']);
    expect(data.spx.close).toEqual([6000, 6010, 6020, null]);
    expect(data.vix.rsi).toEqual([null, 55, null, 61]);
    // Vol points: RV 0.1 → 10; IV − RV only where both exist.
    expect(data.vol.realized).toEqual([null, 10, 20, null]);
    expect(data.vol.spread).toEqual([null, 5, null, null]);
    expect(data.thinned).toBeNull();
  });

  it('computes indicators on the whole history before cutting the range (no warm-up at the cut)', () => {
    const spx = Array.from({ length: 600 }, (_, i) => bar(addDays('2024-01-01', i), 5000 + 30 * Math.sin(i / 7)));
    const vix = spx.map((b, i) => bar(b.date, 15 + 3 * Math.cos(i / 5)));
    const market = prepareMarket(spx, vix, { rsiPeriod: 14, realizedVolWindow: 20 });
    const data = marketChartData(market, '1Y');
    expect(data.axis[0] >= '2024-08-22').toBe(true);
    expect(data.vix.rsi.every((v) => v !== null)).toBe(true);
    expect(data.spx.histogram.every((v) => v !== null)).toBe(true);
  });

  it('draws long ranges with the last day of each week, keeping the daily values', () => {
    const dates = Array.from({ length: MAX_DAILY_POINTS + 10 }, (_, i) => addDays('1990-01-01', i)); // from a Monday
    const market = marketFromSeries({ spx: { dates, closes: dates.map((_, i) => 100 + i) }, vix: { dates: [], closes: [] } });
    const data = marketChartData(market, 'All');
    expect(data.thinned).toBe('weekly');
    expect(data.axis.slice(0, 2)).toEqual(['1990-01-07', '1990-01-14']); // Sundays close each Monday-based week
    expect(data.spx.close.slice(0, 2)).toEqual([106, 113]);
    expect(data.spxDates).toEqual(data.axis);
    expect(weeklyPoints(data).axis).toEqual(data.axis);
    expect(spansYears(data, 15)).toBe(true);
  });

  it('reads values for legends and the synced crosshair', () => {
    const axis = ['2026-01-05', '2026-01-06', '2026-01-07'];
    expect(valueOn(axis, [1, 2, null], '2026-01-06')).toBe(2);
    expect(valueOn(axis, [1, 2, null], null)).toBe(2);
    expect(valueOn(axis, [1, 2, null], '2026-01-08')).toBeNull();
    const lookup = valueLookup(axis, [1, null, 3]);
    expect(lookup('2026-01-06')).toBe(1);
    expect(lookup('2026-01-04')).toBeUndefined();
  });
});

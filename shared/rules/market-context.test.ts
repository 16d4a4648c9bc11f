import { describe, expect, it } from 'vitest';
import { macd, realizedVol, rsi } from '../analytics';
import { marketFromSeries, prepareMarket } from './market-context';
import { lastIndexOnOrBefore, snapshotAt } from './market-snapshot';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { tradingDatesEndingOn } from './testing/market-builder';

const dates = tradingDatesEndingOn('2026-06-05', 50);
const spxCloses = dates.map((_, i) => 6000 + 10 * Math.sin(i) + i);
const vixCloses = dates.map((_, i) => 16 + Math.cos(i / 2));
const bars = (closes: number[]) => dates.map((date, i) => ({ date, closeHundredths: Math.round((closes[i] ?? 0) * 100) }));

describe('prepareMarket', () => {
  it('computes the indicator series once, aligned with the dates (closes in points)', () => {
    const market = prepareMarket(bars(spxCloses), bars(vixCloses), { rsiPeriod: 14, realizedVolWindow: 20 });
    const spx = market.spx.closes;
    expect(market.spx.dates).toEqual(dates);
    expect(market.vix.rsi).toEqual(rsi(market.vix.closes, 14));
    expect(market.spx.histogram).toEqual(macd(spx, 12, 26, 9).histogram);
    expect(market.spx.realizedVol).toEqual(realizedVol(spx, 20));
  });

  it('sorts, keeps the last duplicate, and skips non-trading days and bad closes', () => {
    const market = prepareMarket(
      [{ date: '2026-06-05', closeHundredths: 600_000 }, { date: '2026-06-04', closeHundredths: 590_000 }, { date: '2026-06-05', closeHundredths: 601_000 }],
      [{ date: '2026-06-19', closeHundredths: 1_600 }, { date: '2026-06-18', closeHundredths: 0 }, { date: '2026-06-17', closeHundredths: 1_700 }],
      { rsiPeriod: 14, realizedVolWindow: 20 },
    );
    expect(market.spx.dates).toEqual(['2026-06-04', '2026-06-05']);
    expect(market.spx.closes).toEqual([5900, 6010]);
    expect(market.vix.dates).toEqual(['2026-06-17']);
    expect(market.skipped).toEqual([
      { symbol: 'VIX', date: '2026-06-18', reason: 'close is not positive' },
      { symbol: 'VIX', date: '2026-06-19', reason: 'not an NYSE trading day' },
    ]);
  });
});

describe('marketFromSeries', () => {
  it('rejects misaligned or unsorted series', () => {
    expect(() => marketFromSeries({ spx: { dates: ['2026-06-05'], closes: [] }, vix: { dates: [], closes: [] } })).toThrow(RangeError);
    expect(() => marketFromSeries({ spx: { dates: ['2026-06-05', '2026-06-04'], closes: [1, 2] }, vix: { dates: [], closes: [] } })).toThrow(/ascend/);
    expect(() => marketFromSeries({ spx: { dates: ['2026-06-05'], closes: [1], histogram: [1, 2] }, vix: { dates: [], closes: [] } })).toThrow(/histogram/);
  });
});

describe('lastIndexOnOrBefore', () => {
  it('binary-searches the last date ≤ asOf', () => {
    const d = ['2026-06-01', '2026-06-02', '2026-06-04'];
    expect(lastIndexOnOrBefore(d, '2026-05-31')).toBe(-1);
    expect(lastIndexOnOrBefore(d, '2026-06-01')).toBe(0);
    expect(lastIndexOnOrBefore(d, '2026-06-03')).toBe(1);
    expect(lastIndexOnOrBefore(d, '2026-06-04')).toBe(2);
    expect(lastIndexOnOrBefore(d, '2027-01-01')).toBe(2);
    expect(lastIndexOnOrBefore([], '2026-06-01')).toBe(-1);
  });
});

describe('snapshotAt: how much history is missing', () => {
  const some = (n: number) => {
    const d = tradingDatesEndingOn('2026-06-05', n);
    return prepareMarket(d.map((date, i) => ({ date, closeHundredths: 600_000 + 100 * i * (i % 3 === 0 ? -1 : 1) })), d.map((date, i) => ({ date, closeHundredths: 1_600 + 10 * (i % 4) })), { rsiPeriod: 14, realizedVolWindow: 20 });
  };

  it('says how many more VIX closes RSI(14) needs', () => {
    const snap = snapshotAt(some(12), DEFAULT_SETTINGS, '2026-06-05');
    expect(snap.vixRsi).toEqual({ ok: false, message: 'needs 3 more VIX closes for RSI(14) (has 12, needs 15)' });
    expect(snapshotAt(some(15), DEFAULT_SETTINGS, '2026-06-05').vixRsi.ok).toBe(true);
    expect(snapshotAt(some(14), DEFAULT_SETTINGS, '2026-06-05').vixRsi).toMatchObject({ ok: false, message: expect.stringMatching(/^needs 1 more VIX close for/) });
  });

  it('says how many more SPX closes RV20 and MACD need', () => {
    expect(snapshotAt(some(20), DEFAULT_SETTINGS, '2026-06-05').realizedVol).toMatchObject({ ok: false, message: 'needs 1 more SPX close for RV20 (has 20, needs 21)' });
    expect(snapshotAt(some(33), DEFAULT_SETTINGS, '2026-06-05').histogramTail(1)).toMatchObject({ ok: false, message: 'needs 1 more SPX close for MACD(12,26,9) (has 33, needs 34)' });
    expect(snapshotAt(some(34), DEFAULT_SETTINGS, '2026-06-05').histogramTail(1).ok).toBe(true);
    expect(snapshotAt(some(36), DEFAULT_SETTINGS, '2026-06-05').histogramTail(4)).toMatchObject({ ok: false, message: 'needs 1 more SPX close for MACD(12,26,9) over 4 days (has 36, needs 37)' });
  });

  it('counts only bars on or before asOf', () => {
    const market = some(40);
    const asOf = market.vix.dates[11] ?? '';
    expect(snapshotAt(market, DEFAULT_SETTINGS, asOf).vixRsi).toMatchObject({ ok: false, message: expect.stringContaining('has 12') });
  });

  it('refuses indicators prepared with other settings', () => {
    const snap = snapshotAt(some(40), { ...DEFAULT_SETTINGS, rsiPeriod: 10, realizedVolWindow: 10 }, '2026-06-05');
    expect(snap.vixRsi).toMatchObject({ ok: false, message: expect.stringContaining('prepared for RSI(14), not RSI(10)') });
    expect(snap.realizedVol).toMatchObject({ ok: false, message: expect.stringContaining('prepared for RV20, not RV10') });
  });
});

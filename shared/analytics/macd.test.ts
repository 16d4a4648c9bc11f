import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ema } from './ema';
import { macd } from './macd';

const closesArb = fc.array(fc.double({ min: 10, max: 1000, noNaN: true }), { minLength: 0, maxLength: 120 });

describe('macd', () => {
  it('has its first MACD at index 25, first signal and histogram at index 33 (34 closes)', () => {
    const closes = Array.from({ length: 40 }, (_, i) => 100 + Math.sin(i / 3) * 5 + i * 0.2);
    const out = macd(closes);
    expect(out.macd.findIndex((v) => v !== null)).toBe(25);
    expect(out.signal.findIndex((v) => v !== null)).toBe(33);
    expect(out.histogram.findIndex((v) => v !== null)).toBe(33);
    expect(macd(closes.slice(0, 33)).signal.every((v) => v === null)).toBe(true);
    expect(macd(closes.slice(0, 34)).signal[33]).not.toBeNull();
  });

  it('is EMA12 − EMA26, signal = SMA-seeded EMA9 of that line, histogram = difference (StockCharts "MACD")', () => {
    fc.assert(
      fc.property(closesArb, (closes) => {
        const out = macd(closes);
        const fast = ema(closes, 12);
        const slow = ema(closes, 26);
        const line = closes.map((_, i) => (i >= 25 ? (fast[i] ?? 0) - (slow[i] ?? 0) : null));
        const signal = ema(line.slice(25).map((v) => v ?? 0), 9);
        closes.forEach((_, i) => {
          expect(out.macd[i]).toBe(line[i]);
          const s = i >= 25 ? signal[i - 25] : null;
          expect(out.signal[i]).toBe(s);
          expect(out.histogram[i]).toBe(s === null || s === undefined ? null : (line[i] ?? 0) - s);
        });
        expect(out.macd).toHaveLength(closes.length);
      }),
    );
  });

  it('is zero on a flat series and supports other periods', () => {
    const flat = macd(new Array(50).fill(4000));
    expect(flat.histogram[49]).toBe(0);
    const short = macd([1, 2, 3, 4, 5, 6], 2, 3, 2);
    expect(short.macd.slice(0, 2)).toEqual([null, null]);
    expect(short.signal[3]).not.toBeNull();
  });

  it('gives all nulls for empty or short input and rejects inverted periods', () => {
    expect(macd([])).toEqual({ macd: [], signal: [], histogram: [] });
    expect(macd([1, 2, 3]).macd).toEqual([null, null, null]);
    expect(() => macd([1, 2, 3], 26, 12)).toThrow(/fast period \(26\) must be shorter than the slow period \(12\)/);
  });
});

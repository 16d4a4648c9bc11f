import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realizedVol } from './realized-vol';

describe('realizedVol', () => {
  it('is the sample stdev of log returns × √252, from index `window` on', () => {
    const closes = [100, 101, 99, 102, 103];
    const r = [Math.log(101 / 100), Math.log(99 / 101), Math.log(102 / 99), Math.log(103 / 102)];
    const sampleStdev = (xs: number[]) => {
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
    };
    const out = realizedVol(closes, 3);
    expect(out.slice(0, 3)).toEqual([null, null, null]);
    expect(out[3]).toBeCloseTo(sampleStdev(r.slice(0, 3)) * Math.sqrt(252), 14);
    expect(out[4]).toBeCloseTo(sampleStdev(r.slice(1, 4)) * Math.sqrt(252), 14);
    expect(realizedVol(closes, 3, 365)[4]).toBeCloseTo(sampleStdev(r.slice(1, 4)) * Math.sqrt(365), 14);
  });

  it('recovers 16% from returns alternating ±1% (stdev √(n/(n−1))·1%)', () => {
    const closes = [100];
    for (let i = 0; i < 40; i++) closes.push((closes[closes.length - 1] ?? 100) * Math.exp(i % 2 === 0 ? 0.01 : -0.01));
    const out = realizedVol(closes, 20);
    expect(out[40]).toBeCloseTo(0.01 * Math.sqrt(20 / 19) * Math.sqrt(252), 12);
  });

  it('is zero for constant growth, never negative, and null for short input', () => {
    expect(realizedVol([100, 101, 102.01, 103.0301], 2)[3]).toBeCloseTo(0, 12);
    expect(realizedVol([100, 101], 20)).toEqual([null, null]);
    expect(realizedVol([], 20)).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 1e4, noNaN: true }), { maxLength: 60 }), (closes) => {
        for (const v of realizedVol(closes, 5)) if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('rejects non-positive closes and a window below 2', () => {
    expect(() => realizedVol([100, 0, 101], 2)).toThrow(/close #1 must be a positive number/);
    expect(() => realizedVol([100, 101, 102], 1)).toThrow(/window must be a whole number ≥ 2/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { plausibleRange } from './plausible-levels';
import { annualisedLogVol, signatureMismatch } from './series-signature';

describe('annualisedLogVol', () => {
  it('hand value: ±1% log moves every calendar day for 365.25 days ≈ √(365.25 × 0.0001) = 19.1%', () => {
    const rows = Array.from({ length: 101 }, (_, i) => ({ date: addDays('2026-01-01', i), closeHundredths: Math.round(600_000 * Math.exp(i % 2 === 0 ? 0 : 0.01)) }));
    expect(annualisedLogVol(rows)).toBeCloseTo(Math.sqrt(365.25 * 0.0001), 3);
  });

  it('property: scaling every close by the same factor does not change it (a level, not a move)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1000, max: 900_000 }), { minLength: 3, maxLength: 40 }), fc.integer({ min: 2, max: 50 }), (closes, k) => {
      const rows = closes.map((c, i) => ({ date: addDays('2026-01-05', i), closeHundredths: c }));
      const scaled = rows.map((r) => ({ ...r, closeHundredths: r.closeHundredths * k }));
      expect(annualisedLogVol(scaled)).toBeCloseTo(annualisedLogVol(rows) ?? NaN, 9);
    }));
  });

  it('SPX: a calm file passes; too short a file is not judged; VIX is never judged by volatility', () => {
    const calm = Array.from({ length: 300 }, (_, i) => ({ date: addDays('2025-01-01', i), closeHundredths: 600_000 + (i % 3) * 1000 }));
    expect(signatureMismatch('SPX', calm)).toBeNull();
    const wild = calm.map((r, i) => ({ ...r, closeHundredths: i % 2 === 0 ? 1500 : 2000 }));
    expect(signatureMismatch('SPX', wild)).toMatch(/^its closes move like VIX, not SPX/);
    expect(signatureMismatch('SPX', wild.slice(0, 50))).toBeNull();
    expect(signatureMismatch('VIX', wild)).toBeNull();
  });
});

describe('plausibleRange', () => {
  it('SPX in 2026: ½ × 6,343 … 2 × 7,610 (the year in CBOE history); years past the table use 2026; VIX 5…150', () => {
    expect(plausibleRange('SPX', '2026-07-09')).toEqual({ low: 3171.5, high: 15220 });
    expect(plausibleRange('SPX', '2031-01-02')).toEqual({ low: 3171.5, high: 15220 });
    expect(plausibleRange('SPX', '1932-06-01')).toEqual({ low: 2, high: 20 });
    expect(plausibleRange('VIX', '2026-07-09')).toEqual({ low: 5, high: 150 });
  });
});

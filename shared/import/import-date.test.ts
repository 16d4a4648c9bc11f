import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromUsDate, isIsoDate } from '../dates';
import { importDate, importDateKey } from './import-date';
import { isoOfKey } from '../market/date-key';

/** The reference: what the importers accepted before the fast path. */
const reference = (text: string) => (isIsoDate(text) ? text : fromUsDate(text));

describe('importDate', () => {
  it('agrees with isIsoDate / fromUsDate on date-like text', () => {
    const chars = fc.constantFrom(...'0123456789/- '.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map((a) => a.join('')), (text) => {
      expect(importDate(text)).toBe(reference(text));
    }), { numRuns: 20_000 });
  });

  it('agrees on every day of 1899…2201 in both layouts, and on impossible days', () => {
    fc.assert(fc.property(fc.integer({ min: 1899, max: 2201 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.boolean(), (y, m, d, pad) => {
      const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
      for (const text of [`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `${p(m)}/${p(d)}/${y}`, ` ${p(m)}/${p(d)}/${y} `]) {
        expect(importDate(text)).toBe(reference(text));
      }
    }), { numRuns: 20_000 });
  });

  it('knows leap years and 30-day months', () => {
    expect(['2024-02-29', '2000-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '12/31/2026', '2/3/2026'].map(importDate))
      .toEqual(['2024-02-29', '2000-02-29', null, null, null, '2026-12-31', '2026-02-03']);
  });

  it('importDateKey reads the same date in place, inside a longer text, as its yyyymmdd key', () => {
    const chars = fc.constantFrom(...'0123456789/- \t\u0001\u00a0'.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map((a) => a.join('')), fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (cell, before, after) => {
      const key = importDateKey(`${before}${cell}${after}`, before.length, before.length + cell.length);
      expect(key < 0 ? null : isoOfKey(key)).toBe(importDate(cell));
    }), { numRuns: 20_000 });
  });
});

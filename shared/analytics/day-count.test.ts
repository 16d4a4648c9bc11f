import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../dates';
import { calendarDays, isoDayNumber, yearsFromDays } from './day-count';

describe('isoDayNumber', () => {
  it('agrees with shared/dates dayNumber on every date 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(isoDayNumber(iso, 'test')).toBe(dayNumber(iso));
      }),
    );
  });

  it('rejects malformed and impossible dates with a readable message', () => {
    expect(() => isoDayNumber('2026-02-29', 'x')).toThrow(/x: 2026-02-29 is not a calendar date/);
    expect(isoDayNumber('2024-02-29', 'x')).toBe(dayNumber('2024-02-29'));
    expect(() => isoDayNumber('2026-1-05', 'x')).toThrow(/date must be YYYY-MM-DD/);
    expect(() => isoDayNumber('2026-01-0a', 'x')).toThrow(/date must be YYYY-MM-DD/);
  });

  it('counts calendar days and converts them to years (ACT/365, expired → 0)', () => {
    expect(calendarDays('2026-01-05', '2026-02-20', 'x')).toBe(46);
    expect(yearsFromDays(73)).toBe(0.2);
    expect(yearsFromDays(0)).toBe(0);
    expect(yearsFromDays(-3)).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closureReason } from '../calendar';
import { addDays, dayNumber } from '../dates';
import { dateKey, dayNumberOfKey, isoOfKey } from './date-key';
import { closedReasonOfKey } from './trading-day-keys';

describe('yyyymmdd date keys', () => {
  it('round-trip every day 1900…2200, order like the ISO text, and count days like dayNumber', () => {
    fc.assert(fc.property(fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') }), fc.integer({ min: -400, max: 400 }), (day, step) => {
      const [a, b] = [addDays('1970-01-01', day), addDays('1970-01-01', day + step)];
      expect(isoOfKey(dateKey(a))).toBe(a);
      expect(dayNumberOfKey(dateKey(a))).toBe(day);
      expect(Math.sign(dateKey(a) - dateKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
    }), { numRuns: 5_000 });
  });

  it('closedReasonOfKey gives closureReason\'s answer on every day 1971…2035, and null before 1971 (calendar not exact)', () => {
    for (let day = dayNumber('1971-01-01'); day <= dayNumber('2035-12-31'); day += 1) {
      const date = addDays('1970-01-01', day);
      if (closedReasonOfKey(dateKey(date)) !== closureReason(date)) expect([date, closedReasonOfKey(dateKey(date))]).toEqual([date, closureReason(date)]);
    }
    expect(closedReasonOfKey(dateKey('1970-12-26'))).toBeNull(); // a Saturday, before the exact calendar
    expect(closedReasonOfKey(dateKey('2026-05-25'))).toBe(closureReason('2026-05-25'));
    expect(closureReason('2026-05-25')).not.toBeNull();
  });
});

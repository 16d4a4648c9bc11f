import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, dateProblem, exchangeDate, fromDayNumber, fromUsDate, isIsoDate, weekday } from './dates';

describe('dates', () => {
  it('day numbers agree with the JavaScript calendar over 1900–2200', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 11, 31) }), (ms) => {
      const iso = new Date(ms).toISOString().slice(0, 10);
      expect(dayNumber(iso)).toBe(Math.floor(ms / 86_400_000));
      expect(fromDayNumber(dayNumber(iso))).toBe(iso);
    }));
  });

  it('fromDayNumber (arithmetic) equals Date.toISOString on every day from year 0 to 9999', () => {
    const first = Math.floor(Date.parse('0000-01-01T00:00:00Z') / 86_400_000);
    const last = Math.floor(Date.parse('9999-12-31T00:00:00Z') / 86_400_000);
    for (let day = first; day <= last; day += 1) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(day) !== expected) expect(fromDayNumber(day)).toBe(expected);
    }
  });

  it('validates real dates only', () => {
    expect(['2024-02-29', '2026-12-31'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''].some(isIsoDate)).toBe(false);
    expect(fromUsDate('07/09/2026')).toBe('2026-07-09');
    expect(fromUsDate('02/30/2026')).toBeNull();
  });

  it('counts calendar days and weekdays', () => {
    expect(daysBetween('2026-05-01', '2026-06-18')).toBe(48);
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(weekday('2026-11-24')).toBe(2); // a Tuesday
  });

  it('names the weekday of dates before 1970 too (the CBOE SPX file starts in 1927)', () => {
    expect(weekday('1927-12-30')).toBe(5); // a Friday
    expect(weekday('1969-12-31')).toBe(3); // a Wednesday
    expect(weekday('1900-01-01')).toBe(1); // a Monday
  });

  it('reads the exchange date in New York, not UTC', () => {
    expect(exchangeDate(new Date('2026-11-24T03:00:00Z'))).toBe('2026-11-23');
    expect(exchangeDate(new Date('2026-07-10T03:59:00Z'))).toBe('2026-07-09');
    expect(exchangeDate(new Date('2026-07-10T04:01:00Z'))).toBe('2026-07-10');
  });
});

describe('dateProblem (typed dates)', () => {
  it('accepts a typed ISO date', () => {
    expect(dateProblem('2026-05-26', 'trade date')).toBeNull();
  });
  it('says what is wrong with each kind of bad date', () => {
    expect(dateProblem('', 'trade date')).toBe('Enter the trade date as YYYY-MM-DD');
    expect(dateProblem('05/26/2026', 'trade date')).toBe('"05/26/2026" is not a date: type YYYY-MM-DD, e.g. 2026-05-26');
    expect(dateProblem('260526-05-26', 'trade date')).toMatch(/is not a date: type YYYY-MM-DD/);
    expect(dateProblem('2026-02-30', 'trade date')).toBe('2026-02-30 is not a calendar date (check the month and day)');
    expect(dateProblem(' 2026-05-26', 'trade date')).toBe('Remove the spaces around 2026-05-26');
  });
});
